package vn.gov.daklak.contracts.notification;

import java.time.Instant;

/** A provider accepted a message for a recipient. {@code reportId} is null for messages not about a report. */
public record NotificationDelivered(String notificationId, String reportId, RecipientKind recipientKind,
                                    Channel channel, String templateKey, String providerMessageId,
                                    Instant deliveredAt) {
}
