package vn.gov.daklak.feedback.lifecycle;

import java.time.Clock;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.gov.daklak.feedback.report.ReportChanges;
import vn.gov.daklak.feedback.report.Reports;
import vn.gov.daklak.feedback.report.Resolution;

/** Closes resolutions nobody confirmed or disputed within 7 days. Safe to run on every instance. */
@Component
public class AutoClose {
    private final Reports reports;
    private final ReportChanges changes;
    private final Clock clock;

    AutoClose(Reports reports, ReportChanges changes, Clock clock) {
        this.reports = reports;
        this.changes = changes;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${feedback.auto-close.interval:PT10M}", initialDelayString = "PT1M")
    public int run() {
        Instant now = clock.instant();
        int closed = 0;
        for (String reportId : reports.resolvedUntil(now.minus(Resolution.DISPUTE_WINDOW), 500)) {
            // re-checked on the fresh copy: an instance that got there first leaves nothing to do
            changes.apply(reportId, r -> r.closeIfUndisputed(clock.instant()));
            closed++;
        }
        return closed;
    }
}
