package vn.gov.daklak.notification.recipients;

import java.time.Instant;

import vn.gov.daklak.contracts.notification.Channel;

/**
 * How a resident wants to be reached, from {@code identity.contact-preferences-changed}. Applied to their reports
 * (matched by phone number or e-mail, since report events carry no resident id yet): what they set wins over what
 * they typed into an older report.
 */
public record ResidentPreferences(String residentId, Channel preferredChannel, String phone, String email,
                                  String zaloUserId, String language, QuietHours quietHours, Instant changedAt) {

    /** The report's contact as the resident now wants it. */
    public Contact applyTo(Contact contact) {
        return new Contact(contact.trackingCode(), or(phone, contact.phone()), or(email, contact.email()),
                or(zaloUserId, contact.zaloUserId()),
                preferredChannel != null ? preferredChannel : contact.preferredChannel(),
                or(language, contact.language()));
    }

    private static String or(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }
}
