package vn.gov.daklak.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.gov.daklak.contracts.CloudEventHeaders;

/**
 * Sends a batch of outbox entries without waiting for each, then waits for every acknowledgement. Entries of one
 * document share a key, hence a partition, and the idempotent producer keeps them in order.
 */
class KafkaOutboxPublisher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KafkaOutboxPublisher.class);

    private final Producer<byte[], byte[]> producer;
    private final OutboxTopics topics;
    private final Duration ackTimeout;

    KafkaOutboxPublisher(Producer<byte[], byte[]> producer, OutboxTopics topics, Duration ackTimeout) {
        this.producer = producer;
        this.topics = topics;
        this.ackTimeout = ackTimeout;
    }

    /** A publisher with its own idempotent producer ({@code acks=all}) and admin client on {@code brokers}. */
    static KafkaOutboxPublisher connect(String brokers, String clientId, OutboxProperties properties) {
        var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                // Kafka unreachable: give up on a batch soon and retry it, rather than block the relay
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000),
                new ByteArraySerializer(), new ByteArraySerializer());
        var admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                AdminClientConfig.CLIENT_ID_CONFIG, clientId + "-admin",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000));
        var topics = new OutboxTopics(admin, properties.topicPartitions(), properties.topicReplicationFactor());
        return new KafkaOutboxPublisher(producer, topics, Duration.ofSeconds(25));
    }

    /**
     * @return per document, the event ids Kafka acknowledged: a prefix of its entries (after an entry that failed,
     * the later ones count as not sent, so a retry keeps their order)
     */
    Map<PendingDocument, List<String>> publish(List<ClaimedDocument> claimed) {
        Map<PendingDocument, List<Future<RecordMetadata>>> sent = new LinkedHashMap<>();
        try {
            for (ClaimedDocument document : claimed) {
                List<Future<RecordMetadata>> futures = new ArrayList<>(document.entries().size());
                sent.put(document.document(), futures);
                for (OutboxMessage entry : document.entries()) {
                    topics.ensure(entry.topic());
                    futures.add(producer.send(toRecord(entry)));
                }
            }
        } catch (RuntimeException e) {
            // Kafka unreachable (metadata timeout) or a topic could not be created: stop sending this batch
            log.warn("Outbox relay stopped sending a batch: {}", e.getMessage());
        }
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        Map<PendingDocument, List<String>> acknowledged = new LinkedHashMap<>();
        for (ClaimedDocument document : claimed) {
            List<Future<RecordMetadata>> futures = sent.getOrDefault(document.document(), List.of());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < futures.size() && awaited(futures.get(i), deadline); i++) {
                ids.add(document.entries().get(i).eventId());
            }
            acknowledged.put(document.document(), ids);
        }
        return acknowledged;
    }

    private static boolean awaited(Future<RecordMetadata> ack, long deadline) {
        try {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static ProducerRecord<byte[], byte[]> toRecord(OutboxMessage entry) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, bytes(entry.eventId()))
                .add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE))
                .add(CloudEventHeaders.TYPE, bytes(entry.type()))
                .add(CloudEventHeaders.SOURCE, bytes(entry.source()))
                .add(CloudEventHeaders.SUBJECT, bytes(entry.subject()))
                .add(CloudEventHeaders.TIME, bytes(entry.time().toString()))
                .add(CloudEventHeaders.DATA_SCHEMA, bytes(entry.dataSchema()))
                .add(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"))
                .add("contentType", bytes("application/json"));
        return new ProducerRecord<>(entry.topic(), null, bytes(entry.key()), bytes(entry.payload()), headers);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        topics.close();
    }
}
