package vn.gov.daklak.routing.decision;

import java.time.Instant;

import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.routing.deadline.DeadlinePolicy.Deadlines;

/** The first routing of a report: the assignment, its priority and deadlines, and the facts it rests on. */
public record RoutingDecision(String reportId, Priority priority, Assignment assignment, Deadlines deadlines,
                              ReportFacts facts) {

    public Instant routedAt() {
        return deadlines.startedAt();
    }

    public ReportRouted toEvent() {
        return event(reportId, priority, assignment, deadlines, routedAt());
    }

    /** The event of one assignment: the deadlines stay those of the first decision. */
    public static ReportRouted event(String reportId, Priority priority, Assignment a, Deadlines deadlines,
                                     Instant routedAt) {
        return new ReportRouted(reportId, a.communeCode(), a.communeName(), a.teamId(), a.teamName(), a.teamType(),
                a.method().name(), a.ruleId(), a.reason(), priority, deadlines.acknowledgeBy(), deadlines.resolveBy(),
                routedAt);
    }
}
