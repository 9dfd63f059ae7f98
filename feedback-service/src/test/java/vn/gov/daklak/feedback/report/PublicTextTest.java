package vn.gov.daklak.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.report.ReporterContact;

/** The one redactor of public text: phones and IDs however written, e-mails however disguised, the reporter's name. */
class PublicTextTest {
    private static final ReporterContact REPORTER = new ReporterContact("Nguyễn Thị Ngọc", "0912345678", "ngoc@x.vn",
            null, Channel.SMS, "vi");

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "0912 345 678", "0912.345.678", "0912-345-678", "0912/345/678",
            "0912_345_678", "(091) 234-5678", "+84 912 345 678", "０９１２３４５６７８", "０９１２－３４５－６７８",
            "079123456789", "0 9 1 2 3 4 5 6 7 8"})
    void phoneAndIdNumbersAreHiddenHoweverTheyAreWritten(String number) {
        String shown = PublicText.of("Gọi " + number + " nhé", REPORTER);
        assertThat(shown).isEqualTo("Gọi " + PublicText.HIDDEN + " nhé");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoa@example.vn", "hoa(at)example.vn", "hoa [at] example [dot] vn", "hoa (at) example.com.vn",
            "hoa a còng example chấm vn", "ｈｏａ＠ｅｘａｍｐｌｅ．ｖｎ", "hoa @ example.vn"})
    void emailsAreHiddenHoweverTheyAreDisguised(String email) {
        assertThat(PublicText.of("Liên hệ " + email, REPORTER)).isEqualTo("Liên hệ " + PublicText.HIDDEN);
    }

    @Test
    void theReportersNameIsHiddenButOrdinaryTextAndSmallNumbersStay() {
        assertThat(PublicText.of("Chị Ngọc (Nguyễn Thị Ngọc) báo ổ gà sâu 30 cm ở km 12, dài 2.5 m", REPORTER))
                .isEqualTo("Chị " + PublicText.HIDDEN + " (" + PublicText.HIDDEN + ") báo ổ gà sâu 30 cm ở km 12, "
                        + "dài 2.5 m");
        assertThat(PublicText.of("Gặp nhau at nhà văn hoá. Ok", REPORTER)).isEqualTo("Gặp nhau at nhà văn hoá. Ok");
    }
}
