package vn.gov.daklak.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes the events waiting in the {@code outbox} arrays of the declared collections. A write wakes it with the
 * key of the document it just wrote; the relay claims that document (a lease, so two instances never publish the
 * same entries in normal operation), sends the entries of a whole batch of documents without waiting for each
 * record, waits for every acknowledgement, and then removes what was acknowledged with one update per document.
 * Nothing here scans per event. A recovery sweep, at start-up and every {@code platform.outbox.sweep-interval},
 * finds entries a crash left behind; after a crash between sending and removing, an event goes out twice, never
 * zero times (consumers are idempotent on {@code ce_id}).
 */
public class OutboxRelay implements SmartLifecycle, DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int SWEEP_LIMIT = 10_000;

    private final MongoOutboxStore store;
    private final KafkaOutboxPublisher publisher;
    private final Set<String> collections;
    private final OutboxProperties properties;
    private final Clock clock;
    private final String owner;
    private final PendingQueue queue = new PendingQueue();
    private final Counter published;
    private final Counter failures;
    private volatile boolean running;
    private volatile long stopDeadline;
    private Thread relayThread;
    private ScheduledExecutorService scheduler;

    OutboxRelay(MongoOutboxStore store, KafkaOutboxPublisher publisher, List<OutboxCollection> collections,
                OutboxProperties properties, Clock clock, String applicationName, MeterRegistry meters) {
        this.store = store;
        this.publisher = publisher;
        this.collections = collections.stream().map(OutboxCollection::name).collect(Collectors.toUnmodifiableSet());
        this.properties = properties;
        this.clock = clock;
        this.owner = applicationName + "/" + UUID.randomUUID();
        this.published = Counter.builder("platform.outbox.published")
                .description("Events the outbox relay published and Kafka acknowledged").register(meters);
        this.failures = Counter.builder("platform.outbox.failures")
                .description("Batches the outbox relay could not publish yet (retried)").register(meters);
        Gauge.builder("platform.outbox.queued", queue, PendingQueue::size)
                .description("Documents waiting for the outbox relay").register(meters);
    }

    /** The document {@code id} of {@code collection} was just written with pending events: publish them soon. */
    public void wakeUp(String collection, Object id) {
        if (collections.contains(collection) && id != null) {
            queue.add(new PendingDocument(collection, id));
        }
    }

    /** Publishes everything queued now, on the caller's thread. Returns how many events were published. */
    public int drain() {
        int count = 0;
        List<PendingDocument> batch;
        while (!(batch = queue.take(properties.batchSize())).isEmpty()) {
            count += relay(batch);
        }
        return count;
    }

    /**
     * Queues every document that still holds pending events (recovery after a crash); it looks beyond keys, so it
     * runs rarely. Returns how many documents it queued.
     */
    public int sweep() {
        int found = 0;
        for (String collection : collections) {
            List<Object> ids = store.pendingIds(collection, SWEEP_LIMIT);
            ids.forEach(id -> queue.add(new PendingDocument(collection, id)));
            found += ids.size();
        }
        return found;
    }

    private synchronized int relay(List<PendingDocument> batch) {
        Instant now = clock.instant();
        Map<String, List<PendingDocument>> woken = new LinkedHashMap<>();
        batch.forEach(pending -> woken.computeIfAbsent(pending.collection(), c -> new ArrayList<>()).add(pending));
        List<ClaimedDocument> claimed = new ArrayList<>(batch.size());
        woken.forEach((collection, documents) -> claimed.addAll(store.claimAll(collection, documents, owner, now,
                now.plus(properties.leaseDuration()))));
        Map<PendingDocument, List<String>> acknowledged = publisher.publish(claimed);
        Map<String, Map<Object, List<String>>> byCollection = new LinkedHashMap<>();
        List<PendingDocument> retry = new ArrayList<>();
        int count = 0;
        for (ClaimedDocument document : claimed) {
            List<String> ids = acknowledged.getOrDefault(document.document(), List.of());
            if (!ids.isEmpty()) {
                byCollection.computeIfAbsent(document.document().collection(), c -> new LinkedHashMap<>())
                        .put(document.document().id(), ids);
                count += ids.size();
            }
            if (ids.size() < document.entries().size()) {
                retry.add(document.document());
            }
        }
        byCollection.forEach(store::removePublished);
        published.increment(count);
        if (!retry.isEmpty()) {
            failures.increment();
            retryLater(retry);
        }
        return count;
    }

    private void retryLater(List<PendingDocument> documents) {
        ScheduledExecutorService retries = scheduler;
        if (retries != null && !retries.isShutdown()) {
            retries.schedule(() -> documents.forEach(queue::add), properties.retryBackoff().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void runRelay() {
        while (running || (stopDeadline - System.nanoTime() > 0 && queue.size() > 0)) {
            List<PendingDocument> batch = List.of();
            try {
                batch = queue.await(properties.batchSize(), 200, TimeUnit.MILLISECONDS);
                if (!batch.isEmpty()) {
                    relay(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                log.warn("Outbox relay could not publish yet; will retry: {}", e.getMessage());
                retryLater(batch);
            }
        }
    }

    private void sweepSafely() {
        try {
            int found = sweep();
            if (found > 0) {
                log.info("Outbox sweep queued {} document(s) with pending events", found);
            }
        } catch (RuntimeException e) {
            log.warn("Outbox sweep failed; will try again: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        collections.forEach(store::createPendingIndex);
        running = true;
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-sweep"));
        scheduler.scheduleWithFixedDelay(this::sweepSafely, 0, properties.sweepInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        relayThread = new Thread(this::runRelay, "outbox-relay");
        relayThread.start();
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        // what is queued gets a few seconds to go out; anything left waits in its document for the next sweep
        stopDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        running = false;
        scheduler.shutdownNow();
        try {
            relayThread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** After {@link #stop()}: a stopped relay may be started again (a paused test context), a destroyed one not. */
    @Override
    public void destroy() {
        publisher.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before and stops after the web server and the consumer bindings, whose writes it publishes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }
}
