package vn.gov.daklak.platform.test;

import java.util.Optional;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;

import vn.gov.daklak.platform.standin.KeyedMemoryBackend;

/**
 * "A Kafka broker and a MongoDB endpoint" for integration tests, written once and run two ways: real Kafka and
 * MongoDB containers where a Docker engine exists, otherwise a real in-process KRaft broker and the MongoDB
 * wire-protocol server. Force one with {@code -Dplatform.test.infrastructure=containers|embedded}.
 * One instance per JVM, started on first use and stopped at JVM exit.
 */
public interface TestInfrastructure {

    String kafkaBootstrapServers();

    /** A connection string without a database; services pick their own database. */
    String mongoUri();

    String description();

    /** The MongoDB stand-in of the embedded infrastructure, to hear of its reads without a key; empty on MongoDB. */
    default Optional<KeyedMemoryBackend> standIn() {
        return Optional.empty();
    }

    static TestInfrastructure shared() {
        return Holder.INSTANCE;
    }

    /** Points a service under test at the shared infrastructure. */
    static void register(DynamicPropertyRegistry registry) {
        TestInfrastructure infrastructure = shared();
        registry.add("platform.kafka.brokers", infrastructure::kafkaBootstrapServers);
        registry.add("platform.mongodb.uri", infrastructure::mongoUri);
        // access tokens from TestTokens, checked against its JWKS as services check identity-service's
        registry.add("platform.security.issuer", TestTokens::issuer);
        if (infrastructure instanceof EmbeddedInfrastructure) {
            // the stand-in has no `hello` command (what platform-local.yml does for the embedded default)
            registry.add("management.health.mongodb.enabled", () -> "false");
        }
    }

    final class Holder {
        private static final TestInfrastructure INSTANCE = create();

        private Holder() {
        }

        private static TestInfrastructure create() {
            String choice = System.getProperty("platform.test.infrastructure", "auto");
            boolean containers = switch (choice) {
                case "containers" -> true;
                case "embedded" -> false;
                default -> dockerAvailable();
            };
            TestInfrastructure infrastructure = containers ? new ContainerInfrastructure() : new EmbeddedInfrastructure();
            Runtime.getRuntime().addShutdownHook(new Thread(((AutoCloseable) infrastructure)::closeQuietly));
            return infrastructure;
        }

        private static boolean dockerAvailable() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    /** Closing without checked exceptions, for shutdown hooks. */
    interface AutoCloseable {
        void closeQuietly();
    }
}
