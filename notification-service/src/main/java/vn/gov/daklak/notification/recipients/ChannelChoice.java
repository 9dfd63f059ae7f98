package vn.gov.daklak.notification.recipients;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.gov.daklak.contracts.notification.Channel;

/**
 * The channels a person is tried on, in order: the one they prefer if we have an address for it, then the fallback
 * chain SMS, e-mail (so Zalo → SMS → e-mail for a resident on Zalo). Zalo ZNS is addressed by phone number. With no
 * address at all, in-app (a resident's tracking code, a staff member's id), so there is always somewhere to put it.
 */
public final class ChannelChoice {
    private static final List<Channel> FALLBACK = List.of(Channel.SMS, Channel.EMAIL);

    private ChannelChoice() {
    }

    public static List<Route> routes(Contact contact) {
        List<Route> routes = routes(contact.preferredChannel(), contact.phone(), contact.email(),
                contact.trackingCode());
        if (routes.isEmpty()) {
            if (blank(contact.trackingCode())) {
                throw new IllegalArgumentException("A contact needs a tracking code to be reachable in-app");
            }
            return List.of(new Route(Channel.IN_APP, contact.trackingCode().strip()));
        }
        return routes;
    }

    /** Staff: their preferred channel, the fallbacks, and always their in-app inbox last. */
    public static List<Route> staffRoutes(Channel preferred, String phone, String email, String staffId) {
        List<Route> routes = new ArrayList<>(routes(preferred, phone, email, staffId));
        if (routes.stream().noneMatch(r -> r.channel() == Channel.IN_APP)) {
            routes.add(new Route(Channel.IN_APP, staffId));
        }
        return routes;
    }

    private static List<Route> routes(Channel preferred, String phone, String email, String inApp) {
        Set<Channel> order = new LinkedHashSet<>();
        if (preferred != null) {
            order.add(preferred);
        }
        order.addAll(FALLBACK);
        List<Route> routes = new ArrayList<>();
        for (Channel channel : order) {
            String address = switch (channel) {
                case ZALO, SMS -> phone;
                case EMAIL -> email;
                case IN_APP -> inApp;
            };
            if (!blank(address)) {
                routes.add(new Route(channel, address.strip()));
            }
        }
        return routes;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
