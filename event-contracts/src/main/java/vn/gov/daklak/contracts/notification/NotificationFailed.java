package vn.gov.daklak.contracts.notification;

import java.time.Instant;

/** A message could not be delivered; {@code permanent} failures are not retried. */
public record NotificationFailed(String notificationId, String reportId, RecipientKind recipientKind,
                                 Channel channel, String templateKey, String reason, boolean permanent,
                                 Instant failedAt) {
}
