package vn.gov.daklak.platform.test;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** Real Apache Kafka (KRaft) and a real MongoDB replica set in containers. */
final class ContainerInfrastructure implements TestInfrastructure, TestInfrastructure.AutoCloseable {
    private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
    private final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

    ContainerInfrastructure() {
        kafka.start();
        mongo.start();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri() {
        // a single-member replica set reached directly: its advertised member name is internal to the container
        return mongo.getConnectionString() + "/?directConnection=true";
    }

    @Override
    public String description() {
        return "Kafka container " + kafkaBootstrapServers() + " + MongoDB container " + mongo.getConnectionString();
    }

    @Override
    public void closeQuietly() {
        kafka.stop();
        mongo.stop();
    }
}
