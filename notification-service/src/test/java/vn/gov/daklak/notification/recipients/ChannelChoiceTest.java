package vn.gov.daklak.notification.recipients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.RecipientKind;

class ChannelChoiceTest {

    @Test
    void zaloFirstWhenPreferredThenSmsThenEmail() {
        assertThat(ChannelChoice.routes(contact("0912345678", "a@b.vn", Channel.ZALO))).containsExactly(
                new Route(Channel.ZALO, "0912345678"), new Route(Channel.SMS, "0912345678"),
                new Route(Channel.EMAIL, "a@b.vn"));
        assertThat(ChannelChoice.routes(contact("0912345678", "a@b.vn", Channel.EMAIL))).containsExactly(
                new Route(Channel.EMAIL, "a@b.vn"), new Route(Channel.SMS, "0912345678"));
    }

    @Test
    void channelsWithoutAnAddressAreSkipped() {
        assertThat(ChannelChoice.routes(contact(null, "a@b.vn", Channel.ZALO)))
                .containsExactly(new Route(Channel.EMAIL, "a@b.vn"));
        assertThat(ChannelChoice.routes(contact(" 0912345678 ", " ", null)))
                .containsExactly(new Route(Channel.SMS, "0912345678"));
    }

    @Test
    void withNoAddressAtAllTheResidentIsToldInAppByTrackingCode() {
        assertThat(ChannelChoice.routes(contact(null, null, Channel.SMS)))
                .containsExactly(new Route(Channel.IN_APP, "DL-7K2M9QX"));

        Recipient recipient = Recipient.reporterOf("r-1", Contact.anonymous("DL-7K2M9QX"));
        assertThat(recipient.kind()).isEqualTo(RecipientKind.CITIZEN);
        assertThat(recipient.id()).isEqualTo("reporter:r-1");
        assertThat(recipient.channel()).isEqualTo(Channel.IN_APP);
        assertThat(recipient.address()).isEqualTo("DL-7K2M9QX");
        assertThat(recipient.inboxKeys()).containsExactly("in-app:DL-7K2M9QX");
    }

    @Test
    void staffAlwaysHaveTheirConsoleInboxLast() {
        assertThat(ChannelChoice.staffRoutes(Channel.EMAIL, "0987654321", "cb@daklak.gov.vn", "staff-1"))
                .containsExactly(new Route(Channel.EMAIL, "cb@daklak.gov.vn"), new Route(Channel.SMS, "0987654321"),
                        new Route(Channel.IN_APP, "staff-1"));
        assertThat(ChannelChoice.staffRoutes(null, null, null, "staff-1"))
                .containsExactly(new Route(Channel.IN_APP, "staff-1"));
    }

    @Test
    void residentsPreferencesWinOverWhatTheyTypedIntoTheReport() {
        ResidentPreferences preferences = new ResidentPreferences("res-9", Channel.EMAIL, null, "hoa@example.vn",
                null, "en", new QuietHours(LocalTime.of(22, 0), LocalTime.of(6, 0)), Instant.EPOCH);

        Recipient recipient = Recipient.reporterOf("r-1", contact("0912345678", null, Channel.SMS), preferences);

        assertThat(recipient.routes()).containsExactly(new Route(Channel.EMAIL, "hoa@example.vn"),
                new Route(Channel.SMS, "0912345678"));
        assertThat(recipient.language()).isEqualTo("en");
        assertThat(recipient.quietHours()).isEqualTo(preferences.quietHours());
        assertThat(recipient.inboxKeys()).containsExactlyInAnyOrder("resident:res-9", "email:hoa@example.vn",
                "phone:84912345678");
    }

    @Test
    void vietnameseMobileNumbersInTheFormProvidersWant() {
        assertThat(PhoneNumbers.international("0912 345 678")).contains("84912345678");
        assertThat(PhoneNumbers.international("+84 912.345.678")).contains("84912345678");
        assertThat(PhoneNumbers.international("84912345678")).contains("84912345678");
        assertThat(PhoneNumbers.international("02623812345")).isEmpty(); // a landline
        assertThat(PhoneNumbers.international("0112345678")).isEmpty();
        assertThat(PhoneNumbers.international("not a number")).isEmpty();
    }

    @Test
    void quietHoursMaySpanMidnight() {
        QuietHours night = QuietHours.parse("21:00", "7:00");
        assertThat(night.contains(LocalTime.of(23, 30))).isTrue();
        assertThat(night.contains(LocalTime.of(6, 59))).isTrue();
        assertThat(night.contains(LocalTime.of(7, 0))).isFalse();
        assertThat(night.contains(LocalTime.of(20, 59))).isFalse();
        assertThat(QuietHours.parse("12:00", "13:00").contains(LocalTime.of(12, 30))).isTrue();
        assertThat(QuietHours.parse("", "07:00")).isNull();
        assertThat(QuietHours.parse("nine", "07:00")).isNull();
    }

    private static Contact contact(String phone, String email, Channel preferred) {
        return new Contact("DL-7K2M9QX", phone, email, null, preferred, "vi");
    }
}
