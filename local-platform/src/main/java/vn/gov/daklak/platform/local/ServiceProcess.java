package vn.gov.daklak.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One service running as a child JVM, its output in a log file. {@link #close()} stops it. */
public final class ServiceProcess implements AutoCloseable {

    /** How long a service gets to shut down gracefully before it is killed. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);

    private final ServiceLaunch launch;
    private final Process process;

    private ServiceProcess(ServiceLaunch launch, Process process) {
        this.launch = launch;
        this.process = process;
    }

    /** Starts the JVM and returns at once; use {@link #awaitReady} or {@link #isReady} to know when it serves. */
    public static ServiceProcess start(ServiceLaunch launch) throws IOException {
        if (!Files.isRegularFile(launch.jar())) {
            throw new MissingJarsException(List.of(launch.jar()));
        }
        Files.createDirectories(launch.logFile().toAbsolutePath().getParent());
        Process process = new ProcessBuilder(launch.command())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(launch.logFile().toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        log.info("Started {} (pid {}) on port {}, log {}", launch.service().moduleName(), process.pid(),
                launch.port(), launch.logFile());
        return new ServiceProcess(launch, process);
    }

    /** Polls readiness until HTTP 200; fails fast if the process exits, with the end of its log. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isReady()) {
            if (System.nanoTime() > deadline) {
                throw new ServiceStartException(launch.service().moduleName() + " not ready after " + timeout
                        + "\n" + logTail(40));
            }
            Thread.sleep(500);
        }
    }

    /** One readiness probe; throws {@link ServiceStartException} if the process has exited. */
    public boolean isReady() {
        if (!process.isAlive()) {
            throw new ServiceStartException(launch.service().moduleName() + " exited with code "
                    + process.exitValue() + "\n" + logTail(40));
        }
        return ReadinessProbe.isReady(baseUrl());
    }

    public PlatformService service() {
        return launch.service();
    }

    public int port() {
        return launch.port();
    }

    /** {@code http://localhost:<port>}. */
    public String baseUrl() {
        return launch.baseUrl();
    }

    public Path logFile() {
        return launch.logFile();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The last {@code lines} lines of the log, prefixed with the log path. */
    public String logTail(int lines) {
        return LogTail.of(logFile(), lines);
    }

    /** Asks the JVM to stop (SIGTERM, graceful shutdown) without waiting. */
    public void requestStop() {
        process.destroy();
    }

    /** Stops gracefully, waiting up to {@link #STOP_GRACE}, then kills it. */
    @Override
    public void close() {
        requestStop();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} did not stop within {}, killing it", launch.service().moduleName(), STOP_GRACE);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
