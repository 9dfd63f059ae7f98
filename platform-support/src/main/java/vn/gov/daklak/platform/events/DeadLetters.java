package vn.gov.daklak.platform.events;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;

/**
 * Sends a record a batch consumer could not handle to its dead-letter topic, as the binder does for record-at-a-time
 * consumers: the original key, value and headers, plus {@code x-exception-message}, {@code x-exception-fqcn},
 * {@code x-original-topic}, {@code x-original-partition}, {@code x-original-offset} and
 * {@code x-original-timestamp}. Waits for the broker's acknowledgement, so the consumer moves on only once the record
 * is safe there.
 */
public class DeadLetters implements DisposableBean {
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);
    private final Supplier<Producer<byte[], byte[]>> connect;
    private volatile Producer<byte[], byte[]> producer;

    DeadLetters(Supplier<Producer<byte[], byte[]>> connect) {
        this.connect = connect;
    }

    /** Connects to {@code brokers} at the first dead letter (most services never write one). */
    static DeadLetters connect(String brokers, String clientId) {
        return new DeadLetters(() -> new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000),
                new ByteArraySerializer(), new ByteArraySerializer()));
    }

    private Producer<byte[], byte[]> producer() {
        Producer<byte[], byte[]> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = connect.get();
                }
                p = producer;
            }
        }
        return p;
    }

    /** @throws IllegalStateException when the broker did not take it (the consumer then fails the batch) */
    public void send(String deadLetterTopic, ConsumerRecord<byte[], byte[]> failed, Throwable reason) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(deadLetterTopic, null, failed.key(),
                failed.value(), failed.headers());
        Headers headers = record.headers();
        String message = reason.getMessage() == null ? reason.toString() : reason.getMessage();
        headers.add("x-exception-message", message.getBytes(UTF_8));
        headers.add("x-exception-fqcn", reason.getClass().getName().getBytes(UTF_8));
        headers.add("x-original-topic", failed.topic().getBytes(UTF_8));
        headers.add("x-original-partition", Integer.toString(failed.partition()).getBytes(UTF_8));
        headers.add("x-original-offset", Long.toString(failed.offset()).getBytes(UTF_8));
        headers.add("x-original-timestamp", Long.toString(failed.timestamp()).getBytes(UTF_8));
        try {
            producer().send(record).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering " + failed.topic() + "@"
                    + failed.offset(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not dead-letter " + failed.topic() + "-" + failed.partition() + "@"
                    + failed.offset() + " to " + deadLetterTopic, e);
        }
    }

    @Override
    public void destroy() {
        Producer<byte[], byte[]> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }
}
