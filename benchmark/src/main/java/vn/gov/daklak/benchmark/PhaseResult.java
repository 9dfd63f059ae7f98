package vn.gov.daklak.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of one phase (one rate at one stored count), computed once the phase has drained. */
final class PhaseResult {
    /** reports stored when the series of phases started (its stored count) */
    long series;
    /** reports stored when this phase started (the series' count plus what earlier phases of it filed) */
    long stored;
    double rate;
    String loadAverage;
    double offeredPerSecond;
    double acceptedPerSecond;
    double completedPerSecond;
    int accepted;
    String errors;
    int errorCount;
    long notRouted;
    long lost;
    long duplicatedNotifications;
    long duplicatedEvents;
    long maxSchedulerLagMicros;
    double drainSeconds;
    Samples post;
    Samples toRouted = new Samples();
    Samples toNotified = new Samples();
    /** CPU seconds per accepted report, by role */
    Map<String, Double> cpuPerReport = new LinkedHashMap<>();
    double platformCpuPerReport;
    double benchmarkCpuPerReport;
    double platformCpuPercent;
    Map<String, Double> rssMegabytes = new LinkedHashMap<>();
    double rssTotalMegabytes;

    static PhaseResult of(long series, long stored, LoadGenerator.Phase phase, EventTap tap, String loadAverage,
                          Map<String, Double> cpuBefore, Map<String, Double> cpuAfter, double selfCpu,
                          double wallSeconds, Map<String, Double> rss, double drainSeconds) {
        PhaseResult r = new PhaseResult();
        r.series = series;
        r.stored = stored;
        r.rate = phase.rate;
        r.loadAverage = loadAverage;
        r.offeredPerSecond = phase.offered / phase.seconds;
        r.accepted = phase.accepted.size();
        r.acceptedPerSecond = r.accepted / phase.seconds;
        r.errorCount = phase.errorCount();
        StringBuilder errors = new StringBuilder();
        phase.errors.forEach((k, v) -> errors.append(errors.length() == 0 ? "" : " ").append(k).append('×').append(v));
        r.errors = errors.length() == 0 ? "0" : errors.toString();
        r.post = phase.postLatencyMicros;
        r.maxSchedulerLagMicros = phase.maxSchedulerLagMicros;
        r.drainSeconds = drainSeconds;
        long lastNotifiedMs = -1;
        long completed = 0;
        for (LoadGenerator.Accepted a : phase.accepted) {
            EventTap.Trace t = tap.trace(a.id());
            if (t == null || t.routedAtMs < 0) {
                r.notRouted++;
            } else {
                r.toRouted.add(t.routedAtMs * 1000 - a.sentEpochMicros());
            }
            if (t == null || t.notifiedAtMs < 0) {
                r.lost++;
                continue;
            }
            completed++;
            r.toNotified.add(t.notifiedAtMs * 1000 - a.sentEpochMicros());
            lastNotifiedMs = Math.max(lastNotifiedMs, t.notifiedAtMs);
            r.duplicatedNotifications += Math.max(0, t.notifications.size() - 1);
            for (int times : t.notifications.values()) {
                r.duplicatedEvents += times - 1;
            }
        }
        double span = (lastNotifiedMs * 1000.0 - phase.startEpochMicros) / 1e6;
        r.completedPerSecond = completed == 0 ? 0 : completed / Math.max(span, phase.seconds);
        double total = 0;
        for (var e : cpuAfter.entrySet()) {
            Double before = cpuBefore.get(e.getKey());
            double used = before == null || before < 0 || e.getValue() < 0 ? Double.NaN : e.getValue() - before;
            r.cpuPerReport.put(e.getKey(), r.accepted == 0 ? Double.NaN : used / r.accepted);
        }
        for (double v : r.cpuPerReport.values()) {
            if (!Double.isNaN(v)) {
                total += v;
            }
        }
        r.platformCpuPerReport = total;
        r.platformCpuPercent = r.accepted == 0 ? 0 : total * r.accepted / wallSeconds * 100;
        r.benchmarkCpuPerReport = r.accepted == 0 ? Double.NaN : selfCpu / r.accepted;
        r.rssMegabytes = rss;
        r.rssTotalMegabytes = rss.values().stream().mapToDouble(Double::doubleValue).sum();
        return r;
    }
}
