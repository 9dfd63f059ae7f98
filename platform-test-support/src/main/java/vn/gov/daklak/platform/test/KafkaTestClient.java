package vn.gov.daklak.platform.test;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces and reads Kafka records the way the platform's services do: JSON payloads with CloudEvents headers
 * ({@code ce_*}, UTF-8 bytes) and the aggregate id as key. For tests that play another service.
 */
public final class KafkaTestClient implements AutoCloseable {
    private final String bootstrapServers;
    private final KafkaProducer<String, String> producer;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /** Sends {@code json} as a CloudEvent of {@code type}; returns the event id used. */
    public String send(String topic, String key, String type, String json) {
        return send(topic, key, type, json, UUID.randomUUID().toString());
    }

    public String send(String topic, String key, String type, String json, String eventId) {
        var record = new ProducerRecord<>(topic, key, json);
        if (eventId != null) {
            record.headers().add("ce_id", eventId.getBytes(UTF_8));
        }
        record.headers().add("ce_specversion", "1.0".getBytes(UTF_8))
                .add("ce_type", type.getBytes(UTF_8))
                .add("ce_source", "urn:daklak:feedback:test".getBytes(UTF_8))
                .add("ce_subject", key.getBytes(UTF_8))
                .add("ce_time", Instant.now().toString().getBytes(UTF_8))
                .add("contentType", "application/json".getBytes(UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
        return eventId;
    }

    /** Reads {@code topic} from the beginning until {@code done} accepts the matching records, or times out. */
    public List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> filter,
                                                      Predicate<List<ConsumerRecord<String, String>>> done,
                                                      Duration timeout) {
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && !done.test(matching)) {
                consumer.poll(Duration.ofMillis(250)).forEach(r -> {
                    if (filter.test(r)) {
                        matching.add(r);
                    }
                });
            }
        }
        return matching;
    }

    /** Records of {@code topic} with {@code key}, waiting until at least {@code count} arrived (or timeout). */
    public List<ConsumerRecord<String, String>> awaitKey(String topic, String key, int count, Duration timeout) {
        return await(topic, r -> key.equals(r.key()), list -> list.size() >= count, timeout);
    }

    /** Reads {@code topic} for {@code window} and returns every record with {@code key}. */
    public List<ConsumerRecord<String, String>> readKeyFor(String topic, String key, Duration window) {
        return await(topic, r -> key.equals(r.key()), list -> false, window);
    }

    /**
     * Records of {@code topic} with {@code key} and CloudEvents type {@code type} (a topic such as the report topic
     * carries several), waiting until at least {@code count} arrived (or timeout).
     */
    public List<ConsumerRecord<String, String>> awaitEvents(String topic, String key, String type, int count,
                                                            Duration timeout) {
        return await(topic, r -> key.equals(r.key()) && type.equals(header(r, "ce_type")),
                list -> list.size() >= count, timeout);
    }

    /** Reads {@code topic} for {@code window}: every record with {@code key} and CloudEvents type {@code type}. */
    public List<ConsumerRecord<String, String>> readEventsFor(String topic, String key, String type, Duration window) {
        return await(topic, r -> key.equals(r.key()) && type.equals(header(r, "ce_type")), list -> false, window);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }

    /**
     * Waits until consumer group {@code group} has committed past every record now on {@code topic}: the service
     * behind it has handled all of them. For tests whose next step depends on a service having seen an event.
     */
    public void awaitConsumed(String group, String topic, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Instant deadline = Instant.now().plus(timeout);
            Map<TopicPartition, Long> ends = null;
            while (Instant.now().isBefore(deadline)) {
                if (ends == null) {
                    var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                            .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
                    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                    partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                    ends = new HashMap<>();
                    for (var entry : admin.listOffsets(latest).all().get().entrySet()) {
                        ends.put(entry.getKey(), entry.getValue().offset());
                    }
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                boolean done = ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || (committed.get(end.getKey()) != null
                        && committed.get(end.getKey()).offset() >= end.getValue()));
                if (done) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new AssertionError("Group " + group + " did not consume " + topic + " within " + timeout);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
