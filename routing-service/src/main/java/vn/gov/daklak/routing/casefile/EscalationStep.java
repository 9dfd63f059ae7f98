package vn.gov.daklak.routing.casefile;

import java.time.Instant;

import vn.gov.daklak.contracts.report.EscalationLevel;

/** One step of the escalation ladder taken for a report (taken once: its level is the key). */
public record EscalationStep(EscalationLevel level, Instant at, Instant missedDeadline, String teamId,
                             String communeCode, String reason, String eventId) {
}
