package vn.gov.daklak.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks jars and ports, starts every service at once, and waits until all are ready (or stops them all). */
final class ServiceStarter {

    private static final Logger log = LoggerFactory.getLogger(ServiceStarter.class);

    private ServiceStarter() {
    }

    static Map<PlatformService, ServiceProcess> startAll(List<ServiceLaunch> launches, Duration timeout)
            throws IOException, InterruptedException {
        List<Path> missing = launches.stream().map(ServiceLaunch::jar).filter(jar -> !Files.isRegularFile(jar))
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new MissingJarsException(missing);
        }
        for (ServiceLaunch launch : launches) {
            if (!FreePorts.isFree(launch.port())) {
                throw new ServiceStartException("Port " + launch.port() + " for " + launch.service().moduleName()
                        + " is already in use (a service left running?)");
            }
        }
        Map<PlatformService, ServiceProcess> processes = new EnumMap<>(PlatformService.class);
        try {
            for (ServiceLaunch launch : launches) {
                processes.put(launch.service(), ServiceProcess.start(launch));
            }
            awaitReady(processes, timeout);
            return processes;
        } catch (IOException | InterruptedException | RuntimeException e) {
            stopAll(processes.values());
            throw e;
        }
    }

    static void stopAll(Iterable<ServiceProcess> processes) {
        processes.forEach(ServiceProcess::requestStop);
        processes.forEach(ServiceProcess::close);
    }

    private static void awaitReady(Map<PlatformService, ServiceProcess> processes, Duration timeout)
            throws InterruptedException {
        long started = System.nanoTime();
        Set<PlatformService> pending = EnumSet.copyOf(processes.keySet());
        while (true) {
            for (PlatformService service : EnumSet.copyOf(pending)) {
                if (processes.get(service).isReady()) {
                    pending.remove(service);
                    log.info("{} ready on {} after {} s", service.moduleName(), processes.get(service).baseUrl(),
                            (System.nanoTime() - started) / 100_000_000 / 10.0);
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() - started > timeout.toNanos()) {
                throw new ServiceStartException("Not ready after " + timeout + ": " + pending + "\n" + pending.stream()
                        .map(s -> processes.get(s).logTail(30)).collect(Collectors.joining("\n")));
            }
            Thread.sleep(500);
        }
    }
}
