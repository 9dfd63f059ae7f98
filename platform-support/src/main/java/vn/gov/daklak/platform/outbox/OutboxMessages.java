package vn.gov.daklak.platform.outbox;

import java.time.Clock;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.EventDescriptor;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.report.Lane;

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
        return wrap(event, key, Lane.ORDINARY);
    }

    /** A report event on the lane of its report ({@code lane} does not apply to other events). */
    public OutboxMessage wrap(Object event, String key, Lane lane) {
        EventDescriptor descriptor = EventCatalog.of(event.getClass());
        String topic = Topics.REPORT_EVENTS.equals(descriptor.topic()) ? lane.topic() : descriptor.topic();
        return new OutboxMessage(UUID.randomUUID().toString(), topic, key, descriptor.type(), source, key,
                clock.instant(), descriptor.dataSchema(), jsonMapper.writeValueAsString(event));
    }
}
