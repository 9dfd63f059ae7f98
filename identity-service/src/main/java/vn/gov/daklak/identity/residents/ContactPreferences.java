package vn.gov.daklak.identity.residents;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gov.daklak.contracts.notification.Channel;

/**
 * How a resident wants to be told of their reports: the channel, the addresses besides their signed-in phone, the
 * language and quiet hours (local time, Asia/Ho_Chi_Minh, e.g. 21:00–07:00; both or neither). Body of
 * {@code PUT /api/v1/me/contact-preferences} and what it answers.
 */
public record ContactPreferences(
        @NotNull Channel preferredChannel,
        @Email @Size(max = 254) String email,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, - and _ only") String zaloUserId,
        @Pattern(regexp = "vi|en", message = "vi or en") String language,
        @Pattern(regexp = HH_MM, message = "HH:mm, e.g. 21:00") String quietHoursStart,
        @Pattern(regexp = HH_MM, message = "HH:mm, e.g. 07:00") String quietHoursEnd) {

    static final String HH_MM = "([01]\\d|2[0-3]):[0-5]\\d";

    /** Before a resident says anything: SMS to the phone they signed in with, or in-app only, in Vietnamese. */
    static ContactPreferences defaults(String phone) {
        return new ContactPreferences(phone == null ? Channel.IN_APP : Channel.SMS, null, null, "vi", null, null);
    }

    public ContactPreferences {
        language = language == null ? "vi" : language;
    }

    @AssertTrue(message = "quiet hours need both a start and an end, or neither")
    boolean isQuietHoursComplete() {
        return (quietHoursStart == null) == (quietHoursEnd == null);
    }

    @AssertTrue(message = "e-mail as the preferred channel needs an e-mail address")
    boolean isEmailReachable() {
        return preferredChannel != Channel.EMAIL || (email != null && !email.isBlank());
    }

    @Override
    public String toString() {
        return "ContactPreferences[" + preferredChannel + ", " + language + "]";
    }
}
