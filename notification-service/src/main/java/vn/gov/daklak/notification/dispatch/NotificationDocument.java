package vn.gov.daklak.notification.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.notification.recipients.QuietHours;
import vn.gov.daklak.notification.recipients.Route;
import vn.gov.daklak.platform.outbox.OutboxMessage;

/**
 * A notification as stored; {@code leaseUntil} and the {@code outbox} are delivery plumbing, not domain. Found by id,
 * by its queue, report or inbox through {@link MongoNotificationLookups}; the {@code pending} index serves the sweep.
 */
@Document(MongoNotificationRepository.COLLECTION)
@CompoundIndex(name = "pending", def = "{'status': 1, 'createdAt': 1}")
record NotificationDocument(@Id String id, String sourceId, String reportId, RecipientKind recipientKind,
                            String recipientId, Channel channel, String address, String language,
                            String templateKey, Map<String, String> parameters, String text,
                            NotificationStatus status, int attempts, long sequence, Instant createdAt,
                            Instant sentAt, Instant failedAt, String lastError, String providerMessageId,
                            boolean urgent, String quietStart, String quietEnd, List<Route> routes,
                            Set<String> inboxKeys, int routeIndex, int channelAttempts,
                            List<ChannelFailure> channelFailures, Instant heldUntil, String provider,
                            Instant readAt, Instant leaseUntil, List<OutboxMessage> outbox) {

    static NotificationDocument of(Notification n, List<OutboxMessage> outbox) {
        DeliveryPlan plan = n.plan();
        return new NotificationDocument(n.id(), n.sourceId(), n.reportId(), n.recipientKind(), n.recipientId(),
                n.channel(), n.address(), n.language(), n.templateKey(), n.parameters(), n.text(), n.status(),
                n.attempts(), n.sequence(), n.createdAt(), n.sentAt(), n.failedAt(), n.lastError(),
                n.providerMessageId(), plan.urgent(),
                plan.quietHours() == null ? null : plan.quietHours().start().toString(),
                plan.quietHours() == null ? null : plan.quietHours().end().toString(),
                plan.routes(), plan.inboxKeys(), n.routeIndex(), n.channelAttempts(), n.channelFailures(),
                n.heldUntil(), n.provider(), n.readAt(), null, outbox);
    }

    Notification toNotification() {
        DeliveryPlan plan = new DeliveryPlan(urgent, QuietHours.parse(quietStart, quietEnd),
                routes == null || routes.isEmpty() ? List.of(new Route(channel, address)) : routes, inboxKeys);
        return new Notification(id, sourceId, reportId, recipientKind, recipientId, channel, address, language,
                templateKey, parameters == null ? Map.of() : parameters, text, status, attempts, sequence, createdAt,
                sentAt, failedAt, lastError, providerMessageId, plan, routeIndex, channelAttempts, channelFailures,
                heldUntil, provider, readAt);
    }
}
