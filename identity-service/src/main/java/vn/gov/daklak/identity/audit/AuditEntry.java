package vn.gov.daklak.identity.audit;

import java.time.Instant;

/**
 * One line of the audit log: who ({@code actor}, the token's subject, and the application it used), did what
 * ({@code action} on {@code target}, the request path), when, from where and with which outcome (HTTP status).
 * No personal data: subjects are ids, paths carry ids only.
 */
public record AuditEntry(String id, Instant at, String actor, String actorType, String clientId, String action,
                         String method, String target, int status, String ip) {
}
