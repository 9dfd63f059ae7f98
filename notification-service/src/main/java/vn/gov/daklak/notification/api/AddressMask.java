package vn.gov.daklak.notification.api;

import vn.gov.daklak.contracts.notification.Channel;

/** Hides most of a personal address for listings: {@code 0912345678} becomes {@code 091****678}. */
final class AddressMask {

    private AddressMask() {
    }

    static String mask(Channel channel, String address) {
        if (address == null || channel == null) {
            return null;
        }
        return switch (channel) {
            case SMS, ZALO -> phone(address); // Zalo ZNS is addressed by phone number too
            case EMAIL -> email(address);
            // addressed by tracking code or staff id, which are not personal contact data
            case IN_APP -> address;
        };
    }

    static String phone(String phone) {
        return middle(phone, 3, 3);
    }

    static String email(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return middle(email, 1, 0);
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    private static String middle(String value, int keepStart, int keepEnd) {
        if (value.length() <= keepStart + keepEnd + 1) {
            return "*".repeat(value.length());
        }
        return value.substring(0, keepStart) + "*".repeat(value.length() - keepStart - keepEnd)
                + value.substring(value.length() - keepEnd);
    }
}
