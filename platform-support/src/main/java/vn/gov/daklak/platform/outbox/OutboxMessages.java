package vn.gov.daklak.platform.outbox;

import java.time.Clock;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.EventDescriptor;

/** Turns an event record into an {@link OutboxMessage}: CloudEvents attributes from the catalog, JSON payload. */
public class OutboxMessages {
    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final String source;

    public OutboxMessages(JsonMapper jsonMapper, Clock clock, String applicationName) {
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.source = "urn:daklak:feedback:" + applicationName;
    }

    /** @param key the Kafka key and CloudEvents subject: the report id for report events */
    public OutboxMessage wrap(Object event, String key) {
        EventDescriptor descriptor = EventCatalog.of(event.getClass());
        return new OutboxMessage(UUID.randomUUID().toString(), descriptor.topic(), key, descriptor.type(), source, key,
                clock.instant(), descriptor.dataSchema(), jsonMapper.writeValueAsString(event));
    }
}
