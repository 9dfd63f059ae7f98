package vn.gov.daklak.notification.api;

import java.time.Instant;
import java.util.List;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.notification.dispatch.ChannelFailure;
import vn.gov.daklak.notification.dispatch.Notification;
import vn.gov.daklak.notification.dispatch.NotificationStatus;
import vn.gov.daklak.notification.templates.TemplateKeys;

/**
 * A notification as shown over HTTP: the address masked, secrets (sign-in codes) never shown. {@code channel} and
 * {@code provider} are what delivered it; {@code channelFailures} the channels given up on before (fallback).
 */
record NotificationView(String id, String reportId, RecipientKind recipientKind, Channel channel, String address,
                        String templateKey, String text, NotificationStatus status, int attempts,
                        Instant createdAt, Instant sentAt, Instant failedAt, String failureReason, String provider,
                        boolean urgent, Instant heldUntil, List<FailureView> channelFailures) {
    static final String HIDDEN = "***";

    record FailureView(Channel channel, String provider, String reason, boolean permanent, Instant at) {
        static FailureView of(ChannelFailure f) {
            return new FailureView(f.channel(), f.provider(), f.reason(), f.permanent(), f.at());
        }
    }

    static NotificationView of(Notification n) {
        String text = TemplateKeys.SECRET.contains(n.templateKey()) && n.text() != null ? HIDDEN : n.text();
        return new NotificationView(n.id(), n.reportId(), n.recipientKind(), n.channel(),
                AddressMask.mask(n.channel(), n.address()), n.templateKey(), text, n.status(), n.attempts(),
                n.createdAt(), n.sentAt(), n.failedAt(),
                n.status() == NotificationStatus.FAILED ? n.lastError() : null, n.provider(), n.urgent(),
                n.heldUntil(), n.channelFailures().stream().map(FailureView::of).toList());
    }
}
