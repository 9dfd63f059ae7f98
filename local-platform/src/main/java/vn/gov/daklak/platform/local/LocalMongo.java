package vn.gov.daklak.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.daklak.platform.standin.KeyedH2Backend;
import vn.gov.daklak.platform.standin.KeyedMemoryBackend;

/**
 * A MongoDB wire-protocol server in this JVM ({@code mongo-java-server}): a stand-in for MongoDB, not MongoDB.
 * {@link #onDisk} keeps the data in an H2 file (survives restarts); {@link #inMemory} is for tests.
 * It has no transactions, geo queries, text search, TTL expiry or {@code hello} command (see STACK.md); it reads by
 * key whenever a filter pins {@code _id} or a unique index ({@code mongo-stand-in}), and scans otherwise.
 */
public final class LocalMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalMongo.class);

    private final MongoBackend backend;
    private final String description;
    private final int requestedPort;
    private MongoServer server;
    private int port;
    private boolean closed;

    private LocalMongo(MongoBackend backend, String description, int port) {
        this.backend = backend;
        this.description = description;
        this.requestedPort = port;
    }

    /** Data in {@code <dataDir>/mongo.mv.db} (directory created if needed); {@code port} 0 picks a free one. */
    public static LocalMongo onDisk(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.toAbsolutePath().resolve("mongo.mv.db");
        return new LocalMongo(new KeyedH2Backend(file.toString()), "H2 file " + file, port);
    }

    /** Data in memory only, gone at {@link #close()}; {@code port} 0 picks a free one. */
    public static LocalMongo inMemory(int port) {
        return new LocalMongo(new KeyedMemoryBackend(), "memory", port);
    }

    /** Binds to {@code localhost:<port>} and starts serving. */
    public synchronized LocalMongo start() {
        if (closed) {
            throw new IllegalStateException("LocalMongo is closed");
        }
        if (server == null) {
            MongoServer mongoServer = new MongoServer(backend);
            mongoServer.bind("localhost", requestedPort);
            port = mongoServer.getLocalAddress().getPort();
            server = mongoServer;
            log.info("MongoDB stand-in ready on {} ({})", connectionString(), description);
        }
        return this;
    }

    /** {@code mongodb://localhost:<port>}; valid once started. */
    public String connectionString() {
        return "mongodb://localhost:" + port();
    }

    public int port() {
        if (server == null) {
            throw new IllegalStateException("LocalMongo is not started");
        }
        return port;
    }

    /** Stops listening, closes the cursors and the backend (flushing the H2 file); safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (server == null) {
            backend.close();
            return;
        }
        server.shutdown();
        server = null;
        log.info("MongoDB stand-in stopped");
    }
}
