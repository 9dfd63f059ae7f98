package vn.gov.daklak.feedback.lifecycle;

import java.time.Clock;

import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.ReportChanges;

/** Team actions on a report. Every change is a history entry and a {@code ReportStatusChanged} event. */
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

    Report change(String reportId, ReportStatus to, String staffId, String note) {
        Report report = changes.apply(reportId,
                r -> r.changeStatus(to, staffId, "TEAM_MEMBER", note, clock.instant()));
        meters.counter("feedback.reports.transitions", "to", to.name()).increment();
        return report;
    }
}
