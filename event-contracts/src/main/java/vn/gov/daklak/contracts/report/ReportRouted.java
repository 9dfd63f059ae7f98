package vn.gov.daklak.contracts.report;

import java.time.Instant;

/**
 * Routing decided who is responsible for a report and by when.
 *
 * @param method how the commune was found: {@code COMMUNE_CODE}, {@code POINT_IN_POLYGON}, {@code NEAREST} or
 *               {@code TRIAGE} (nothing matched: the province triage desk)
 * @param ruleId the routing rule that chose the team
 * @param reason a human-readable explanation of the decision (Vietnamese)
 */
public record ReportRouted(String reportId, String communeCode, String communeName, String teamId, String teamName,
                           String teamType, String method, String ruleId, String reason, Priority priority,
                           Instant acknowledgeBy, Instant resolveBy, Instant routedAt) {
}
