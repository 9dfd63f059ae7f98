package vn.gov.daklak.benchmark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.CloudEventHeaders;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.EventDescriptor;
import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.contracts.report.Lane;
import vn.gov.daklak.contracts.report.ReportRouted;

/**
 * Watches Kafka, with a consumer group of its own starting at the end of the topics, for each report's
 * {@code ReportRouted} and its reporter's routed {@code NotificationDelivered} (template {@code report.routed},
 * recipient kind {@code CITIZEN}). Topics come from the {@link EventCatalog} and records are told apart by their
 * {@code ce_type} header, so it keeps working when several event types share one topic.
 */
final class EventTap implements AutoCloseable {
    static final String ROUTED_TEMPLATE = "report.routed";

    /** What Kafka said about one report; Kafka record timestamps in epoch milliseconds. */
    static final class Trace {
        long routedAtMs = -1;
        int routedCount;
        long notifiedAtMs = -1;
        /** notification id → how many times its NotificationDelivered was seen */
        final Map<String, Integer> notifications = new HashMap<>(2);
    }

    private static final EventDescriptor ROUTED = EventCatalog.of(ReportRouted.class);
    private static final EventDescriptor DELIVERED = EventCatalog.of(NotificationDelivered.class);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final JsonMapper json;
    private final Map<String, Trace> traces = new ConcurrentHashMap<>();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final AtomicLong lastNotificationNanos = new AtomicLong(System.nanoTime());
    private final AtomicLong records = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    EventTap(String bootstrap, JsonMapper json) {
        this.json = json;
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        thread = new Thread(this::run, "event-tap");
        thread.setDaemon(true);
    }

    /** Subscribes and waits until the group has its partitions, positioned at their ends. */
    void start(Duration timeout) throws InterruptedException {
        thread.start();
        if (!assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("no Kafka partitions assigned to the benchmark's consumer within "
                    + timeout + " (is the broker at the given address?)");
        }
    }

    private void run() {
        // urgent reports' events travel on a lane of their own
        Set<String> topics = new LinkedHashSet<>(List.of(ROUTED.topic(), Lane.URGENT.topic(), DELIVERED.topic()));
        consumer.subscribe(topics, new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                for (TopicPartition tp : partitions) {
                    consumer.position(tp); // resolves "latest" now, before any load is sent
                }
                if (!partitions.isEmpty()) {
                    assigned.countDown();
                }
            }
        });
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    records.incrementAndGet();
                    handle(record);
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (type == null) {
            return;
        }
        String ceType = new String(type.value(), UTF_8);
        boolean routed = ceType.equals(ROUTED.type());
        boolean delivered = ceType.equals(DELIVERED.type());
        if (!routed && !delivered) {
            return;
        }
        JsonNode payload;
        try {
            payload = json.readTree(record.value());
        } catch (RuntimeException e) {
            return;
        }
        String reportId = payload.path("reportId").asString(null);
        if (reportId == null) {
            return;
        }
        if (routed) {
            Trace t = traces.computeIfAbsent(reportId, k -> new Trace());
            synchronized (t) {
                t.routedCount++;
                if (t.routedAtMs < 0) {
                    t.routedAtMs = record.timestamp();
                }
            }
        } else if (ROUTED_TEMPLATE.equals(payload.path("templateKey").asString(null))
                && RecipientKind.CITIZEN.name().equals(payload.path("recipientKind").asString(null))) {
            Trace t = traces.computeIfAbsent(reportId, k -> new Trace());
            synchronized (t) {
                t.notifications.merge(payload.path("notificationId").asString(""), 1, Integer::sum);
                if (t.notifiedAtMs < 0) {
                    t.notifiedAtMs = record.timestamp();
                }
            }
            lastNotificationNanos.set(System.nanoTime());
        }
    }

    /** A snapshot of what is known of a report, or null. */
    Trace trace(String reportId) {
        Trace t = traces.get(reportId);
        if (t == null) {
            return null;
        }
        synchronized (t) {
            Trace copy = new Trace();
            copy.routedAtMs = t.routedAtMs;
            copy.routedCount = t.routedCount;
            copy.notifiedAtMs = t.notifiedAtMs;
            copy.notifications.putAll(t.notifications);
            return copy;
        }
    }

    boolean notified(String reportId) {
        Trace t = traces.get(reportId);
        if (t == null) {
            return false;
        }
        synchronized (t) {
            return t.notifiedAtMs >= 0;
        }
    }

    long countNotified(Collection<String> reportIds) {
        return reportIds.stream().filter(this::notified).count();
    }

    /** Nanos (System.nanoTime) of the last routed resident notification seen. */
    long lastNotificationNanos() {
        return lastNotificationNanos.get();
    }

    /** Waits until every report has its routed notification; returns those still without one. */
    List<String> awaitNotified(Collection<String> reportIds, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<String> missing = new ArrayList<>();
            for (String id : reportIds) {
                if (!notified(id)) {
                    missing.add(id);
                }
            }
            if (missing.isEmpty() || System.nanoTime() > deadline) {
                return missing;
            }
            Thread.sleep(250);
        }
    }

    void forget(Collection<String> reportIds) {
        reportIds.forEach(traces::remove);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5000);
    }
}
