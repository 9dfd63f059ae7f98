package vn.gov.daklak.routing.decision;

import java.time.Instant;

import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportRouted;

/** Who is responsible for a report, by when, and why. Decided once per report. */
public record RoutingDecision(String reportId, String categoryCode, String communeCode, String communeName,
                              String teamId, String teamName, String teamType, RoutingMethod method, String ruleId,
                              String reason, Priority priority, Instant acknowledgeBy, Instant resolveBy,
                              Instant routedAt) {

    public ReportRouted toEvent() {
        return new ReportRouted(reportId, communeCode, communeName, teamId, teamName, teamType, method.name(), ruleId,
                reason, priority, acknowledgeBy, resolveBy, routedAt);
    }
}
