package vn.gov.daklak.contracts.report;

import java.time.Instant;

/**
 * A team asked to hand a report on to another team or commune. Routing accepts the target or decides again; the
 * deadlines keep running. Each accepted hop is published as a new {@code ReportRouted}.
 *
 * @param fromTeamId        the team that holds the report and asks to pass it on
 * @param targetTeamId      the team it should go to, if the requester knows it; may be null
 * @param targetCommuneCode the commune or ward it should go to (its team is chosen by the routing rules); may be null
 * @param reason            why the report is passed on, in Vietnamese (shown in the report's history)
 * @param actorId           the staff member who asked
 */
public record ReportTransferRequested(String reportId, String fromTeamId, String targetTeamId,
                                      String targetCommuneCode, String reason, String actorId,
                                      Instant requestedAt) {
}
