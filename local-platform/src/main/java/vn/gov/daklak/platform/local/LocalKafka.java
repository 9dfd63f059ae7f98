package vn.gov.daklak.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker, in this JVM: one KRaft node in combined mode (broker and controller).
 * The storage under {@code dataDir} is formatted once (random cluster id, {@code --standalone}), so topics
 * and offsets survive a restart. Uses Kafka internals ({@code kafka.server.KafkaRaftServer},
 * {@code kafka.tools.StorageTool}): keep {@code kafka_2.13} at the version Spring Boot manages.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalKafka.class);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    /** Broker on {@code localhost:port}, controller on {@code localhost:controllerPort}, logs in {@code dataDir}. */
    public LocalKafka(Path dataDir, int port, int controllerPort) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Formats the storage if it is new, then starts the broker; returns once the broker serves clients. */
    public synchronized LocalKafka start() throws IOException {
        if (server == null) {
            Files.createDirectories(dataDir);
            Properties props = KafkaBrokerConfig.properties(dataDir, port, controllerPort);
            if (!KafkaStorage.isFormatted(dataDir)) {
                KafkaStorage.format(dataDir, props);
            }
            KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            raftServer.startup();
            server = raftServer;
            log.info("Kafka broker ready on {} (data in {})", bootstrapServers(), dataDir);
        }
        return this;
    }

    /** {@code localhost:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the broker and waits until it has shut down; safe to call more than once. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
            log.info("Kafka broker stopped");
        }
    }
}
