package vn.gov.daklak.routing.decision;

import java.util.Objects;

import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.routing.teams.TeamDirectory;

/** Decides commune, team, priority and deadlines of a submitted report. No side effects. */
final class RoutingDecider {
    private final CommuneResolver communes;
    private final TeamSelector teams;
    private final PriorityPolicy priorities = new PriorityPolicy();
    private final DeadlinePolicy deadlines;

    RoutingDecider(CommuneLocator locator, TeamDirectory directory, DeadlinePolicy deadlines) {
        this.communes = new CommuneResolver(locator);
        this.teams = new TeamSelector(directory);
        this.deadlines = deadlines;
    }

    /** @throws NoTeamAvailableException when no team at all is known yet (retry later) */
    RoutingDecision decide(ReportSubmitted report) {
        Objects.requireNonNull(report.reportId(), "reportId");
        CommuneResolution place = communes.resolve(report);
        TeamAssignment assignment = teams.select(report.reportId(), place.commune());
        PriorityAssessment priority = priorities.assess(report);
        DeadlinePolicy.Deadlines due = deadlines.startNow(priority.priority());
        Commune commune = place.commune();
        return new RoutingDecision(report.reportId(), report.categoryCode(),
                commune == null ? null : commune.code(), commune == null ? null : commune.fullName(),
                assignment.team().teamId(), assignment.team().name(), assignment.team().teamType().name(),
                place.method(), assignment.ruleId(), reason(place, assignment, priority), priority.priority(),
                due.acknowledgeBy(), due.resolveBy(), due.routedAt());
    }

    private static String reason(CommuneResolution place, TeamAssignment assignment, PriorityAssessment priority) {
        String text = place.reason() + "; " + assignment.reason() + ".";
        return priority.reason().isEmpty() ? text : text + " Khẩn cấp: " + priority.reason() + ".";
    }
}
