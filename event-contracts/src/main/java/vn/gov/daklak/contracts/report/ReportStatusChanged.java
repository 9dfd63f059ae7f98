package vn.gov.daklak.contracts.report;

import java.time.Instant;

/**
 * A report moved from one status to another.
 *
 * @param actorId   who made the change (staff id, {@code citizen} or {@code system})
 * @param actorRole the actor's role at the time, e.g. {@code TEAM_MEMBER}, {@code CITIZEN}, {@code SYSTEM}
 * @param note      what the resident is told: the resolution, the reason for rejection, the question asked
 */
public record ReportStatusChanged(String reportId, ReportStatus from, ReportStatus to, String actorId,
                                  String actorRole, String note, String teamId, Instant changedAt) {
}
