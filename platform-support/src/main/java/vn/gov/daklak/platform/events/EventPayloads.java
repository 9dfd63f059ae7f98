package vn.gov.daklak.platform.events;

import org.springframework.messaging.Message;

/**
 * Typed access to a consumed payload. When the JSON cannot be converted, Spring Cloud Function hands the function the
 * raw bytes instead of failing; without this check the record would reach the dead-letter topic with a bare
 * ClassCastException as its reason.
 */
public final class EventPayloads {

    private EventPayloads() {
    }

    public static <T> T require(Message<?> message, Class<T> type) {
        Object payload = message.getPayload();
        if (!type.isInstance(payload)) {
            throw new MalformedPayloadException(type);
        }
        return type.cast(payload);
    }

    /** The record is not valid JSON for the expected event; retrying cannot help. */
    public static class MalformedPayloadException extends IllegalArgumentException {
        public MalformedPayloadException(Class<?> type) {
            this(type, null);
        }

        public MalformedPayloadException(Class<?> type, Throwable cause) {
            super("Kafka record payload is not valid JSON for " + type.getSimpleName(), cause);
        }
    }
}
