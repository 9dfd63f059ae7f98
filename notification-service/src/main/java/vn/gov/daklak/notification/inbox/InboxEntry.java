package vn.gov.daklak.notification.inbox;

import java.time.Instant;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.notification.dispatch.Notification;
import vn.gov.daklak.notification.dispatch.NotificationStatus;

/** One message in a person's inbox; {@code channel} is how it was (or is being) delivered besides. */
record InboxEntry(String id, String reportId, String templateKey, String text, Channel channel,
                  NotificationStatus status, Instant createdAt, Instant sentAt, boolean read, Instant readAt) {

    static InboxEntry of(Notification n) {
        return new InboxEntry(n.id(), n.reportId(), n.templateKey(), n.text(), n.channel(), n.status(),
                n.createdAt(), n.sentAt(), n.readAt() != null, n.readAt());
    }
}
