package vn.gov.daklak.benchmark;

import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Raw producer throughput of the same broker, as Kafka's ProducerPerformance measures it: fixed-size random records,
 * {@code acks=all}, otherwise the producer's defaults, sent as fast as the producer accepts them. A first tenth of the
 * records is sent unmeasured (warm-up).
 */
final class RawProducer {
    record Result(int records, int size, double seconds, long errors) {
        double recordsPerSecond() {
            return records / seconds;
        }

        double megabytesPerSecond() {
            return records * (double) size / seconds / (1024 * 1024);
        }
    }

    static Result run(String bootstrap, String topic, int records, int size) throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin a = Admin.create(admin)) {
            if (!a.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                a.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        byte[] payload = new byte[size];
        new Random(42).nextBytes(payload);
        AtomicLong errors = new AtomicLong();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
            send(producer, topic, payload, Math.max(1, records / 10), errors);
            producer.flush();
            errors.set(0);
            long start = System.nanoTime();
            send(producer, topic, payload, records, errors);
            producer.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(records, size, seconds, errors.get());
        }
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String topic, byte[] payload, int n,
                             AtomicLong errors) {
        for (int i = 0; i < n; i++) {
            producer.send(new ProducerRecord<>(topic, payload), (metadata, e) -> {
                if (e != null) {
                    errors.incrementAndGet();
                }
            });
        }
    }
}
