package vn.gov.daklak.feedback.transparency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.gov.daklak.feedback.report.Report;

/** Running figures of one statistics row. */
final class Tally {
    private long received;
    private long resolved;
    private long withDeadline;
    private long onTime;
    private long ratings;
    private long ratingSum;
    private final List<Long> secondsToResolve = new ArrayList<>();

    void add(Report report) {
        received++;
        if (report.rating() != null) {
            ratings++;
            ratingSum += report.rating().score();
        }
        if (!PublicReportView.isResolved(report)) {
            return;
        }
        resolved++;
        Instant resolvedAt = report.resolution().at();
        secondsToResolve.add(Duration.between(report.submittedAt(), resolvedAt).toSeconds());
        if (report.assignment() != null && report.assignment().resolveBy() != null) {
            withDeadline++;
            if (!resolvedAt.isAfter(report.assignment().resolveBy())) {
                onTime++;
            }
        }
    }

    PublicStats.Row row(String communeCode, String communeName, String categoryCode, String categoryName) {
        return new PublicStats.Row(communeCode, communeName, categoryCode, categoryName, received, resolved, onTime,
                withDeadline == 0 ? null : round((double) onTime / withDeadline, 3),
                secondsToResolve.isEmpty() ? null : round(median() / 3600, 1),
                ratings == 0 ? null : round((double) ratingSum / ratings, 2), ratings);
    }

    private double median() {
        List<Long> sorted = secondsToResolve.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
