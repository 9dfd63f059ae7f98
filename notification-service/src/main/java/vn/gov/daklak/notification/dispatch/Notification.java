package vn.gov.daklak.notification.dispatch;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.notification.recipients.Recipient;
import vn.gov.daklak.notification.recipients.Route;
import vn.gov.daklak.notification.templates.RenderedMessage;

/**
 * One message to one recipient, and what became of it. {@code channel} and {@code address} are the route being
 * tried now ({@code plan.routes[routeIndex]}): a fallback moves the same notification to the next route, so a
 * message is still sent at most once per (event, recipient), whichever channel carries it.
 *
 * @param sourceId        the id of what caused it (the event id, or the request id of {@code notification.requested});
 *                        with recipient and first channel it determines {@link #id}
 * @param sequence        orders a report's notifications created within the same millisecond (0 = "received")
 * @param attempts        how many times delivery was started, on any channel
 * @param channelAttempts how many times on the current channel
 * @param heldUntil       when quiet hours last held it back, until then
 * @param provider        who accepted it ({@code zalo-zns}, {@code sms-gateway}, {@code smtp}, {@code local})
 * @param readAt          when the recipient marked it read in their in-app inbox
 */
public record Notification(String id, String sourceId, String reportId, RecipientKind recipientKind,
                           String recipientId, Channel channel, String address, String language, String templateKey,
                           Map<String, String> parameters, String text, NotificationStatus status, int attempts,
                           long sequence, Instant createdAt, Instant sentAt, Instant failedAt, String lastError,
                           String providerMessageId, DeliveryPlan plan, int routeIndex, int channelAttempts,
                           List<ChannelFailure> channelFailures, Instant heldUntil, String provider,
                           Instant readAt) {

    public Notification {
        parameters = parameters == null ? Map.of() : parameters;
        plan = plan == null ? new DeliveryPlan(false, null, List.of(new Route(channel, address)), null) : plan;
        channelFailures = channelFailures == null ? List.of() : List.copyOf(channelFailures);
    }

    public static Notification pending(String sourceId, String reportId, Recipient recipient,
                                       RenderedMessage message, long sequence, Instant now) {
        return pending(sourceId, reportId, recipient, message, sequence, false, now);
    }

    public static Notification pending(String sourceId, String reportId, Recipient recipient,
                                       RenderedMessage message, long sequence, boolean urgent, Instant now) {
        return new Notification(idFor(sourceId, recipient), sourceId, reportId, recipient.kind(), recipient.id(),
                recipient.channel(), recipient.address(), recipient.language(), message.templateKey(),
                message.parameters(), message.text(), NotificationStatus.PENDING, 0, sequence, now, null, null,
                null, null, planOf(recipient, urgent), 0, 0, List.of(), null, null, null);
    }

    /** A notification that cannot be sent at all (e.g. an unknown template was requested); recorded, not dropped. */
    public static Notification unsendable(String sourceId, String reportId, Recipient recipient, String templateKey,
                                          String reason, Instant now) {
        return new Notification(idFor(sourceId, recipient), sourceId, reportId, recipient.kind(), recipient.id(),
                recipient.channel(), recipient.address(), recipient.language(), templateKey, Map.of(), null,
                NotificationStatus.FAILED, 0, 0, now, null, now, reason, null, planOf(recipient, false), 0, 0,
                List.of(), null, null, null);
    }

    /** Exactly once per (source, recipient, first channel): the same inputs always give the same id. */
    static String idFor(String sourceId, Recipient recipient) {
        String key = sourceId + '|' + recipient.kind() + '|' + recipient.id() + '|' + recipient.channel();
        return UUID.nameUUIDFromBytes(key.getBytes(UTF_8)).toString();
    }

    private static DeliveryPlan planOf(Recipient recipient, boolean urgent) {
        return new DeliveryPlan(urgent, recipient.quietHours(), recipient.routes(), recipient.inboxKeys());
    }

    /** Kafka key of its outcome event: the report id for report notifications, else its own id. */
    public String eventKey() {
        return reportId != null ? reportId : id;
    }

    public boolean urgent() {
        return plan.urgent();
    }

    /** The route to fall back to when the current one cannot be used. */
    public Optional<Route> nextRoute() {
        return routeIndex + 1 < plan.routes().size() ? Optional.of(plan.routes().get(routeIndex + 1))
                : Optional.empty();
    }

    /**
     * What orders delivery: one recipient's notifications about one report go out in the order they were created;
     * different recipients (the resident, each staff member) do not wait for each other.
     */
    String queue() {
        return reportId == null ? null : reportId + '|' + recipientKind + '|' + recipientId;
    }
}
