package vn.gov.daklak.feedback.transparency;

import vn.gov.daklak.feedback.report.PublicText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.TimelineEntry;

/**
 * The part of a report's timeline the public sees: intake, routing and status changes, never who acted. Notes by the
 * team or the system are shown without contact details; what the resident wrote in an action (an answer, a reason to
 * reopen or withdraw) is replaced by the status label. Notifications, assignments to staff, edits, ratings and any
 * kind added later stay private.
 */
public final class PublicHistory {
    private static final Set<TimelineEntry.Kind> PUBLIC_KINDS = Set.of(TimelineEntry.Kind.SUBMITTED,
            TimelineEntry.Kind.ROUTED, TimelineEntry.Kind.STATUS_CHANGED);
    private static final String RESIDENT = "citizen";

    /** One public line; {@code index} is its position in the report's timeline (stable, so usable as an id). */
    public record Update(int index, Instant at, ReportStatus status, String note) {
    }

    private PublicHistory() {
    }

    public static List<Update> of(Report report) {
        List<TimelineEntry> timeline = report.timeline();
        List<Update> updates = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry entry = timeline.get(i);
            if (PUBLIC_KINDS.contains(entry.kind()) && entry.status() != null) {
                updates.add(new Update(i, entry.at(), entry.status(), note(report, entry)));
            }
        }
        return updates;
    }

    /** What the public reads about the current status: the latest public note for it, else its label. */
    public static String currentNote(Report report) {
        List<Update> updates = of(report);
        for (int i = updates.size() - 1; i >= 0; i--) {
            if (updates.get(i).status() == report.status()) {
                return updates.get(i).note();
            }
        }
        return PublicStatus.of(report.status()).label();
    }

    private static String note(Report report, TimelineEntry entry) {
        String label = PublicStatus.of(entry.status()).label();
        if (entry.kind() == TimelineEntry.Kind.SUBMITTED || RESIDENT.equals(entry.actor())
                || entry.note() == null || entry.note().isBlank()) {
            return label;
        }
        return PublicText.of(entry.note(), report.reporter());
    }
}
