package vn.gov.daklak.routing.casefile;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.routing.deadline.DeadlinePolicy;
import vn.gov.daklak.routing.decision.RoutingMethod;

/**
 * A report's routing as operators see it: the current assignment at the top, then the deadlines, every hop with its
 * rule, method and reason, what is known of its handling, and the escalation steps taken.
 */
record RoutingCaseView(String reportId, String categoryCode, Priority priority, String communeCode,
                       String communeName, String teamId, String teamName, String teamType, RoutingMethod method,
                       String ruleId, long ruleSetVersion, String reason, List<String> candidateCodes,
                       Instant routedAt, Instant acknowledgeBy, Instant resolveBy, Instant provinceEscalationBy,
                       DeadlinePolicy.Basis deadlineBasis, String deadlineRule, List<String> placeKinds,
                       int transfers, List<Hop> hops, Status status, List<EscalationStep> escalations) {

    record Status(ReportStatus lastStatus, Instant lastStatusAt, Instant acknowledgedAt, Instant finishedAt,
                  ReportStatus finishedStatus) {
    }

    static RoutingCaseView of(RoutingCase c) {
        var a = c.current();
        var d = c.deadlines();
        var p = c.progress();
        return new RoutingCaseView(c.reportId(), c.categoryCode(), c.priority(), a.communeCode(), a.communeName(),
                a.teamId(), a.teamName(), a.teamType(), a.method(), a.ruleId(), a.ruleSetVersion(), a.reason(),
                a.candidateCodes(), c.assignedAt(), d.acknowledgeBy(), d.resolveBy(), d.provinceEscalationBy(),
                d.basis(), d.rule(), c.facts().placeKinds(), c.transfers(), c.hops(),
                new Status(p.lastStatus(), p.lastStatusAt(), p.acknowledgedAt(), p.finishedAt(), p.finishedStatus()),
                c.escalations().values().stream().sorted(Comparator.comparing(EscalationStep::level)).toList());
    }
}
