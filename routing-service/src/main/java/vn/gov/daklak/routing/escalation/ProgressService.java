package vn.gov.daklak.routing.escalation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.routing.casefile.NoRoutingCaseException;
import vn.gov.daklak.routing.casefile.Progress;
import vn.gov.daklak.routing.casefile.RoutingCase;
import vn.gov.daklak.routing.casefile.RoutingCases;

/**
 * Learns from {@code ReportStatusChanged} whether a report was acknowledged or finished, which stops the
 * escalation ladder. Each event is applied once (its id is stored in the case in the same write).
 */
@Service
public class ProgressService {
    private static final Logger log = LoggerFactory.getLogger(ProgressService.class);
    private static final int ATTEMPTS = 5;

    private final RoutingCases cases;

    ProgressService(RoutingCases cases) {
        this.cases = cases;
    }

    public void apply(ReportStatusChanged changed, String eventId) {
        if (changed.reportId() == null || changed.to() == null || changed.changedAt() == null) {
            throw new IllegalArgumentException("ReportStatusChanged " + eventId + " lacks reportId, to or changedAt");
        }
        if (!Progress.matters(changed.to())) {
            return;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            RoutingCase c = cases.find(changed.reportId()).orElseThrow(() -> new NoRoutingCaseException(
                    changed.reportId(), "status " + changed.to()));
            if (c.hasApplied(eventId)) {
                return;
            }
            if (isFromAnotherTeam(changed, c)) {
                log.info("Ignoring {} of report {} by team {}: it is now with {}", changed.to(), c.reportId(),
                        changed.teamId(), c.current().teamId());
                if (cases.markApplied(c, eventId)) {
                    return;
                }
                continue;
            }
            if (cases.updateProgress(c, c.progress().after(changed.to(), changed.changedAt()), eventId)) {
                return;
            }
        }
        throw new OptimisticLockingFailureException("Report " + changed.reportId() + " kept changing; retry");
    }

    /** An acknowledgement by the team that passed the report on does not count for the team that has it now. */
    private static boolean isFromAnotherTeam(ReportStatusChanged changed, RoutingCase c) {
        boolean acknowledging = changed.to() == ReportStatus.ACKNOWLEDGED || changed.to() == ReportStatus.IN_PROGRESS
                || changed.to() == ReportStatus.NEED_INFO;
        return acknowledging && changed.teamId() != null && !changed.teamId().equals(c.current().teamId());
    }
}
