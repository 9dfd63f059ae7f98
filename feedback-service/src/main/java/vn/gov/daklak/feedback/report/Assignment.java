package vn.gov.daklak.feedback.report;

import java.time.Instant;

import vn.gov.daklak.contracts.report.Priority;

/** Who has a report and by when, as decided by routing-service. */
public record Assignment(String communeCode, String communeName, String teamId, String teamName, String teamType,
                         String method, String ruleId, String reason, Priority priority, Instant acknowledgeBy,
                         Instant resolveBy) {
}
