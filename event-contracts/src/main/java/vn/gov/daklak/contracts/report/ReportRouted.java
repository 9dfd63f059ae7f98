package vn.gov.daklak.contracts.report;

import java.time.Instant;

/**
 * Routing decided who is responsible for a report and by when.
 *
 * @param method how the commune was found: {@code COMMUNE_CODE}, {@code POINT_IN_POLYGON}, {@code NEAREST},
 *               {@code ADDRESS_TEXT} (the unit named in the address, old names included) or {@code TRIAGE} (nothing
 *               matched unambiguously: the province triage desk); {@code TRANSFER} for a later hop made on a team's
 *               transfer request (a new ReportRouted per hop; deadlines unchanged)
 * @param ruleId the routing rule that chose the team
 * @param reason a human-readable explanation of the decision (Vietnamese)
 */
public record ReportRouted(String reportId, String communeCode, String communeName, String teamId, String teamName,
                           String teamType, String method, String ruleId, String reason, Priority priority,
                           Instant acknowledgeBy, Instant resolveBy, Instant routedAt) {
}
