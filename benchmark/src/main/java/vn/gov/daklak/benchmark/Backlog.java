package vn.gov.daklak.benchmark;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.json.JsonMapper;

/**
 * The backlog phase: {@code --backlog} ordinary reports filed at {@code --backlog-rate}, then, while the platform works
 * them off, {@code --probes} probes {@code --probe-interval} apart, each a sign-in code for a new phone (request →
 * code in the local SMS sink) and an urgent report (POST → {@code ReportRouted} on the urgent lane, and → the
 * reporter's routed notification). Then the backlog is drained as any phase.
 */
final class Backlog {
    /** What the phase measured; latencies in microseconds. */
    static final class Result {
        LoadGenerator.Phase filed;
        final Samples code = new Samples();
        final Samples urgentRouted = new Samples();
        final Samples urgentNotified = new Samples();
        final List<Long> queuedAtProbe = new ArrayList<>();
        int codesMissing;
        int urgentMissing;
        double drainSeconds;
        long lost;
    }

    private final HttpClient http;
    private final JsonMapper json;
    private final String feedbackUrl;
    private final Duration timeout;
    private final PrintStream out;

    Backlog(HttpClient http, JsonMapper json, String feedbackUrl, Duration timeout, PrintStream out) {
        this.http = http;
        this.json = json;
        this.feedbackUrl = feedbackUrl;
        this.timeout = timeout;
        this.out = out;
    }

    Result run(Options options, LoadGenerator generator, List<Residents.Resident> signedIn, Residents residents,
               ReportBodies bodies, EventTap tap) throws Exception {
        Result result = new Result();
        out.printf("%nBacklog: %,d ordinary reports at %.0f/s (load average %s)%n", options.backlog,
                options.backlogRate, PlatformProcesses.loadAverage());
        result.filed = generator.run(options.backlogRate,
                Duration.ofMillis(Math.round(options.backlog * 1000 / options.backlogRate)), signedIn, bodies);
        List<String> ids = result.filed.accepted.stream().map(LoadGenerator.Accepted::id).toList();
        out.printf("  %,d accepted, errors %s; %,d already notified%n", ids.size(), result.filed.errors,
                tap.countNotified(ids));
        for (int i = 0; i < options.probes; i++) {
            long queued = ids.size() - tap.countNotified(ids);
            result.queuedAtProbe.add(queued);
            String phone = "037" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            long codeMs = residents.codeDeliveryMillis(phone, Duration.ofSeconds(60));
            if (codeMs < 0) {
                result.codesMissing++;
            } else {
                result.code.add(codeMs * 1000);
            }
            long[] urgent = urgentReport(signedIn.get(i % signedIn.size()), bodies, tap);
            if (urgent[0] < 0) {
                result.urgentMissing++;
            } else {
                result.urgentRouted.add(urgent[0]);
                if (urgent[1] >= 0) {
                    result.urgentNotified.add(urgent[1]);
                }
            }
            out.printf("  probe %d, %,d reports still queued: sign-in code %s ms, urgent report routed %s ms,"
                    + " its reporter told %s ms%n", i + 1, queued, codeMs < 0 ? "none in 60 s" : codeMs,
                    urgent[0] < 0 ? "not in 60 s" : Samples.millis(urgent[0]),
                    urgent[1] < 0 ? "not in 60 s" : Samples.millis(urgent[1]));
            Thread.sleep(options.probeInterval.toMillis());
        }
        return result;
    }

    /** POST → routed and POST → the reporter's routed notification in microseconds, each -1 if not within 60 s. */
    private long[] urgentReport(Residents.Resident resident, ReportBodies bodies, EventTap tap) throws Exception {
        long sentMicros = LoadGenerator.epochMicrosNow();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(feedbackUrl + "/api/v1/reports"))
                .header("Content-Type", "application/json").header("Authorization", resident.bearer())
                .POST(HttpRequest.BodyPublishers.ofString(bodies.urgent(resident.phone), StandardCharsets.UTF_8))
                .timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("urgent report refused: " + response.statusCode() + " "
                    + response.body());
        }
        String id = json.readTree(response.body()).path("id").asString();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long routed = -1;
        long notified = -1;
        while (System.nanoTime() < deadline && (routed < 0 || notified < 0)) {
            EventTap.Trace t = tap.trace(id);
            if (t != null && t.routedAtMs >= 0) {
                routed = t.routedAtMs * 1000 - sentMicros;
            }
            if (t != null && t.notifiedAtMs >= 0) {
                notified = t.notifiedAtMs * 1000 - sentMicros;
            }
            Thread.sleep(20);
        }
        tap.forget(List.of(id));
        return new long[] {routed, notified};
    }

    void print(Result r) {
        out.println();
        out.printf("Backlog of %,d ordinary reports (accepted %.1f/s; drained in %.0f s, lost %d): probes while it was"
                        + " worked off, ms p50 / max (reports still queued at the first and last probe: %s, %s)%n",
                r.filed.accepted.size(), r.filed.accepted.size() / r.filed.seconds, r.drainSeconds, r.lost,
                r.queuedAtProbe.isEmpty() ? "-" : r.queuedAtProbe.get(0),
                r.queuedAtProbe.isEmpty() ? "-" : r.queuedAtProbe.get(r.queuedAtProbe.size() - 1));
        out.printf("  sign-in code request → code in the SMS sink: %s / %s (%d of %d within 60 s)%n",
                Samples.millis(r.code.percentile(50)), Samples.millis(r.code.max()), r.code.count(),
                r.code.count() + r.codesMissing);
        out.printf("  urgent report POST → ReportRouted:          %s / %s (%d of %d within 60 s)%n",
                Samples.millis(r.urgentRouted.percentile(50)), Samples.millis(r.urgentRouted.max()),
                r.urgentRouted.count(), r.urgentRouted.count() + r.urgentMissing);
        out.printf("  urgent report POST → its reporter told:     %s / %s%n",
                Samples.millis(r.urgentNotified.percentile(50)), Samples.millis(r.urgentNotified.max()));
    }
}
