package vn.gov.daklak.routing.casefile;

import java.time.Instant;
import java.util.Set;

import vn.gov.daklak.contracts.report.ReportStatus;

/**
 * What routing knows of a report's handling, from {@code ReportStatusChanged}: enough to stop the escalation
 * ladder. Acknowledged stops the team-lead step; finished (resolved, closed, rejected, withdrawn, duplicate) stops all
 * steps; reopened (after it was finished) starts them again, deadlines unchanged.
 */
public record Progress(ReportStatus lastStatus, Instant lastStatusAt, Instant acknowledgedAt, Instant finishedAt,
                       ReportStatus finishedStatus, Instant reopenedAt) {

    private static final Set<ReportStatus> ACKNOWLEDGING = Set.of(ReportStatus.ACKNOWLEDGED,
            ReportStatus.IN_PROGRESS, ReportStatus.NEED_INFO);
    private static final Set<ReportStatus> FINISHING = Set.of(ReportStatus.RESOLVED, ReportStatus.CLOSED,
            ReportStatus.REJECTED, ReportStatus.WITHDRAWN, ReportStatus.DUPLICATE);

    public static Progress none() {
        return new Progress(null, null, null, null, null, null);
    }

    /** True for the statuses that change the ladder. */
    public static boolean matters(ReportStatus status) {
        return ACKNOWLEDGING.contains(status) || FINISHING.contains(status) || status == ReportStatus.REOPENED;
    }

    public boolean finished() {
        return finishedAt != null;
    }

    /** This progress after the report moved to {@code to} at {@code at} (events may arrive late or twice). */
    public Progress after(ReportStatus to, Instant at) {
        ReportStatus last = lastStatus;
        Instant lastAt = lastStatusAt;
        if (lastAt == null || !at.isBefore(lastAt)) {
            last = to;
            lastAt = at;
        }
        Instant ack = acknowledgedAt;
        Instant finished = finishedAt;
        ReportStatus finishedAs = finishedStatus;
        Instant reopened = reopenedAt;
        if (ACKNOWLEDGING.contains(to) && ack == null) {
            ack = at;
        } else if (FINISHING.contains(to) && (reopened == null || at.isAfter(reopened))) {
            if (finished == null) {
                finished = at;
            }
            finishedAs = to;
            if (ack == null) {
                ack = at;
            }
        } else if (to == ReportStatus.REOPENED && finished != null && !at.isBefore(finished)) {
            finished = null;
            finishedAs = null;
            reopened = at;
        }
        return new Progress(last, lastAt, ack, finished, finishedAs, reopened);
    }

    /** The same progress for a new team: it has to acknowledge the report itself. */
    public Progress newTeam() {
        return new Progress(lastStatus, lastStatusAt, null, finishedAt, finishedStatus, reopenedAt);
    }
}
