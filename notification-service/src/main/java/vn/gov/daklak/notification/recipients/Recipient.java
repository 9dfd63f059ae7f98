package vn.gov.daklak.notification.recipients;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.RecipientKind;

/**
 * Who gets one notification, and how: the first route is tried first, the others are the fallbacks.
 *
 * @param id         stable identity of the person, part of the notification's idempotency key
 * @param language   an IETF language tag; anything but English means Vietnamese
 * @param quietHours the person's own quiet hours, or null for the service's
 * @param identities inbox keys of the person themselves ({@code resident:…}, {@code staff:…})
 */
public record Recipient(RecipientKind kind, String id, String language, List<Route> routes, QuietHours quietHours,
                        Set<String> identities) {

    public Recipient {
        if (routes == null || routes.isEmpty()) {
            throw new IllegalArgumentException("A recipient needs at least one route");
        }
        routes = List.copyOf(routes);
        identities = identities == null ? Set.of() : Set.copyOf(identities);
    }

    /** One channel and address, no fallback. */
    public Recipient(RecipientKind kind, String id, Channel channel, String address, String language) {
        this(kind, id, language, Collections.singletonList(new Route(channel, address)), null, Set.of());
    }

    /** The resident who filed {@code reportId}; there is exactly one per report. */
    public static Recipient reporterOf(String reportId, Contact contact) {
        return reporterOf(reportId, contact, null);
    }

    /** The reporter, reached as their current preferences (if known) say. */
    public static Recipient reporterOf(String reportId, Contact contact, ResidentPreferences preferences) {
        Contact reachable = preferences == null ? contact : preferences.applyTo(contact);
        return new Recipient(RecipientKind.CITIZEN, "reporter:" + reportId, reachable.language(),
                ChannelChoice.routes(reachable), preferences == null ? null : preferences.quietHours(),
                preferences == null ? Set.of() : Set.of(InboxKeys.resident(preferences.residentId())));
    }

    /**
     * A resident who follows {@code reportId} without having filed it, reached as their current preferences (if
     * known) say; one recipient per person and report ({@code personKey}), whichever event named them.
     */
    public static Recipient followerOf(String reportId, String personKey, Contact contact,
                                       ResidentPreferences preferences) {
        Contact reachable = preferences == null ? contact : preferences.applyTo(contact);
        String id = "follower:" + UUID.nameUUIDFromBytes((reportId + '|' + personKey).getBytes(UTF_8));
        return new Recipient(RecipientKind.CITIZEN, id, reachable.language(), ChannelChoice.routes(reachable),
                preferences == null ? null : preferences.quietHours(),
                preferences == null ? Set.of() : Set.of(InboxKeys.resident(preferences.residentId())));
    }

    public Channel channel() {
        return routes.get(0).channel();
    }

    public String address() {
        return routes.get(0).address();
    }

    public List<Route> fallbacks() {
        return routes.subList(1, routes.size());
    }

    /** Every key under which the person finds this in their inbox. */
    public Set<String> inboxKeys() {
        Set<String> keys = new LinkedHashSet<>(identities);
        routes.forEach(route -> InboxKeys.of(route).ifPresent(keys::add));
        return keys;
    }
}
