package vn.gov.daklak.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process Kafka broker and MongoDB stand-in start, serve a client, and keep their data across a restart. */
class LocalInfrastructureTest {

    @TempDir
    Path dataDir;

    @Test
    void kafkaKeepsRecordsAcrossRestart() throws Exception {
        int port = FreePorts.find();
        int controllerPort = FreePorts.find();
        try (LocalKafka kafka = new LocalKafka(dataDir.resolve("kafka"), port, controllerPort).start()) {
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>("local.check", "k", "Rác thải ùn ứ")).get();
            }
        }
        try (LocalKafka kafka = new LocalKafka(dataDir.resolve("kafka"), port, controllerPort).start()) {
            assertThat(consumeAll(kafka.bootstrapServers(), "local.check")).containsExactly("Rác thải ùn ứ");
        }
    }

    @Test
    void mongoOnDiskKeepsDocumentsAcrossRestart() throws Exception {
        try (LocalMongo mongo = LocalMongo.onDisk(dataDir.resolve("mongo"), 0).start()) {
            insert(mongo.connectionString(), new Document("_id", "r1").append("title", "Đường Lê Duẩn"));
        }
        try (LocalMongo mongo = LocalMongo.onDisk(dataDir.resolve("mongo"), 0).start()) {
            assertThat(mongo.connectionString()).startsWith("mongodb://localhost:");
            assertThat(find(mongo.connectionString()).getString("title")).isEqualTo("Đường Lê Duẩn");
        }
    }

    @Test
    void mongoInMemoryServesClients() {
        try (LocalMongo mongo = LocalMongo.inMemory(0).start()) {
            insert(mongo.connectionString(), new Document("_id", "r1").append("title", "Buôn Ma Thuột"));
            assertThat(find(mongo.connectionString()).getString("title")).isEqualTo("Buôn Ma Thuột");
        }
    }

    private static List<String> consumeAll(String bootstrap, String topic) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "local-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    private static void insert(String uri, Document document) {
        try (MongoClient client = MongoClients.create(uri)) {
            collection(client).insertOne(document);
        }
    }

    private static Document find(String uri) {
        try (MongoClient client = MongoClients.create(uri)) {
            return collection(client).find(new Document("_id", "r1")).first();
        }
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("local_check").getCollection("reports");
    }
}
