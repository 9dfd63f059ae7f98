package vn.gov.daklak.notification.recipients;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.gov.daklak.contracts.notification.Channel;

/**
 * Whose in-app inbox a notification is in: {@code resident:<id>}, {@code staff:<id>}, and every address it could go
 * to, normalized ({@code phone:84912345678}, {@code email:hoa@example.vn}, {@code in-app:<tracking code>}), so a
 * person finds their notifications by their id or by any of their addresses.
 */
public final class InboxKeys {

    private InboxKeys() {
    }

    public static String resident(String residentId) {
        return "resident:" + residentId.strip();
    }

    public static String staff(String staffId) {
        return "staff:" + staffId.strip();
    }

    public static Optional<String> of(Route route) {
        if (route.channel() == null || route.address() == null || route.address().isBlank()) {
            return Optional.empty();
        }
        return switch (route.channel()) {
            case SMS, ZALO -> PhoneNumbers.international(route.address()).map(p -> "phone:" + p);
            case EMAIL -> Optional.of(email(route.address()));
            case IN_APP -> Optional.of("in-app:" + route.address().strip());
        };
    }

    /** Keys for an address typed by a person: an e-mail, a phone number or a tracking code. */
    public static Set<String> ofAddress(String address) {
        Set<String> keys = new LinkedHashSet<>();
        if (address == null || address.isBlank()) {
            return keys;
        }
        if (address.contains("@")) {
            keys.add(email(address));
        } else {
            of(new Route(Channel.SMS, address)).ifPresent(keys::add);
            keys.add("in-app:" + address.strip());
        }
        return keys;
    }

    private static String email(String address) {
        return "email:" + address.strip().toLowerCase(Locale.ROOT);
    }
}
