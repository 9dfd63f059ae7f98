package vn.gov.daklak.notification.dispatch;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.notification.recipients.Recipient;
import vn.gov.daklak.notification.templates.RenderedMessage;

/**
 * One message to one recipient on one channel, and what became of it.
 *
 * @param sourceId the id of what caused it (the event id, or the request id of {@code notification.requested});
 *                 with recipient and channel it determines {@link #id}
 * @param sequence orders a report's notifications created within the same millisecond (0 = "received")
 * @param attempts how many times delivery was started
 */
public record Notification(String id, String sourceId, String reportId, RecipientKind recipientKind,
                           String recipientId, Channel channel, String address, String language, String templateKey,
                           Map<String, String> parameters, String text, NotificationStatus status, int attempts,
                           long sequence, Instant createdAt, Instant sentAt, Instant failedAt, String lastError,
                           String providerMessageId) {

    public static Notification pending(String sourceId, String reportId, Recipient recipient,
                                       RenderedMessage message, long sequence, Instant now) {
        return new Notification(idFor(sourceId, recipient), sourceId, reportId, recipient.kind(), recipient.id(),
                recipient.channel(), recipient.address(), recipient.language(), message.templateKey(),
                message.parameters(), message.text(), NotificationStatus.PENDING, 0, sequence, now, null, null,
                null, null);
    }

    /** A notification that cannot be sent at all (e.g. an unknown template was requested); recorded, not dropped. */
    public static Notification unsendable(String sourceId, String reportId, Recipient recipient, String templateKey,
                                          String reason, Instant now) {
        return new Notification(idFor(sourceId, recipient), sourceId, reportId, recipient.kind(), recipient.id(),
                recipient.channel(), recipient.address(), recipient.language(), templateKey, Map.of(), null,
                NotificationStatus.FAILED, 0, 0, now, null, now, reason, null);
    }

    /** Exactly once per (source, recipient, channel): the same inputs always give the same id. */
    static String idFor(String sourceId, Recipient recipient) {
        String key = sourceId + '|' + recipient.kind() + '|' + recipient.id() + '|' + recipient.channel();
        return UUID.nameUUIDFromBytes(key.getBytes(UTF_8)).toString();
    }

    /** Kafka key of its outcome event: the report id for report notifications, else its own id. */
    public String eventKey() {
        return reportId != null ? reportId : id;
    }
}
