package vn.gov.daklak.benchmark;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import tools.jackson.databind.json.JsonMapper;

/**
 * Load benchmark of the running platform ({@code ./run-local.sh}); see {@code benchmark/README.md}.
 *
 * <p>Per stored count (the store topped up by {@link StoreLoader}) and per rate: open-loop {@code POST
 * /api/v1/reports} for a fixed duration, then a drain; latencies from each POST's send time to its
 * {@code ReportRouted} and to its reporter's routed {@code NotificationDelivered} on Kafka; CPU seconds per report of
 * each platform process and the platform's resident memory. Once per run: the broker's raw producer throughput.
 */
public final class Benchmark {
    private static final PrintStream OUT = System.out;

    private final Options options;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ExecutorService httpExecutor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "http");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).executor(httpExecutor).build();
    private final List<PhaseResult> results = new ArrayList<>();
    private PlatformProcesses processes;
    private RawProducer.Result raw;

    private Benchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            if (!"usage".equals(e.getMessage())) {
                System.err.println(e.getMessage());
            }
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        new Benchmark(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        OUT.printf("Benchmark of the Đắk Lắk citizen feedback platform — %s, %d cores, load average %s%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(), PlatformProcesses.loadAverage());
        OUT.printf("  rates %s/s, %s each, stored %s, %d residents%n", options.rates, options.duration,
                options.stored, options.residents);
        awaitReady();
        processes = PlatformProcesses.find(portsByRole());
        OUT.println("  processes: " + processes.pids);

        try (EventTap tap = new EventTap(options.kafka, json);
             Residents residents = new Residents(http, json, options.identityUrl, options.notificationUrl,
                     options.tokenCache);
             MongoClient mongo = mongoClient()) {
            tap.start(Duration.ofSeconds(60));
            List<String> phones = new ArrayList<>();
            for (int i = 1; i <= options.residents; i++) {
                phones.add(String.format("%010d", options.phoneBase + i));
            }
            long t0 = System.nanoTime();
            List<Residents.Resident> signedIn = residents.signIn(phones);
            OUT.printf("  %d of %d residents signed in (%.1f s)%n", signedIn.size(), phones.size(),
                    (System.nanoTime() - t0) / 1e9);
            if (signedIn.isEmpty()) {
                throw new IllegalStateException("no resident could sign in");
            }
            residents.keepSignedIn();
            LoadGenerator generator = new LoadGenerator(http, json, options.feedbackUrl, options.timeout);
            ReportBodies bodies = new ReportBodies(json);
            StoreLoader loader = new StoreLoader(mongo, options.databases, options.pendingFields,
                    options.loadThreads, OUT);

            if (options.loadOnly) {
                topUp(options.stored.stream().mapToLong(Long::longValue).max().orElse(0), mongo, loader, generator,
                        signedIn, tap);
                return;
            }
            if (options.rawRecords > 0) {
                OUT.printf("%nRaw Kafka producer: %,d records of %d B, acks=all, to %s (load average %s)%n",
                        options.rawRecords, options.rawSize, options.rawTopic, PlatformProcesses.loadAverage());
                raw = RawProducer.run(options.kafka, options.rawTopic, options.rawRecords, options.rawSize);
                OUT.printf("  %,.0f records/s, %.1f MB/s (%.1f s, %d errors)%n", raw.recordsPerSecond(),
                        raw.megabytesPerSecond(), raw.seconds(), raw.errors());
            }
            if (!options.warmup.isZero()) {
                double rate = options.rates.stream().mapToDouble(Double::doubleValue).min().orElse(10);
                OUT.printf("%nWarm-up: %.0f/s for %s%n", rate, options.warmup);
                LoadGenerator.Phase w = generator.run(rate, options.warmup, signedIn, bodies);
                drain(w, tap);
                OUT.printf("  %d accepted, %d errors%n", w.accepted.size(), w.errorCount());
                tap.forget(w.accepted.stream().map(LoadGenerator.Accepted::id).toList());
            }
            for (long stored : options.stored) {
                long actual = topUp(stored, mongo, loader, generator, signedIn, tap);
                OUT.printf("%n=== %,d reports stored (target %,d), load average %s%n", actual, stored,
                        PlatformProcesses.loadAverage());
                for (double rate : options.rates) {
                    PhaseResult r = phase(actual, storedReports(mongo), rate, generator, signedIn, bodies, tap);
                    results.add(r);
                    OUT.printf("  %5.1f/s (%,d stored, load %s): accepted %.1f/s, completed %.1f/s, errors %s,"
                                    + " lost %d, p99 POST %s ms, p99 →notification %s ms, drained in %.0f s%n", rate,
                            r.stored, r.loadAverage.split(" ")[0], r.acceptedPerSecond, r.completedPerSecond,
                            r.errors, r.lost, Samples.millis(r.post.percentile(99)),
                            Samples.millis(r.toNotified.percentile(99)), r.drainSeconds);
                }
            }
            printTables();
            if (options.backlog > 0) {
                Backlog backlog = new Backlog(http, json, options.feedbackUrl, options.timeout, OUT);
                Backlog.Result b = backlog.run(options, generator, signedIn, residents, bodies, tap);
                b.drainSeconds = drain(b.filed, tap);
                List<String> ids = b.filed.accepted.stream().map(LoadGenerator.Accepted::id).toList();
                b.lost = ids.size() - tap.countNotified(ids);
                backlog.print(b);
            }
        } finally {
            httpExecutor.shutdownNow();
        }
    }

    private PhaseResult phase(long series, long stored, double rate, LoadGenerator generator,
                              List<Residents.Resident> residents, ReportBodies bodies, EventTap tap)
            throws InterruptedException {
        String load = PlatformProcesses.loadAverage();
        Map<String, Double> cpuBefore = processes.cpuSeconds();
        double selfBefore = PlatformProcesses.selfCpuSeconds();
        long start = System.nanoTime();
        LoadGenerator.Phase phase = generator.run(rate, options.duration, residents, bodies);
        double drained = drain(phase, tap);
        double wall = (System.nanoTime() - start) / 1e9;
        Map<String, Double> cpuAfter = processes.cpuSeconds();
        double self = PlatformProcesses.selfCpuSeconds() - selfBefore;
        PhaseResult r = PhaseResult.of(series, stored, phase, tap, load, cpuBefore, cpuAfter, self, wall,
                processes.rssMegabytes(), drained);
        tap.forget(phase.accepted.stream().map(LoadGenerator.Accepted::id).toList());
        return r;
    }

    /**
     * Waits until every accepted report of the phase has its routed notification, or no routed notification came for
     * {@code --drain-idle}, or {@code --drain-max} passed. Returns the seconds waited.
     */
    private double drain(LoadGenerator.Phase phase, EventTap tap) throws InterruptedException {
        List<String> ids = phase.accepted.stream().map(LoadGenerator.Accepted::id).toList();
        long start = System.nanoTime();
        while (true) {
            long now = System.nanoTime();
            if (tap.countNotified(ids) == ids.size()) {
                break;
            }
            long idle = now - Math.max(tap.lastNotificationNanos(), start);
            if (idle > options.drainIdle.toNanos() || now - start > options.drainMax.toNanos()) {
                break;
            }
            Thread.sleep(250);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Tops the store up to {@code target} reports by cloning; returns the number of reports stored now. */
    private long topUp(long target, MongoClient mongo, StoreLoader loader, LoadGenerator generator,
                       List<Residents.Resident> residents, EventTap tap) throws InterruptedException {
        long current = storedReports(mongo);
        if (target <= current) {
            return current;
        }
        OUT.printf("%nFilling the store: %,d reports stored, %,d to add by cloning%n", current, target - current);
        if (!loader.ready()) {
            List<StoreLoader.Seed> seeds = fileSeeds(residents, tap);
            long t0 = System.nanoTime();
            loader.prepare(seeds, Duration.ofSeconds(120));
            OUT.printf("  templates found in %.1f s%n%s", (System.nanoTime() - t0) / 1e9, loader.describe());
            current = storedReports(mongo);
        }
        long t0 = System.nanoTime();
        long toAdd = Math.max(0, target - current);
        long docs = loader.load(toAdd, options.loadBatch);
        OUT.printf("  %,d reports (%,d documents) added in %.1f s%n", toAdd, docs, (System.nanoTime() - t0) / 1e9);
        return storedReports(mongo);
    }

    /** Files the seed reports through the API (a resident's token, the seed phone as contact) and waits for them. */
    private List<StoreLoader.Seed> fileSeeds(List<Residents.Resident> residents, EventTap tap)
            throws InterruptedException {
        ReportBodies bodies = new ReportBodies(json);
        Residents.Resident filer = residents.get(0);
        List<StoreLoader.Seed> seeds = new ArrayList<>();
        for (int i = 0; i < options.seeds; i++) {
            String body = bodies.next(options.seedPhone);
            try {
                HttpResponse<String> resp = http.send(HttpRequest.newBuilder(
                                URI.create(options.feedbackUrl + "/api/v1/reports"))
                        .header("Content-Type", "application/json").header("Authorization", filer.bearer())
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .timeout(options.timeout).build(), HttpResponse.BodyHandlers.ofString());
                if (resp.statusCode() != 201) {
                    throw new IllegalStateException("seed report refused: " + resp.statusCode() + " " + resp.body());
                }
                var answer = json.readTree(resp.body());
                seeds.add(new StoreLoader.Seed(answer.path("id").asString(), answer.path("trackingCode").asString()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("seed report not filed: " + e.getMessage(), e);
            }
        }
        List<String> missing = tap.awaitNotified(seeds.stream().map(StoreLoader.Seed::reportId).toList(),
                Duration.ofMinutes(3));
        if (!missing.isEmpty()) {
            throw new IllegalStateException(missing.size() + " seed reports not routed and notified in 3 minutes");
        }
        OUT.printf("  %d seed reports filed and processed%n", seeds.size());
        return seeds;
    }

    /**
     * The stand-in answers one connection's requests on a shared worker thread, which a long collection scan of a
     * service can hold for seconds: generous timeouts, so that the driver's heartbeat does not give the server up.
     */
    private MongoClient mongoClient() {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(options.mongo))
                .applyToSocketSettings(s -> s.connectTimeout(2, TimeUnit.MINUTES).readTimeout(10, TimeUnit.MINUTES))
                .applyToClusterSettings(s -> s.serverSelectionTimeout(2, TimeUnit.MINUTES))
                .build());
    }

    private static long storedReports(MongoClient mongo) {
        return mongo.getDatabase("feedback-service").getCollection("reports").estimatedDocumentCount();
    }

    private void awaitReady() throws InterruptedException {
        for (String base : List.of(options.feedbackUrl, options.routingUrl(), options.notificationUrl,
                options.identityUrl)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(
                                    URI.create(base + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        break;
                    }
                } catch (java.io.IOException e) {
                    // not up yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(base + " is not ready: start the platform with ./run-local.sh");
                }
                Thread.sleep(1000);
            }
        }
    }

    private Map<String, List<Integer>> portsByRole() {
        Map<String, List<Integer>> m = new LinkedHashMap<>();
        m.put("launcher", List.of(port(options.kafka), URI.create(options.mongo.replace("mongodb://", "http://"))
                .getPort() < 0 ? 27017 : URI.create(options.mongo.replace("mongodb://", "http://")).getPort()));
        m.put("feedback", List.of(URI.create(options.feedbackUrl).getPort()));
        m.put("routing", List.of(URI.create(options.routingUrl()).getPort()));
        m.put("notification", List.of(URI.create(options.notificationUrl).getPort()));
        m.put("identity", List.of(URI.create(options.identityUrl).getPort()));
        return m;
    }

    private static int port(String hostPort) {
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1).split(",")[0]);
    }

    // --- output --------------------------------------------------------------------------------------------------

    private void printTables() {
        OUT.println();
        OUT.println("Throughput (per second over the phase; completed = reports whose resident got the routed"
                + " notification, over phase start → last such notification)");
        OUT.printf("%9s %9s %6s %9s %9s %9s %9s  %-22s %6s %5s %5s %5s %8s %6s%n", "series", "stored", "rate",
                "offered",
                "accepted", "completed", "÷raw", "errors", "unrout", "lost", "dup", "dupEv", "drain s", "load1");
        for (PhaseResult r : results) {
            OUT.printf("%,9d %,9d %6.1f %9.1f %9.1f %9.1f %9s  %-22s %6d %5d %5d %5d %8.0f %6s%n", r.series,
                    r.stored, r.rate,
                    r.offeredPerSecond, r.acceptedPerSecond, r.completedPerSecond,
                    raw == null ? "-" : String.format("%.5f", r.completedPerSecond / raw.recordsPerSecond()),
                    r.errors, r.notRouted, r.lost, r.duplicatedNotifications, r.duplicatedEvents, r.drainSeconds,
                    r.loadAverage.split(" ")[0]);
        }
        OUT.println();
        OUT.println("Latency in ms, p50 p95 p99 max (from the POST's scheduled send time; scheduler lag max shown)");
        OUT.printf("%9s %9s %6s  %-27s %-27s %-27s %7s%n", "series", "stored", "rate", "POST answered",
                "POST → ReportRouted", "POST → routed notification", "lag ms");
        for (PhaseResult r : results) {
            OUT.printf("%,9d %,9d %6.1f  %-27s %-27s %-27s %7s%n", r.series, r.stored, r.rate,
                    r.post.summaryMillis(),
                    r.toRouted.summaryMillis(), r.toNotified.summaryMillis(), Samples.millis(r.maxSchedulerLagMicros));
        }
        OUT.println();
        OUT.println("CPU seconds per accepted report (phase + drain, utime+stime of /proc/<pid>/stat), platform CPU %"
                + " of one core, resident memory after the phase");
        List<String> roles = new ArrayList<>(processes.pids.keySet());
        StringBuilder head = new StringBuilder(String.format("%9s %9s %6s", "series", "stored", "rate"));
        roles.forEach(role -> head.append(String.format(" %12s", role)));
        head.append(String.format(" %9s %7s %9s %8s", "platform", "cpu%", "benchmark", "RSS MB"));
        OUT.println(head);
        for (PhaseResult r : results) {
            StringBuilder row = new StringBuilder(String.format("%,9d %,9d %6.1f", r.series, r.stored, r.rate));
            roles.forEach(role -> row.append(String.format(" %12.4f", r.cpuPerReport.getOrDefault(role, Double.NaN))));
            row.append(String.format(" %9.4f %7.0f %9.4f %8.0f", r.platformCpuPerReport, r.platformCpuPercent,
                    r.benchmarkCpuPerReport, r.rssTotalMegabytes));
            OUT.println(row);
        }
        if (!results.isEmpty()) {
            OUT.println("  RSS MB by process after the last phase: " + format(results.get(results.size() - 1)
                    .rssMegabytes));
        }
        if (raw != null) {
            OUT.printf("%nRaw Kafka producer on the same broker: %,.0f records/s (%d B, acks=all)%n",
                    raw.recordsPerSecond(), raw.size());
        }
        OUT.println();
        OUT.println("Curve: completed reports/s / p99 POST → routed notification (ms), per series (reports stored at"
                + " its start) and rate");
        StringBuilder h = new StringBuilder(String.format("%9s", "series"));
        options.rates.forEach(rate -> h.append(String.format(" %20s", String.format("%.1f/s", rate))));
        h.append(String.format(" %12s", "best/s"));
        OUT.println(h);
        for (long series : results.stream().map(r -> r.series).distinct().toList()) {
            StringBuilder row = new StringBuilder(String.format("%,9d", series));
            double best = 0;
            for (double rate : options.rates) {
                PhaseResult r = results.stream().filter(x -> x.series == series && x.rate == rate).findFirst()
                        .orElse(null);
                row.append(String.format(" %20s", r == null ? "-" : String.format("%.1f / %s", r.completedPerSecond,
                        Samples.millis(r.toNotified.percentile(99)))));
                best = Math.max(best, r == null ? 0 : r.completedPerSecond);
            }
            row.append(String.format(" %12.1f", best));
            OUT.println(row);
        }
    }

    private static String format(Map<String, Double> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(String.format("%.0f", v)));
        return sb.toString();
    }
}
