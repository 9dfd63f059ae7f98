package vn.gov.daklak.routing.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.CloudEventHeaders;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.EventDescriptor;

/**
 * Talks to the real broker the way other services do: CloudEvents in binary mode ({@code ce_*} headers as UTF-8
 * bytes) around a JSON payload. Every read uses a fresh consumer group, so tests never steal each other's records.
 */
public final class CloudEventsKafka implements AutoCloseable {
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;

    public CloudEventsKafka(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(props);
    }

    /** The CloudEvents headers another service's outbox relay would send for this event. */
    public static Map<String, String> cloudEventHeaders(Object event, String eventId, String subject) {
        EventDescriptor descriptor = EventCatalog.of(event.getClass());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.ID, eventId);
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        headers.put(CloudEventHeaders.TYPE, descriptor.type());
        headers.put(CloudEventHeaders.SOURCE, "urn:daklak:feedback:routing-service-test");
        headers.put(CloudEventHeaders.SUBJECT, subject);
        headers.put(CloudEventHeaders.TIME, Instant.now().toString());
        headers.put(CloudEventHeaders.DATA_SCHEMA, descriptor.dataSchema());
        headers.put(CloudEventHeaders.CONTENT_TYPE, "application/json");
        return headers;
    }

    /** Publishes a platform event to its topic with a new event id; returns that id. */
    public String publish(Object event, String key) {
        String eventId = UUID.randomUUID().toString();
        publish(event, key, eventId, null);
        return eventId;
    }

    /** Publishes a platform event with the given event id, optionally to a fixed partition (null: by key). */
    public void publish(Object event, String key, String eventId, Integer partition) {
        send(EventCatalog.of(event.getClass()).topic(), partition, key, JSON.writeValueAsBytes(event),
                cloudEventHeaders(event, eventId, key));
    }

    /**
     * Publishes platform events to {@code topic} keyed by their report ids without waiting for each record, then
     * waits for all acknowledgements: a backlog that forms faster than any consumer reads it.
     */
    public void publishAll(String topic, Map<String, ?> eventsByKey) {
        List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
        eventsByKey.forEach((key, event) -> {
            List<Header> kafkaHeaders = new ArrayList<>();
            cloudEventHeaders(event, UUID.randomUUID().toString(), key)
                    .forEach((name, value) -> kafkaHeaders.add(new RecordHeader(name, value.getBytes(UTF_8))));
            acks.add(producer.send(new ProducerRecord<>(topic, null, key, JSON.writeValueAsBytes(event),
                    kafkaHeaders)));
        });
        for (var ack : acks) {
            try {
                ack.get();
            } catch (Exception e) {
                throw new IllegalStateException("Could not publish to " + topic, e);
            }
        }
    }

    /** Publishes raw bytes with exactly these headers. */
    public void send(String topic, Integer partition, String key, byte[] payload, Map<String, String> headers) {
        List<Header> kafkaHeaders = new ArrayList<>();
        headers.forEach((name, value) -> kafkaHeaders.add(new RecordHeader(name, value.getBytes(UTF_8))));
        try {
            producer.send(new ProducerRecord<>(topic, partition, key, payload, kafkaHeaders)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /** Reads the topic from the beginning until {@code count} matching records arrived or the timeout passed. */
    public List<ConsumerRecord<String, byte[]>> await(String topic, Predicate<ConsumerRecord<String, byte[]>> filter,
                                                      int count, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = newConsumer()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (matching.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (filter.test(record)) {
                        matching.add(record);
                    }
                }
            }
        }
        return matching;
    }

    /** All matching records of the topic that can be read within {@code window}. */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic,
                                                        Predicate<ConsumerRecord<String, byte[]>> filter,
                                                        Duration window) {
        return await(topic, filter, Integer.MAX_VALUE, window);
    }

    public static Predicate<ConsumerRecord<String, byte[]>> withKey(String key) {
        return record -> key.equals(record.key());
    }

    /** Records of one event type; the report topic carries all of a report's events. */
    public static Predicate<ConsumerRecord<String, byte[]>> ofType(Class<?> eventType) {
        String type = EventCatalog.of(eventType).type();
        return record -> type.equals(header(record, CloudEventHeaders.TYPE));
    }

    /** The records of one report (the key) and one event type. */
    public static Predicate<ConsumerRecord<String, byte[]>> eventOf(Class<?> eventType, String key) {
        return withKey(key).and(ofType(eventType));
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    private KafkaConsumer<String, byte[]> newConsumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "routing-service-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(props);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
