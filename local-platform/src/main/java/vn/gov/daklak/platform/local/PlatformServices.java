package vn.gov.daklak.platform.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's services running as child JVMs, started together and stopped together. Each one runs
 * {@code java <ServiceLaunch.JVM_OPTIONS, or the builder's jvmOptions> -jar
 * <repoRoot>/<svc>/target/<svc>-0.1.0-SNAPSHOT-exec.jar --server.port=<port> --platform.kafka.brokers=<bootstrap>
 * --platform.mongodb.uri=<mongoUri> --spring.profiles.active=local [extra args]}, writes stdout and stderr to
 * {@code <logDir>/<svc>.log}, and counts as started when {@code GET /actuator/health/readiness} answers 200.
 *
 * <p>Bring your own Kafka and MongoDB (for instance {@link LocalKafka} and {@link LocalMongo}, or containers).
 * In a test, with the jars built by {@code mvn install} (this module builds last):
 * <pre>{@code
 * try (PlatformServices services = PlatformServices.start(repoRoot, kafka.bootstrapServers(),
 *         mongo.connectionString(), logDir, Duration.ofMinutes(3))) {
 *     String feedback = services.baseUrl(PlatformService.FEEDBACK); // http://localhost:8081
 * }
 * }</pre>
 * To avoid the fixed ports 8081-8084, start a subset, or pass properties, use the builder:
 * <pre>{@code
 * PlatformServices services = PlatformServices.builder(repoRoot)
 *         .kafkaBootstrap(bootstrap).mongoUri(uri).logDir(logDir)
 *         .freePorts()                                   // or .port(PlatformService.FEEDBACK, FreePorts.find())
 *         .only(PlatformService.FEEDBACK, PlatformService.ROUTING)
 *         .extraArgs("--logging.level.vn.gov.daklak=DEBUG")               // every service
 *         .extraArgs(PlatformService.FEEDBACK, "--spring.main.banner-mode=off") // one service, wins
 *         .start(Duration.ofMinutes(3));
 * int feedbackPort = services.port(PlatformService.FEEDBACK);
 * }</pre>
 * Start-up fails fast with a {@link ServiceStartException} (whose message ends with the service's last log lines)
 * when a service exits or is not ready in time, after stopping the others. Before anything starts, a
 * {@link MissingJarsException} is thrown when a jar is not built, and a {@link ServiceStartException} when a
 * port is taken (so a stale process cannot pass for a ready service). {@link #close()} sends every service
 * SIGTERM at once, then kills any still running after {@link ServiceProcess#STOP_GRACE}.
 */
public final class PlatformServices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlatformServices.class);

    private final Map<PlatformService, ServiceProcess> processes;

    private PlatformServices(Map<PlatformService, ServiceProcess> processes) {
        this.processes = processes;
    }

    /** All services on their default ports (8081-8084, web console 8080), ready within {@code timeout}. */
    public static PlatformServices start(Path repoRoot, String kafkaBootstrap, String mongoUri, Path logDir,
                                         Duration timeout) throws IOException, InterruptedException {
        return builder(repoRoot).kafkaBootstrap(kafkaBootstrap).mongoUri(mongoUri).logDir(logDir).start(timeout);
    }

    /** Settings for a start with other ports, a subset of services or extra arguments. */
    public static PlatformServicesBuilder builder(Path repoRoot) {
        return new PlatformServicesBuilder(repoRoot);
    }

    /** Starts every launch at once, then waits until all are ready; stops them all if one fails. */
    static PlatformServices launch(List<ServiceLaunch> launches, Duration timeout)
            throws IOException, InterruptedException {
        return new PlatformServices(ServiceStarter.startAll(launches, timeout));
    }

    /** {@code http://localhost:<port>} of a running service. */
    public String baseUrl(PlatformService service) {
        return process(service).baseUrl();
    }

    /** Same, by module name ({@code feedback-service}) or short name ({@code feedback}). */
    public String baseUrl(String service) {
        return baseUrl(PlatformService.of(service));
    }

    public int port(PlatformService service) {
        return process(service).port();
    }

    public Path logFile(PlatformService service) {
        return process(service).logFile();
    }

    public ServiceProcess process(PlatformService service) {
        ServiceProcess process = processes.get(service);
        if (process == null) {
            throw new IllegalArgumentException(service.moduleName() + " was not started");
        }
        return process;
    }

    /** The services started, in enum order. */
    public Set<PlatformService> services() {
        return Collections.unmodifiableSet(processes.keySet());
    }

    /** Stops all services in parallel (SIGTERM, then kill after the grace period); safe to call twice. */
    @Override
    public void close() {
        ServiceStarter.stopAll(processes.values());
        log.info("Stopped {}", processes.keySet());
    }
}
