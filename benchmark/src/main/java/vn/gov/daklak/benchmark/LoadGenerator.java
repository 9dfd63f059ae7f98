package vn.gov.daklak.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.json.JsonMapper;

/**
 * Open-loop load: request k of a phase is due at {@code start + k / rate} and is sent then (asynchronously), whether
 * or not earlier requests were answered. Latency is measured from the due time, so a lagging scheduler cannot hide
 * waiting (the scheduler's lag is reported).
 */
final class LoadGenerator {
    /** An accepted report: its id and when its POST was due, in epoch microseconds. */
    record Accepted(String id, String trackingCode, long sentEpochMicros) {
    }

    static final class Phase {
        final double rate;
        final int offered;
        final double seconds;
        final long startEpochMicros;
        final List<Accepted> accepted = new ArrayList<>();
        final Map<String, Integer> errors = new TreeMap<>();
        final Samples postLatencyMicros = new Samples();
        long maxSchedulerLagMicros;

        Phase(double rate, int offered, double seconds, long startEpochMicros) {
            this.rate = rate;
            this.offered = offered;
            this.seconds = seconds;
            this.startEpochMicros = startEpochMicros;
        }

        int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final HttpClient http;
    private final JsonMapper json;
    private final URI reportsUri;
    private final Duration timeout;

    LoadGenerator(HttpClient http, JsonMapper json, String feedbackUrl, Duration timeout) {
        this.http = http;
        this.json = json;
        this.reportsUri = URI.create(feedbackUrl + "/api/v1/reports");
        this.timeout = timeout;
    }

    Phase run(double rate, Duration duration, List<Residents.Resident> residents, ReportBodies bodies)
            throws InterruptedException {
        int n = (int) Math.round(rate * duration.toMillis() / 1000.0);
        double intervalNanos = 1e9 / rate;
        long startNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long startEpochMicros = epochMicrosNow() + TimeUnit.NANOSECONDS.toMicros(startNanos - System.nanoTime());
        Phase phase = new Phase(rate, n, duration.toMillis() / 1000.0, startEpochMicros);
        List<CompletableFuture<?>> inFlight = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            long due = startNanos + Math.round(k * intervalNanos);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            long lag = (System.nanoTime() - due) / 1000;
            if (lag > phase.maxSchedulerLagMicros) {
                phase.maxSchedulerLagMicros = lag;
            }
            Residents.Resident resident = residents.get(k % residents.size());
            long sentEpochMicros = startEpochMicros + (due - startNanos) / 1000;
            HttpRequest request = HttpRequest.newBuilder(reportsUri)
                    .header("Content-Type", "application/json")
                    .header("Authorization", resident.bearer())
                    .timeout(timeout)
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.next(resident.phone)))
                    .build();
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> record(phase, due, sentEpochMicros, response, error)));
        }
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis() + 10_000, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // every request has its own timeout; failures are recorded per request
        }
        return phase;
    }

    private void record(Phase phase, long dueNanos, long sentEpochMicros, HttpResponse<String> response,
                        Throwable error) {
        long latency = (System.nanoTime() - dueNanos) / 1000;
        String id = null;
        String code = null;
        String failure = null;
        if (error != null) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            failure = cause instanceof HttpTimeoutException ? "timeout" : cause.getClass().getSimpleName();
        } else if (response.statusCode() != 201) {
            failure = String.valueOf(response.statusCode());
        } else {
            try {
                var body = json.readTree(response.body());
                id = body.path("id").asString();
                code = body.path("trackingCode").asString();
            } catch (RuntimeException e) {
                failure = "201-unreadable";
            }
        }
        synchronized (phase) {
            phase.postLatencyMicros.add(latency);
            if (failure != null) {
                phase.errors.merge(failure, 1, Integer::sum);
            } else {
                phase.accepted.add(new Accepted(id, code, sentEpochMicros));
            }
        }
    }

    static long epochMicrosNow() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }
}
