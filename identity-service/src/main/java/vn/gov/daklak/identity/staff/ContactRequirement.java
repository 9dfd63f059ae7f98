package vn.gov.daklak.identity.staff;

import vn.gov.daklak.contracts.notification.Channel;

/** Which contact field a preferred channel cannot work without. */
final class ContactRequirement {

    private ContactRequirement() {
    }

    /** "phone", "email" or null when the channel has what it needs. */
    static String missingFor(Channel channel, String phone, String email) {
        return switch (channel) {
            case SMS, ZALO -> phone == null ? "phone" : null;
            case EMAIL -> email == null ? "email" : null;
            case IN_APP -> null;
        };
    }

    static String problem(Channel channel) {
        return "is required when preferredChannel is " + channel;
    }
}
