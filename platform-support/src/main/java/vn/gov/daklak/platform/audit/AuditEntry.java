package vn.gov.daklak.platform.audit;

import java.time.Instant;

/**
 * One line of the audit log: who ({@code actor}, the access token's subject; {@code actorType} resident, staff or
 * client; {@code clientId}, the application it used), did what ({@code action} on {@code target}, e.g. a report id;
 * {@code method} and {@code path} of the request), when ({@code at}), with which outcome ({@code status}, the HTTP
 * status), under which {@code requestId} (the caller's {@code X-Request-Id}, if any) and from where ({@code ip}).
 * Never a request body: paths and path variables carry ids only, so an entry holds no personal data beyond the ids.
 */
public record AuditEntry(String id, Instant at, String actor, String actorType, String clientId, String action,
                         String method, String path, String target, int status, String requestId, String ip) {
}
