package vn.gov.daklak.notification.api;

import java.time.Instant;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.notification.dispatch.Notification;
import vn.gov.daklak.notification.dispatch.NotificationStatus;
import vn.gov.daklak.notification.templates.TemplateKeys;

/** A notification as shown over HTTP: the address masked, secrets (sign-in codes) never shown. */
record NotificationView(String id, String reportId, RecipientKind recipientKind, Channel channel, String address,
                        String templateKey, String text, NotificationStatus status, int attempts,
                        Instant createdAt, Instant sentAt, Instant failedAt, String failureReason) {
    static final String HIDDEN = "***";

    static NotificationView of(Notification n) {
        String text = TemplateKeys.SECRET.contains(n.templateKey()) && n.text() != null ? HIDDEN : n.text();
        return new NotificationView(n.id(), n.reportId(), n.recipientKind(), n.channel(),
                AddressMask.mask(n.channel(), n.address()), n.templateKey(), text, n.status(), n.attempts(),
                n.createdAt(), n.sentAt(), n.failedAt(),
                n.status() == NotificationStatus.FAILED ? n.lastError() : null);
    }
}
