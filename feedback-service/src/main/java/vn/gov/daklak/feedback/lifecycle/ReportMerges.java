package vn.gov.daklak.feedback.lifecycle;

import java.time.Clock;

import org.springframework.stereotype.Service;

import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.ReportChanges;
import vn.gov.daklak.feedback.report.ReportNotFoundException;
import vn.gov.daklak.feedback.report.Reports;

/**
 * A team merges a duplicate into the report it duplicates: the duplicate's reporter and followers become followers
 * of the canonical report (each a {@code ReportFollowerAdded} event), then the duplicate becomes DUPLICATE. Two
 * documents and no transactions: the canonical report is written first because adding a follower twice is a no-op,
 * so a merge interrupted between the two writes is completed by repeating it.
 */
@Service
class ReportMerges {
    private final Reports reports;
    private final ReportChanges changes;
    private final ReportLifecycle lifecycle;
    private final Clock clock;

    ReportMerges(Reports reports, ReportChanges changes, ReportLifecycle lifecycle, Clock clock) {
        this.reports = reports;
        this.changes = changes;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    Report merge(String duplicateId, String canonicalId, String staffId) {
        Report duplicate = reports.find(duplicateId).orElseThrow(() -> new ReportNotFoundException(duplicateId));
        Report canonical = reports.find(canonicalId).orElseThrow(() -> new ReportNotFoundException(canonicalId));
        duplicate.checkMergeableInto(canonical);
        changes.apply(canonicalId, c -> duplicate.residents()
                .forEach(resident -> c.follow(resident, duplicateId, clock.instant())));
        return lifecycle.act(duplicateId, (r, now) -> r.markDuplicateOf(canonicalId, staffId, now));
    }
}
