package vn.gov.daklak.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.report.EscalationLevel;
import vn.gov.daklak.contracts.report.ReportEscalated;
import vn.gov.daklak.platform.test.TestInfrastructure;

/** The relay against the real broker: headers and key, one publication per event with two instances, a crash. */
@SpringBootTest(properties = {"spring.application.name=outbox-test", "platform.outbox.sweep-interval=1h"})
class OutboxRelayTest {
    private static final String TOPIC = EventCatalog.of(ReportEscalated.class).topic();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxMessages outboxMessages;
    @Autowired
    OutboxRelay relay;
    @Autowired
    OutboxProperties properties;
    @Value("${platform.kafka.brokers}")
    String brokers;
    private final List<OutboxRelay> otherInstances = new ArrayList<>();

    @org.springframework.data.mongodb.core.mapping.Document("widgets")
    record Widget(@Id String id, @Version Long version, List<OutboxMessage> outbox) {
    }

    @AfterEach
    void stopOtherInstances() {
        otherInstances.forEach(relay -> {
            relay.stop();
            relay.destroy();
        });
    }

    @Test
    void savedEventIsPublishedWithCloudEventHeadersAndKeyThenRemovedFromTheDocument() {
        String reportId = UUID.randomUUID().toString();
        mongo.save(new Widget(reportId, null, List.of(outboxMessages.wrap(escalated(reportId, "Chưa tiếp nhận đúng hạn"),
                reportId))));

        awaitTrue(() -> pending(reportId).isEmpty());
        ConsumerRecord<String, String> record = recordsWithKeys(List.of(reportId), 1).get(0);

        assertThat(record.value()).contains("\"reason\":\"Chưa tiếp nhận đúng hạn\"");
        assertThat(header(record, "ce_type")).isEqualTo(EventCatalog.of(ReportEscalated.class).type());
        assertThat(header(record, "ce_subject")).isEqualTo(reportId);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_source")).isEqualTo("urn:daklak:feedback:outbox-test");
        assertThat(header(record, "ce_id")).isNotBlank();
        Document stored = widget(reportId);
        assertThat(stored.getLong("version")).isEqualTo(1L);
        assertThat(stored).doesNotContainKey("outboxLease");
    }

    @Test
    void twoInstancesPublishEachEventOnceInOrderWhileOneSweepsWhatTheOtherIsPublishing() {
        OutboxRelay second = otherInstance(new MongoOutboxStore(mongo), Clock.systemUTC());
        List<String> keys = IntStream.range(0, 150).mapToObj(i -> UUID.randomUUID().toString()).toList();
        Map<String, List<String>> expected = new HashMap<>();

        CompletableFuture<Void> competing = CompletableFuture.runAsync(() -> {
            for (int round = 0; round < 20; round++) {
                second.sweep();
                second.drain();
            }
        });
        for (String key : keys) {
            var first = outboxMessages.wrap(escalated(key, "lần 1"), key);
            var then = outboxMessages.wrap(escalated(key, "lần 2"), key);
            expected.put(key, List.of(first.eventId(), then.eventId()));
            mongo.save(new Widget(key, null, List.of(first, then)));
        }
        competing.join();
        awaitTrue(() -> keys.stream().allMatch(key -> pending(key).isEmpty()));

        Map<String, List<String>> published = new HashMap<>();
        for (ConsumerRecord<String, String> record : recordsWithKeys(keys, 2 * keys.size())) {
            published.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(header(record, "ce_id"));
        }
        assertThat(published).isEqualTo(expected);
    }

    @Test
    void anInstanceThatCrashedBetweenSendingAndRemovingHasItsEventsPublishedAgainNeverLost() {
        String key = UUID.randomUUID().toString();
        OutboxRelay crashing = otherInstance(new MongoOutboxStore(mongo) {
            @Override
            void removePublished(String collection, Map<Object, List<String>> publishedEventIds) {
                throw new IllegalStateException("process killed after Kafka acknowledged, before the removal");
            }
        }, Clock.systemUTC());
        OutboxMessage event = outboxMessages.wrap(escalated(key, "mất điện"), key);
        // written without a mapping event, so that only the crashing instance hears of it
        mongo.getCollection("widgets").insertOne(new Document("_id", key).append("outbox", List.of(
                mongo.getConverter().convertToMongoType(event))));
        crashing.wakeUp("widgets", key);
        try {
            crashing.drain();
        } catch (IllegalStateException expectedCrash) {
            // the process is gone; its lease on the document stays until it expires
        }
        assertThat(pending(key)).hasSize(1);

        OutboxRelay survivor = otherInstance(new MongoOutboxStore(mongo),
                Clock.offset(Clock.systemUTC(), properties.leaseDuration().plusSeconds(1)));
        survivor.sweep();
        survivor.drain();

        assertThat(pending(key)).isEmpty();
        assertThat(recordsWithKeys(List.of(key), 2)).extracting(r -> header(r, "ce_id"))
                .containsExactly(event.eventId(), event.eventId());
    }

    @Test
    void aDocumentLeasedByALiveInstanceIsLeftToIt() {
        String key = UUID.randomUUID().toString();
        OutboxMessage event = outboxMessages.wrap(escalated(key, "đang gửi"), key);
        mongo.getCollection("widgets").insertOne(new Document("_id", key).append("outbox", List.of(
                mongo.getConverter().convertToMongoType(event))));
        Instant now = Instant.now();
        var store = new MongoOutboxStore(mongo);
        assertThat(store.claim(new PendingDocument("widgets", key), "instance-a", now, now.plusSeconds(30)))
                .isPresent();

        assertThat(store.claim(new PendingDocument("widgets", key), "instance-b", now, now.plusSeconds(30)))
                .isEmpty();
        assertThat(store.claim(new PendingDocument("widgets", key), "instance-b", now.plusSeconds(31),
                now.plusSeconds(61))).isPresent();
    }

    private OutboxRelay otherInstance(MongoOutboxStore store, Clock clock) {
        String name = "outbox-test-" + (otherInstances.size() + 2);
        OutboxRelay other = new OutboxRelay(store, KafkaOutboxPublisher.connect(brokers, name, properties),
                List.of(new OutboxCollection("widgets")), properties, clock, name, new SimpleMeterRegistry());
        otherInstances.add(other);
        // not started: the test's own sweep() and drain() calls are its only work, so they finish what they start
        return other;
    }

    private static ReportEscalated escalated(String reportId, String reason) {
        return new ReportEscalated(reportId, EscalationLevel.TEAM_LEAD, reason, "24133", "66-24133-CDS",
                Instant.parse("2026-11-28T03:00:00Z"), Instant.parse("2026-11-28T03:05:00Z"));
    }

    private Document widget(String id) {
        return mongo.getCollection("widgets").find(new Document("_id", id)).first();
    }

    private List<Document> pending(String id) {
        Document widget = widget(id);
        return widget == null ? List.of() : widget.getList("outbox", Document.class, List.of());
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 30 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), UTF_8);
    }

    /**
     * Everything on the topic with these keys, read to the end of every partition once {@code atLeast} arrived; call
     * it once the relay has published (the topic exists).
     */
    private List<ConsumerRecord<String, String>> recordsWithKeys(List<String> keys, int atLeast) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (keys.contains(record.key())) {
                        found.add(record);
                    }
                }
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                if (found.size() >= atLeast && partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p))) {
                    return found;
                }
            }
        }
        throw new AssertionError("Only " + found.size() + " of " + atLeast + " records with the keys on " + TOPIC);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        OutboxCollection widgets() {
            return new OutboxCollection("widgets");
        }
    }
}
