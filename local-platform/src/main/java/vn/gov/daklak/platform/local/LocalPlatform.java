package vn.gov.daklak.platform.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole platform on one machine with only a JDK: a Kafka broker and a MongoDB stand-in in this JVM,
 * and the four services and the web console as child JVMs. Settings: see {@link LocalPlatformSettings}. Program arguments are
 * passed on to every service (e.g. {@code --logging.level.vn.gov.daklak=DEBUG}). Ctrl-C stops everything.
 */
public final class LocalPlatform {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

    private LocalPlatform() {
    }

    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        ConsoleBanner console = new ConsoleBanner();
        LocalPlatformSettings settings = LocalPlatformSettings.fromSystem();
        List<Path> missing = Arrays.stream(PlatformService.values()).map(s -> s.execJar(settings.repoRoot()))
                .filter(jar -> !Files.isRegularFile(jar)).toList();
        if (!missing.isEmpty()) {
            console.missingJars(new MissingJarsException(missing));
            System.exit(2);
        }
        Map<String, Integer> taken = new LinkedHashMap<>();
        settings.allPorts().forEach((what, port) -> {
            if (!FreePorts.isFree(port)) {
                taken.put(what, port);
            }
        });
        if (!taken.isEmpty()) {
            console.portsInUse(taken);
            System.exit(3);
        }
        LocalStack stack = new LocalStack(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            console.stopping();
            stack.close();
        }, "local-platform-shutdown"));
        PlatformServices services;
        try {
            services = stack.start(Arrays.asList(args));
        } catch (ServiceStartException e) {
            console.error(e.getMessage());
            System.exit(1);
            return;
        } catch (Exception e) {
            log.error("Start-up failed", e);
            console.error(e.toString());
            System.exit(1);
            return;
        }
        console.ready(settings, services, Duration.ofNanos(System.nanoTime() - started));
        watch(stack, services);
    }

    /** Blocks until the JVM is stopped, warning once about any service that exits on its own. */
    private static void watch(LocalStack stack, PlatformServices services) throws InterruptedException {
        Map<PlatformService, Boolean> reported = new LinkedHashMap<>();
        while (!stack.isClosed()) {
            for (PlatformService service : services.services()) {
                ServiceProcess process = services.process(service);
                if (!process.isAlive() && !stack.isClosed() && reported.putIfAbsent(service, true) == null) {
                    log.warn("{} has stopped; see {}", service.moduleName(), process.logFile());
                }
            }
            Thread.sleep(5_000);
        }
    }
}
