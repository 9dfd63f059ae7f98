package vn.gov.daklak.contracts.notification;

import java.time.Instant;
import java.util.Map;

/**
 * Another service asks for a message to be sent (a sign-in code, a staff alert). {@code requestId} makes the request
 * idempotent: the same id never sends twice.
 */
public record NotificationRequested(String requestId, RecipientKind recipientKind, String recipientId,
                                    Channel channel, String address, String templateKey,
                                    Map<String, String> parameters, String language, boolean urgent,
                                    String reportId, Instant requestedAt) {
}
