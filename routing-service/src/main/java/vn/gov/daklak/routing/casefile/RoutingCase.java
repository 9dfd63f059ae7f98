package vn.gov.daklak.routing.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.gov.daklak.contracts.report.EscalationLevel;
import vn.gov.daklak.contracts.report.Lane;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.routing.deadline.DeadlinePolicy.Deadlines;
import vn.gov.daklak.routing.decision.Assignment;
import vn.gov.daklak.routing.decision.ReportFacts;

/**
 * Everything routing keeps about one report: the current assignment, every hop, the deadlines (fixed at the first
 * routing; transfers do not reset them), what is known of its handling and the escalation steps taken.
 *
 * @param version changes with every write; conditional writes use it to detect a concurrent change
 * @param lane    the topic the report's events travel on, as intake chose it; routing's own events follow it
 */
public record RoutingCase(String reportId, long version, String categoryCode, Priority priority, Assignment current,
                          Instant assignedAt, Deadlines deadlines, ReportFacts facts, List<Hop> hops, int transfers,
                          Progress progress, Map<EscalationLevel, EscalationStep> escalations,
                          Set<String> appliedEventIds, Lane lane) {

    public RoutingCase {
        hops = List.copyOf(hops);
        progress = progress == null ? Progress.none() : progress;
        escalations = escalations == null ? Map.of() : Map.copyOf(escalations);
        appliedEventIds = appliedEventIds == null ? Set.of() : Set.copyOf(appliedEventIds);
        lane = lane == null ? Lane.ORDINARY : lane;
    }

    public boolean hasApplied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    /** The deadline a step of the ladder waits for; null when the step does not apply to this report. */
    public Instant deadlineOf(EscalationLevel level) {
        return switch (level) {
            case TEAM_LEAD -> deadlines.acknowledgeBy();
            // a report without a commune (province triage) has no commune chairman to tell
            case COMMUNE_CHAIRMAN -> current.communeCode() == null ? null : deadlines.resolveBy();
            case PROVINCE_OPERATIONS -> deadlines.provinceEscalationBy();
        };
    }

    /**
     * The earliest deadline after {@code now} of a step that may still have to be taken (not taken yet, the report
     * not finished; the team lead's only while the report is not acknowledged), or null when none is left: when the
     * escalation calendar should look at this case next.
     */
    public Instant nextEscalationAfter(Instant now) {
        if (progress.finished()) {
            return null;
        }
        Instant next = null;
        for (EscalationLevel level : EscalationLevel.values()) {
            Instant deadline = deadlineOf(level);
            boolean open = deadline != null && deadline.isAfter(now) && !escalations.containsKey(level)
                    && (level != EscalationLevel.TEAM_LEAD || progress.acknowledgedAt() == null);
            if (open && (next == null || deadline.isBefore(next))) {
                next = deadline;
            }
        }
        return next;
    }

    /**
     * True if the step should be taken now: not taken yet, the report not finished, its deadline passed, and for
     * the team lead, the report still not acknowledged. {@link MongoRoutingCases#claim} checks the same conditions.
     */
    public boolean isDue(EscalationLevel level, Instant now) {
        Instant deadline = deadlineOf(level);
        return deadline != null && !deadline.isAfter(now) && !escalations.containsKey(level) && !progress.finished()
                && (level != EscalationLevel.TEAM_LEAD || progress.acknowledgedAt() == null);
    }
}
