package vn.gov.daklak.feedback.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.ReportChanges;

/**
 * What teams and residents do to a report. Every status change is a history entry and a
 * {@code ReportStatusChanged} event, written with the report in one document write.
 */
@Service
class ReportLifecycle {
    private final ReportChanges changes;
    private final Clock clock;
    private final MeterRegistry meters;

    ReportLifecycle(ReportChanges changes, Clock clock, MeterRegistry meters) {
        this.changes = changes;
        this.clock = clock;
        this.meters = meters;
    }

    Report changeStatus(String reportId, ReportStatus to, String staffId, String note) {
        return act(reportId, (report, now) -> report.changeStatus(to, staffId, "TEAM_MEMBER", note, now));
    }

    /** Applies {@code action} at the current time and counts the resulting status. */
    Report act(String reportId, BiConsumer<Report, Instant> action) {
        Report report = changes.apply(reportId, r -> action.accept(r, clock.instant()));
        meters.counter("feedback.reports.actions", "status", report.status().name()).increment();
        return report;
    }
}
