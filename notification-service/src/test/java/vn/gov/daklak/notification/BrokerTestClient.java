package vn.gov.daklak.notification;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.CloudEventHeaders;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.EventDescriptor;

/** Plays the other services on the real broker: produces CloudEvents the way they do and reads topics back. */
final class BrokerTestClient implements AutoCloseable {
    private final String bootstrapServers;
    private final JsonMapper json = JsonMapper.builder().build();
    private final KafkaProducer<String, byte[]> producer;

    BrokerTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes {@code event} as a CloudEvent with id {@code eventId}, keyed by {@code key}. */
    RecordMetadata publish(Object event, String eventId, String key) {
        EventDescriptor descriptor = EventCatalog.of(event.getClass());
        return send(descriptor.topic(), key, json.writeValueAsBytes(event), eventId, descriptor);
    }

    /** Publishes raw bytes to the topic of {@code eventType}, with CloudEvents headers unless {@code eventId} is null. */
    RecordMetadata publishRaw(Class<?> eventType, String key, byte[] payload, String eventId) {
        EventDescriptor descriptor = EventCatalog.of(eventType);
        return send(descriptor.topic(), key, payload, eventId, descriptor);
    }

    private RecordMetadata send(String topic, String key, byte[] payload, String eventId, EventDescriptor descriptor) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload);
        if (eventId != null) {
            header(record, CloudEventHeaders.ID, eventId);
            header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
            header(record, CloudEventHeaders.TYPE, descriptor.type());
            header(record, CloudEventHeaders.SOURCE, "urn:daklak:feedback:test");
            header(record, CloudEventHeaders.SUBJECT, key);
            header(record, CloudEventHeaders.TIME, Instant.now().toString());
            header(record, CloudEventHeaders.DATA_SCHEMA, descriptor.dataSchema());
        }
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        try {
            return producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(UTF_8));
    }

    /**
     * Reads {@code topic} from the beginning with a fresh consumer group until {@code done} holds for the records
     * with {@code key}, then keeps reading for {@code settle} so that extra records would show up too.
     */
    List<ConsumerRecord<String, byte[]>> read(String topic, String key, Predicate<List<?>> done, Duration timeout,
                                              Duration settle) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "notification-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            Instant deadline = Instant.now().plus(timeout);
            Instant settledAt = null;
            while (Instant.now().isBefore(deadline) && (settledAt == null || Instant.now().isBefore(settledAt))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
                if (settledAt == null && done.test(found)) {
                    settledAt = Instant.now().plus(settle);
                }
            }
            return found;
        }
    }

    /** Waits until {@code group} has committed past the record at {@code metadata}: the service has handled it. */
    void awaitConsumed(String group, RecordMetadata metadata, Duration timeout) {
        TopicPartition partition = new TopicPartition(metadata.topic(), metadata.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get().get(partition);
                if (committed != null && committed.offset() > metadata.offset()) {
                    return;
                }
                Thread.sleep(100);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("Group " + group + " did not consume " + metadata + " within " + timeout);
    }

    /**
     * Waits until {@code group} is stable with every one of {@code topics} assigned to a member. All of a service's
     * bindings share one group, and its consumers retry in their own thread: a rebalance still under way when a
     * test starts waits for a consumer busy retrying, and stalls every other binding meanwhile.
     */
    void awaitGroupStable(String group, Set<String> topics, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                        .describedGroups().get(group).get();
                Set<String> assigned = new HashSet<>();
                description.members().forEach(m -> m.assignment().topicPartitions()
                        .forEach(tp -> assigned.add(tp.topic())));
                if (description.groupState() == GroupState.STABLE && assigned.containsAll(topics)) {
                    return;
                }
                Thread.sleep(200);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("Group " + group + " not stable with " + topics + " within " + timeout);
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
