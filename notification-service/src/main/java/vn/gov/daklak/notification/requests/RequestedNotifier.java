package vn.gov.daklak.notification.requests;

import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.NotificationRequested;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.notification.dispatch.Dispatcher;
import vn.gov.daklak.notification.dispatch.Notification;
import vn.gov.daklak.notification.recipients.InboxKeys;
import vn.gov.daklak.notification.recipients.Recipient;
import vn.gov.daklak.notification.recipients.Route;
import vn.gov.daklak.notification.templates.Languages;
import vn.gov.daklak.notification.templates.RenderedMessage;
import vn.gov.daklak.notification.templates.TemplateKeys;
import vn.gov.daklak.notification.templates.TemplateRenderer;

/**
 * Sends what another service asked for (sign-in codes, staff alerts) on the channel and address it named. A request
 * that cannot be sent (unknown template, missing parameter, no address) is recorded as FAILED and answered with
 * {@code notification.failed}, so the requester learns of it instead of waiting.
 */
@Service
public class RequestedNotifier {
    private final TemplateRenderer renderer;
    private final Dispatcher dispatcher;
    private final Clock clock;

    RequestedNotifier(TemplateRenderer renderer, Dispatcher dispatcher, Clock clock) {
        this.renderer = renderer;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    public void requested(String eventId, NotificationRequested request) {
        // the request id, not the event id: a request published twice under new event ids still sends once
        String sourceId = blank(request.requestId()) ? eventId : "request:" + request.requestId();
        Recipient recipient = recipientOf(request);
        if (recipient.channel() == null || blank(recipient.address())) {
            reject(sourceId, request, recipient, "no channel or address to send to");
            return;
        }
        if (blank(request.templateKey())) {
            reject(sourceId, request, recipient, "no template key");
            return;
        }
        RenderedMessage message;
        try {
            message = renderer.render(request.templateKey(), Languages.localeOf(request.language()),
                    request.parameters() == null ? Map.of() : request.parameters());
        } catch (IllegalArgumentException e) {
            reject(sourceId, request, recipient, e.getMessage());
            return;
        }
        boolean urgent = request.urgent() || TemplateKeys.ALWAYS_URGENT.contains(request.templateKey());
        dispatcher.submit(Notification.pending(sourceId, request.reportId(), recipient, message, 0, urgent,
                clock.instant()));
    }

    private void reject(String sourceId, NotificationRequested request, Recipient recipient, String reason) {
        dispatcher.reject(Notification.unsendable(sourceId, request.reportId(), recipient, request.templateKey(),
                reason, clock.instant()));
    }

    private static Recipient recipientOf(NotificationRequested request) {
        RecipientKind kind = request.recipientKind() == null ? RecipientKind.CITIZEN : request.recipientKind();
        String address = request.address();
        // in-app inboxes are addressed by the person's id when no explicit address is given
        if (blank(address) && request.channel() == Channel.IN_APP) {
            address = request.recipientId();
        }
        String id = blank(request.recipientId()) ? address : request.recipientId();
        // a staff member finds what was sent to them in their console inbox
        Set<String> identities = kind == RecipientKind.STAFF && !blank(request.recipientId())
                ? Set.of(InboxKeys.staff(request.recipientId())) : Set.of();
        return new Recipient(kind, id, request.language(), Collections.singletonList(new Route(request.channel(),
                address == null ? null : address.trim())), null, identities);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
