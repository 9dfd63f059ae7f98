package vn.gov.daklak.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import vn.gov.daklak.contracts.CloudEventHeaders;

/**
 * Publishes the events waiting in the {@code outbox} arrays of the declared collections, in order per document, and
 * removes each one only after Kafka acknowledged it (the producer binding is synchronous). A crash between the two
 * steps publishes an event twice, never zero times: consumers are idempotent on {@code ce_id}.
 * It runs when woken after a write and on a fixed poll, so events left by a crash are sent after restart.
 */
public class OutboxRelay implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;
    /** Only documents with pending events have this path; a sparse index on it keeps each poll cheap. */
    private static final String PENDING_KEY = "outbox.eventId";

    private final MongoTemplate mongo;
    private final StreamBridge streamBridge;
    private final List<OutboxCollection> collections;
    private final Duration pollInterval;
    private final Counter published;
    private final Counter failures;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private ScheduledExecutorService executor;

    public OutboxRelay(MongoTemplate mongo, StreamBridge streamBridge, List<OutboxCollection> collections,
                       Duration pollInterval, MeterRegistry meters) {
        this.mongo = mongo;
        this.streamBridge = streamBridge;
        this.collections = collections;
        this.pollInterval = pollInterval;
        this.published = meters.counter("platform.outbox.published");
        this.failures = meters.counter("platform.outbox.failures");
    }

    /** Ask for the outbox to be drained soon; cheap to call after every write. */
    public void wakeUp() {
        if (executor != null && wakeUpPending.compareAndSet(false, true)) {
            executor.execute(this::drainSafely);
        }
    }

    /** Drains every outbox now, on the caller's thread. Returns how many events were published. */
    public synchronized int drain() {
        wakeUpPending.set(false);
        int count = 0;
        for (OutboxCollection collection : collections) {
            count += drain(collection.name());
        }
        return count;
    }

    private int drain(String collectionName) {
        var collection = mongo.getCollection(collectionName);
        int count = 0;
        for (Document doc : collection.find(Filters.exists(PENDING_KEY)).projection(Projections.include("outbox"))
                .limit(BATCH)) {
            for (Document entry : doc.getList("outbox", Document.class)) {
                streamBridge.send(entry.getString("topic"), toMessage(entry));
                // bumping the version makes a stale copy of the aggregate fail to save instead of writing back
                // events that were already published (aggregates saved more than once use @Version)
                collection.updateOne(Filters.eq("_id", doc.get("_id")), Updates.combine(
                        Updates.pull("outbox", new Document("eventId", entry.getString("eventId"))),
                        Updates.inc("version", 1L)));
                published.increment();
                count++;
            }
        }
        return count;
    }

    private static Message<byte[]> toMessage(Document entry) {
        return MessageBuilder.withPayload(entry.getString("payload").getBytes(UTF_8))
                .setHeader(KafkaHeaders.KEY, entry.getString("key").getBytes(UTF_8))
                .setHeader(CloudEventHeaders.ID, bytes(entry.getString("eventId")))
                .setHeader(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE))
                .setHeader(CloudEventHeaders.TYPE, bytes(entry.getString("type")))
                .setHeader(CloudEventHeaders.SOURCE, bytes(entry.getString("source")))
                .setHeader(CloudEventHeaders.SUBJECT, bytes(entry.getString("subject")))
                .setHeader(CloudEventHeaders.TIME, bytes(entry.get("time", Date.class).toInstant().toString()))
                .setHeader(CloudEventHeaders.DATA_SCHEMA, bytes(entry.getString("dataSchema")))
                .setHeader(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"))
                .setHeader(MessageHeaders.CONTENT_TYPE, "application/json")
                .build();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(UTF_8);
    }

    private void drainSafely() {
        try {
            drain();
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("Outbox relay could not publish yet; will retry on the next poll: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        for (OutboxCollection collection : collections) {
            mongo.getCollection(collection.name()).createIndex(Indexes.ascending(PENDING_KEY),
                    new IndexOptions().sparse(true).name("outbox_pending"));
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-relay"));
        executor.scheduleWithFixedDelay(this::drainSafely, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
