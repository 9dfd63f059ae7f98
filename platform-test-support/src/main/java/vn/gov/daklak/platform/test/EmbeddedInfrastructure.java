package vn.gov.daklak.platform.test;

import java.util.Optional;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import de.bwaldvogel.mongo.MongoServer;
import vn.gov.daklak.platform.standin.KeyedMemoryBackend;

/** A real KRaft broker in this JVM and the MongoDB wire-protocol server in memory (reading by key). */
final class EmbeddedInfrastructure implements TestInfrastructure, TestInfrastructure.AutoCloseable {
    private final EmbeddedKafkaKraftBroker kafka;
    private final KeyedMemoryBackend backend = new KeyedMemoryBackend();
    private final MongoServer mongo;
    private final String mongoUri;

    EmbeddedInfrastructure() {
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperty("auto.create.topics.enable", "true");
        kafka.brokerProperty("num.partitions", "3");
        kafka.afterPropertiesSet();
        mongo = new MongoServer(backend);
        mongoUri = mongo.bindAndGetConnectionString();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String mongoUri() {
        return mongoUri;
    }

    @Override
    public Optional<KeyedMemoryBackend> standIn() {
        return Optional.of(backend);
    }

    @Override
    public String description() {
        return "embedded KRaft broker " + kafkaBootstrapServers() + " + MongoDB wire-protocol server " + mongoUri;
    }

    @Override
    public void closeQuietly() {
        mongo.shutdownNow();
        kafka.destroy();
    }
}
