package vn.gov.daklak.platform.events;

import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.EventDescriptor;
import vn.gov.daklak.platform.events.EventPayloads.MalformedPayloadException;

/**
 * The consumer {@link EventHandlers} builds. Every record counts once in {@code platform.events.consumed} per
 * delivery attempt, tagged with its type and outcome (handled, skipped, failed, rejected): a redelivered or retried
 * record counts again.
 */
final class EventDispatcher implements Consumer<Message<byte[]>> {
    static final String METER = "platform.events.consumed";
    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final JsonMapper json;
    private final MeterRegistry meters;
    private final Map<Class<?>, EventHandler<Object>> handlers;

    EventDispatcher(JsonMapper json, MeterRegistry meters, Map<Class<?>, EventHandler<Object>> handlers) {
        this.json = json;
        this.meters = meters;
        this.handlers = Map.copyOf(handlers);
    }

    @Override
    public void accept(Message<byte[]> message) {
        EventEnvelope envelope;
        EventDescriptor descriptor;
        try {
            envelope = EventEnvelope.of(message);
            descriptor = EventCatalog.ofType(envelope.type())
                    .orElseThrow(() -> new UnknownEventTypeException(envelope.id(), envelope.type()));
        } catch (IllegalArgumentException e) {
            count("unknown", "rejected");
            throw e;
        }
        EventHandler<Object> handler = handlers.get(descriptor.recordType());
        if (handler == null) {
            log.debug("Skipped {} {}: this consumer does not handle it", descriptor.type(), envelope.id());
            count(descriptor.type(), "skipped");
            return;
        }
        Object event = read(message.getPayload(), descriptor);
        try {
            handler.handle(event, envelope);
        } catch (RuntimeException e) {
            count(descriptor.type(), "failed");
            throw e;
        }
        count(descriptor.type(), "handled");
    }

    private Object read(byte[] payload, EventDescriptor descriptor) {
        JacksonException failure = null;
        try {
            Object event = json.readValue(payload, descriptor.recordType());
            if (event != null) {
                return event;
            }
        } catch (JacksonException e) {
            failure = e;
        }
        count(descriptor.type(), "rejected");
        throw new MalformedPayloadException(descriptor.recordType(), failure);
    }

    private void count(String type, String outcome) {
        meters.counter(METER, "type", type, "outcome", outcome).increment();
    }
}
