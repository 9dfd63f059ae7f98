package vn.gov.daklak.platform.events;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

import vn.gov.daklak.contracts.CloudEventHeaders;
import vn.gov.daklak.contracts.report.Lane;

/**
 * The CloudEvents attributes of a consumed Kafka record, and the topic it came from. Consumers deduplicate on
 * {@link #id()}.
 */
public record EventEnvelope(String id, String type, String source, String subject, Instant time, String topic) {

    public static EventEnvelope of(Message<?> message) {
        MessageHeaders headers = message.getHeaders();
        String id = text(headers, CloudEventHeaders.ID);
        if (id == null) {
            throw new MissingEventIdException(headers.keySet());
        }
        String time = text(headers, CloudEventHeaders.TIME);
        return new EventEnvelope(id, text(headers, CloudEventHeaders.TYPE), text(headers, CloudEventHeaders.SOURCE),
                text(headers, CloudEventHeaders.SUBJECT), time == null ? null : Instant.parse(time),
                text(headers, KafkaHeaders.RECEIVED_TOPIC));
    }

    /** The lane of the report this event belongs to: the topic it was received from. */
    public Lane lane() {
        return Lane.ofTopic(topic);
    }

    /**
     * Spring Cloud Function keeps the Kafka binding's {@code ce_} prefix on Kafka but canonicalises it to {@code ce-}
     * on other binders (the test binder), so both are read.
     */
    private static String text(MessageHeaders headers, String name) {
        Object value = headers.containsKey(name) ? headers.get(name) : headers.get(name.replace("ce_", "ce-"));
        if (value instanceof byte[] bytes) {
            return new String(bytes, UTF_8);
        }
        return value == null ? null : value.toString();
    }

    /** A record without {@code ce_id} cannot be deduplicated; it is not retried and goes to the dead-letter topic. */
    public static class MissingEventIdException extends IllegalArgumentException {
        public MissingEventIdException(java.util.Set<String> headers) {
            super("Record has no ce_id header: not a CloudEvent of this platform (headers: " + headers + ")");
        }
    }
}
