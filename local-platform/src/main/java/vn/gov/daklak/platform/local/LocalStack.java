package vn.gov.daklak.platform.local;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Kafka, then MongoDB, then the services; closed in reverse order, from a shutdown hook or on failure. */
final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final LocalPlatformSettings settings;
    private LocalKafka kafka;
    private LocalMongo mongo;
    private PlatformServices services;
    private volatile boolean closed;

    LocalStack(LocalPlatformSettings settings) {
        this.settings = settings;
    }

    PlatformServices start(List<String> serviceArgs) throws IOException, InterruptedException {
        synchronized (this) {
            kafka = new LocalKafka(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
                    settings.kafkaControllerPort());
            mongo = LocalMongo.onDisk(settings.dataDir().resolve("mongo"), settings.mongoPort());
        }
        kafka.start();
        mongo.start();
        PlatformServicesBuilder builder = PlatformServices.builder(settings.repoRoot())
                .kafkaBootstrap(kafka.bootstrapServers())
                .mongoUri(mongo.connectionString())
                .logDir(settings.logDir())
                .jvmOptions(settings.serviceJvmOptions())
                .extraArgs(serviceArgs.toArray(String[]::new));
        settings.servicePorts().forEach(builder::port);
        PlatformServices started = builder.start(settings.startTimeout());
        synchronized (this) {
            services = started;
            if (closed) {
                started.close();
            }
        }
        return started;
    }

    boolean isClosed() {
        return closed;
    }

    /** Stops services, then Kafka, then MongoDB; kills any child JVM left over from an interrupted start. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        quietly("services", services);
        quietly("Kafka", kafka);
        quietly("MongoDB", mongo);
        ProcessHandle.current().children().forEach(ProcessHandle::destroy);
    }

    private static void quietly(String what, AutoCloseable component) {
        if (component == null) {
            return;
        }
        try {
            component.close();
        } catch (Exception e) {
            log.warn("Stopping {} failed", what, e);
        }
    }
}
