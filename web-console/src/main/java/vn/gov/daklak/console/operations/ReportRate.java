package vn.gov.daklak.console.operations;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reports filed per minute over the last hour: feedback-service's counter {@code feedback_reports_submitted_total}
 * (all channels and categories) read once a minute, kept here as the differences between readings. No Prometheus
 * server is needed; after a restart of this application the chart starts empty.
 */
@Component
class ReportRate {

    private static final int MINUTES = 60;

    private final ServiceProbe probe;
    private final Deque<Point> points = new ArrayDeque<>();
    private Double lastTotal;

    record Point(Instant minute, long reports) {
    }

    ReportRate(ServiceProbe probe) {
        this.probe = probe;
    }

    @Scheduled(initialDelayString = "${console.report-rate.initial-delay:10s}", fixedRateString = "PT1M")
    void sample() {
        PrometheusText metrics = probe.metrics("feedback-service");
        if (!metrics.has("feedback_reports_submitted_total") && lastTotal == null) {
            return;
        }
        double total = metrics.sum("feedback_reports_submitted_total");
        synchronized (points) {
            if (lastTotal != null) {
                points.addLast(new Point(Instant.now().truncatedTo(ChronoUnit.MINUTES),
                        Math.max(0, Math.round(total - lastTotal))));
                while (points.size() > MINUTES) {
                    points.removeFirst();
                }
            }
            lastTotal = total;
        }
    }

    List<Point> lastHour() {
        synchronized (points) {
            return new ArrayList<>(points);
        }
    }
}
