package vn.gov.daklak.notification.recipients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.notification.recipients.ChannelChoice.Choice;

class ChannelChoiceTest {

    @Test
    void preferredChannelWhenItHasAnAddress() {
        assertThat(ChannelChoice.choose(contact("0912345678", "a@b.vn", "zalo-123", Channel.ZALO)))
                .isEqualTo(new Choice(Channel.ZALO, "zalo-123"));
        assertThat(ChannelChoice.choose(contact("0912345678", "a@b.vn", "zalo-123", Channel.EMAIL)))
                .isEqualTo(new Choice(Channel.EMAIL, "a@b.vn"));
    }

    @Test
    void fallsBackToSmsThenEmailThenInApp() {
        assertThat(ChannelChoice.choose(contact("0912345678", "a@b.vn", null, Channel.ZALO)))
                .isEqualTo(new Choice(Channel.SMS, "0912345678"));
        assertThat(ChannelChoice.choose(contact(null, "a@b.vn", " ", Channel.ZALO)))
                .isEqualTo(new Choice(Channel.EMAIL, "a@b.vn"));
        assertThat(ChannelChoice.choose(contact(null, null, null, Channel.SMS)))
                .isEqualTo(new Choice(Channel.IN_APP, "DL-7K2M9QX"));
    }

    @Test
    void noPreferenceMeansSms() {
        assertThat(ChannelChoice.choose(contact(" 0912345678 ", "a@b.vn", "zalo-123", null)))
                .isEqualTo(new Choice(Channel.SMS, "0912345678"));
    }

    @Test
    void anonymousReporterIsToldInAppByTrackingCode() {
        Recipient recipient = Recipient.reporterOf("r-1", Contact.anonymous("DL-7K2M9QX"));

        assertThat(recipient).isEqualTo(new Recipient(RecipientKind.CITIZEN, "reporter:r-1", Channel.IN_APP,
                "DL-7K2M9QX", null));
    }

    private static Contact contact(String phone, String email, String zalo, Channel preferred) {
        return new Contact("DL-7K2M9QX", phone, email, zalo, preferred, "vi");
    }
}
