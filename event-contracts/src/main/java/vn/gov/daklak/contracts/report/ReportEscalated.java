package vn.gov.daklak.contracts.report;

import java.time.Instant;

/** A deadline passed and the report went one step up the escalation ladder. Published once per step. */
public record ReportEscalated(String reportId, EscalationLevel level, String reason, String communeCode,
                              String teamId, Instant missedDeadline, Instant escalatedAt) {
}
