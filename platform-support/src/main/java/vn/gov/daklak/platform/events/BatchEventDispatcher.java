package vn.gov.daklak.platform.events;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.EventDescriptor;

/**
 * The batch form of {@link EventDispatcher} (binding in {@code batch-mode}): the records of one poll, in their order.
 * Consecutive events of a type with a run handler are handed over together; every other event one at a time, so a
 * report's events keep their order. A failure is handled per record, never per poll: a transient one (the binder's
 * retry allow-list: {@link RetryableEventException}, transient data access, MongoDB socket and timeout errors) is
 * retried with back-off; a run that still fails is handled one event at a time; a record that cannot be handled
 * goes to the dead-letter topic alone, through {@link DeadLetters}, and the rest of the poll carries on. The batch
 * fails as a whole only when a dead letter cannot be written.
 */
final class BatchEventDispatcher implements Consumer<Message<List<byte[]>>> {
    private static final Logger log = LoggerFactory.getLogger(BatchEventDispatcher.class);

    private final JsonMapper json;
    private final MeterRegistry meters;
    private final Map<Class<?>, EventHandler<Object>> handlers;
    private final Map<Class<?>, EventRunHandler<Object>> runHandlers;
    private final DeadLetters deadLetters;
    private final String deadLetterTopic;
    private final RetrySettings retry;

    /** How often and how long a transient failure is retried before its record is dead-lettered. */
    record RetrySettings(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff) {
        static final RetrySettings DEFAULT = new RetrySettings(4, Duration.ofMillis(500), 2.0, Duration.ofSeconds(5));
    }

    BatchEventDispatcher(JsonMapper json, MeterRegistry meters, Map<Class<?>, EventHandler<Object>> handlers,
                         Map<Class<?>, EventRunHandler<Object>> runHandlers, DeadLetters deadLetters,
                         String deadLetterTopic, RetrySettings retry) {
        this.json = json;
        this.meters = meters;
        this.handlers = Map.copyOf(handlers);
        this.runHandlers = Map.copyOf(runHandlers);
        this.deadLetters = deadLetters;
        this.deadLetterTopic = deadLetterTopic;
        this.retry = retry;
    }

    /** A record of the poll, read. */
    private record Item(ConsumerRecord<byte[], byte[]> record, EventEnvelope envelope, EventDescriptor descriptor,
                        Object event) {
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        List<ConsumerRecord<byte[], byte[]>> records = records(batch);
        List<Item> run = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            Item item = read(record);
            if (item == null) {
                continue; // dead-lettered or skipped
            }
            if (!run.isEmpty() && run.get(0).descriptor() != item.descriptor()) {
                handleRun(run);
                run = new ArrayList<>();
            }
            if (runHandlers.containsKey(item.descriptor().recordType())) {
                run.add(item);
            } else {
                handleOne(item);
            }
        }
        if (!run.isEmpty()) {
            handleRun(run);
        }
    }

    /** The event of a record, or null when it was dead-lettered (unreadable) or this consumer does not handle it. */
    private Item read(ConsumerRecord<byte[], byte[]> record) {
        EventEnvelope envelope;
        EventDescriptor descriptor;
        try {
            envelope = EventEnvelope.of(message(record));
            descriptor = EventCatalog.ofType(envelope.type())
                    .orElseThrow(() -> new UnknownEventTypeException(envelope.id(), envelope.type()));
        } catch (IllegalArgumentException e) {
            count("unknown", "rejected");
            deadLetter(record, e);
            return null;
        }
        Class<?> type = descriptor.recordType();
        if (!handlers.containsKey(type) && !runHandlers.containsKey(type)) {
            count(descriptor.type(), "skipped");
            return null;
        }
        Object event = null;
        Exception failure = null;
        try {
            event = json.readValue(record.value(), type);
        } catch (RuntimeException e) {
            failure = e;
        }
        if (event == null) {
            count(descriptor.type(), "rejected");
            deadLetter(record, new EventPayloads.MalformedPayloadException(type, failure));
            return null;
        }
        return new Item(record, envelope, descriptor, event);
    }

    private void handleOne(Item item) {
        EventHandler<Object> handler = handlers.get(item.descriptor().recordType());
        RuntimeException failure = attempt(() -> handler.handle(item.event(), item.envelope()), item.descriptor(), 1);
        if (failure != null) {
            deadLetter(item.record(), failure);
        }
    }

    private void handleRun(List<Item> run) {
        EventRunHandler<Object> handler = runHandlers.get(run.get(0).descriptor().recordType());
        RuntimeException failure = attempt(() -> handler.handle(deliveries(run)), run.get(0).descriptor(),
                run.size());
        if (failure == null) {
            return;
        }
        if (run.size() == 1) {
            deadLetter(run.get(0).record(), failure);
            return;
        }
        log.info("A run of {} {} failed ({}); handling them one at a time", run.size(),
                run.get(0).descriptor().type(), failure.toString());
        for (Item item : run) {
            RuntimeException own = attempt(() -> handler.handle(deliveries(List.of(item))), item.descriptor(), 1);
            if (own != null) {
                deadLetter(item.record(), own);
            }
        }
    }

    private static List<EventRunHandler.Delivery<Object>> deliveries(List<Item> items) {
        return items.stream().map(i -> new EventRunHandler.Delivery<>(i.event(), i.envelope())).toList();
    }

    /** Runs {@code work}, retrying transient failures; returns the failure it gave up on, or null. */
    private RuntimeException attempt(Runnable work, EventDescriptor descriptor, int events) {
        Duration backoff = retry.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                meters.counter(EventDispatcher.METER, "type", descriptor.type(), "outcome", "handled")
                        .increment(events);
                return null;
            } catch (RuntimeException e) {
                meters.counter(EventDispatcher.METER, "type", descriptor.type(), "outcome", "failed")
                        .increment(events);
                if (!retryable(e) || attempt >= retry.maxAttempts()) {
                    return e;
                }
                log.info("{} failed (attempt {} of {}), retrying in {}: {}", descriptor.type(), attempt,
                        retry.maxAttempts(), backoff, e.toString());
                sleep(backoff);
                long next = Math.round(backoff.toMillis() * retry.multiplier());
                backoff = Duration.ofMillis(Math.min(next, retry.maxBackoff().toMillis()));
            }
        }
    }

    /** The binder's allow-list (platform-defaults.yml), on the exception or any of its causes. */
    static boolean retryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof RetryableEventException
                    || t instanceof org.springframework.dao.TransientDataAccessException
                    || t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || name.startsWith("com.mongodb.MongoSocket") // MongoSocketException and its subclasses
                    || name.equals("com.mongodb.MongoTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> record, Throwable reason) {
        log.warn("Record {}-{}@{} goes to {}: {}", record.topic(), record.partition(), record.offset(),
                deadLetterTopic, reason.toString());
        deadLetters.send(deadLetterTopic, record, reason);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }

    private void count(String type, String outcome) {
        meters.counter(EventDispatcher.METER, "type", type, "outcome", outcome).increment();
    }

    // --- the poll as records -------------------------------------------------------------------------------------

    /** The poll's records: payloads with the per-record header lists the binder gives a batch listener. */
    static List<ConsumerRecord<byte[], byte[]>> records(Message<List<byte[]>> batch) {
        MessageHeaders h = batch.getHeaders();
        List<byte[]> values = batch.getPayload();
        List<?> keys = list(h, KafkaHeaders.RECEIVED_KEY);
        List<?> topics = list(h, KafkaHeaders.RECEIVED_TOPIC);
        List<?> partitions = list(h, KafkaHeaders.RECEIVED_PARTITION);
        List<?> offsets = list(h, KafkaHeaders.OFFSET);
        List<?> timestamps = list(h, KafkaHeaders.RECEIVED_TIMESTAMP);
        List<?> converted = list(h, KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<?> nativeHeaders = list(h, KafkaHeaders.NATIVE_HEADERS);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Headers headers = new RecordHeaders();
            if (nativeHeaders != null && i < nativeHeaders.size() && nativeHeaders.get(i) instanceof Headers n) {
                n.forEach(headers::add);
            } else if (converted != null && i < converted.size() && converted.get(i) instanceof Map<?, ?> m) {
                m.forEach((name, value) -> {
                    byte[] bytes = bytes(value);
                    if (bytes != null) {
                        headers.add(name.toString(), bytes);
                    }
                });
            }
            records.add(new ConsumerRecord<>(text(at(topics, i)), number(at(partitions, i)).intValue(),
                    number(at(offsets, i)).longValue(), number(at(timestamps, i)).longValue(),
                    TimestampType.CREATE_TIME, -1, -1, bytes(at(keys, i)), values.get(i), headers,
                    java.util.Optional.empty()));
        }
        return records;
    }

    /** A record as the single-record consumers see it: its headers, and the topic it was received from. */
    private static Message<byte[]> message(ConsumerRecord<byte[], byte[]> record) {
        Map<String, Object> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        headers.put(KafkaHeaders.RECEIVED_TOPIC, record.topic());
        return MessageBuilder.createMessage(record.value() == null ? new byte[0] : record.value(),
                new MessageHeaders(headers));
    }

    private static List<?> list(MessageHeaders headers, String name) {
        return headers.get(name) instanceof List<?> l ? l : null;
    }

    private static Object at(List<?> list, int i) {
        return list == null || i >= list.size() ? null : list.get(i);
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : -1;
    }

    private static String text(Object value) {
        return value instanceof byte[] b ? new String(b, UTF_8) : value == null ? "" : value.toString();
    }

    private static byte[] bytes(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] b) {
            return b;
        }
        return value.toString().getBytes(UTF_8);
    }
}
