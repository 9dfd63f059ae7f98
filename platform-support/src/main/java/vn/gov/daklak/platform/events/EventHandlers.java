package vn.gov.daklak.platform.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.messaging.Message;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.EventCatalog;

/**
 * Builds the one consumer of a topic that carries several event types (the report topic): each record's
 * {@code ce_type} is resolved through {@link EventCatalog} to its record, the payload is read with the application's
 * {@link JsonMapper} and handed to the handler registered for that record. Types without a handler are skipped; a
 * record that is not a readable platform event (no {@code ce_id} or {@code ce_type}, a type the catalog does not
 * know, a payload that is not JSON of its record) fails without retry and goes to the dead-letter topic.
 *
 * <pre>{@code
 * @Bean
 * Consumer<Message<byte[]>> onReportEvents(EventHandlers handlers, ReportRoutingService routing) {
 *     return handlers.builder()
 *             .on(ReportSubmitted.class, (event, envelope) -> routing.route(event, envelope.id()))
 *             .build();
 * }
 * }</pre>
 */
public final class EventHandlers {
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final DeadLetters deadLetters;

    public EventHandlers(JsonMapper json, MeterRegistry meters) {
        this(json, meters, null);
    }

    public EventHandlers(JsonMapper json, MeterRegistry meters, DeadLetters deadLetters) {
        this.json = json;
        this.meters = meters;
        this.deadLetters = deadLetters;
    }

    public Builder builder() {
        return new Builder();
    }

    public final class Builder {
        private final Map<Class<?>, EventHandler<Object>> handlers = new LinkedHashMap<>();
        private final Map<Class<?>, EventRunHandler<Object>> runHandlers = new LinkedHashMap<>();

        private Builder() {
        }

        /** Handles events of {@code type}, which must be a platform event of {@link EventCatalog}. */
        @SuppressWarnings("unchecked")
        public <T> Builder on(Class<T> type, EventHandler<? super T> handler) {
            EventCatalog.of(type);
            if (runHandlers.containsKey(type) || handlers.putIfAbsent(type, (EventHandler<Object>) handler) != null) {
                throw new IllegalStateException("Two handlers for " + type.getSimpleName());
            }
            return this;
        }

        /**
         * Handles runs of consecutive events of {@code type} together; only for {@link #buildBatch} consumers.
         */
        @SuppressWarnings("unchecked")
        public <T> Builder onRun(Class<T> type, EventRunHandler<? super T> handler) {
            EventCatalog.of(type);
            if (handlers.containsKey(type)
                    || runHandlers.putIfAbsent(type, (EventRunHandler<Object>) (EventRunHandler<?>) handler) != null) {
                throw new IllegalStateException("Two handlers for " + type.getSimpleName());
            }
            return this;
        }

        public Consumer<Message<byte[]>> build() {
            if (!runHandlers.isEmpty()) {
                throw new IllegalStateException("Run handlers need a batch consumer: buildBatch(deadLetterTopic)");
            }
            return new EventDispatcher(json, meters, handlers);
        }

        /**
         * A consumer of a binding in {@code batch-mode} (all records of a poll at once). It dead-letters records
         * itself, one by one, to {@code deadLetterTopic} (the binding's {@code dlq-name}): the binder would send the
         * whole poll.
         */
        public Consumer<Message<List<byte[]>>> buildBatch(String deadLetterTopic) {
            if (deadLetters == null) {
                throw new IllegalStateException("No DeadLetters: EventHandlers was made without a Kafka producer");
            }
            return new BatchEventDispatcher(json, meters, handlers, runHandlers, deadLetters, deadLetterTopic,
                    BatchEventDispatcher.RetrySettings.DEFAULT);
        }
    }
}
