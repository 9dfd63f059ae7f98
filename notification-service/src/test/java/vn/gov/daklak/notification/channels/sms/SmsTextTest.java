package vn.gov.daklak.notification.channels.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.notification.channels.sms.SmsGatewayProperties.Limits;

class SmsTextTest {
    private static final Limits LIMITS = new Limits(160, 153, 70, 67);

    @Test
    void vietnameseIsFoldedToAsciiWhenTheProfileSaysSo() {
        SmsText text = SmsText.prepare("Phản ánh DL-7K2M9QX đã được giải quyết. Kết quả: “Đã vá ổ gà”. Đắk Lắk…",
                true, LIMITS, 3);

        assertThat(text.text())
                .isEqualTo("Phan anh DL-7K2M9QX da duoc giai quyet. Ket qua: \"Da va o ga\". Dak Lak...");
        assertThat(text.unicode()).isFalse();
        assertThat(text.parts()).isEqualTo(1);
    }

    @Test
    void withoutFoldingVietnameseGoesAsUcs2AtSeventyCharactersPerMessage() {
        String seventy = "Phản ánh " + "a".repeat(61);
        assertThat(SmsText.prepare(seventy, false, LIMITS, 3)).satisfies(t -> {
            assertThat(t.unicode()).isTrue();
            assertThat(t.parts()).isEqualTo(1);
        });
        assertThat(SmsText.prepare(seventy + "b", false, LIMITS, 3).parts()).isEqualTo(2); // 71 > 70: 67 per part
        // 134 = 2 × 67
        assertThat(SmsText.prepare("Phản ánh " + "a".repeat(125), false, LIMITS, 3).parts()).isEqualTo(2);
        assertThat(SmsText.prepare("Phản ánh " + "a".repeat(126), false, LIMITS, 3).parts()).isEqualTo(3);
    }

    @Test
    void gsmMessagesSplitAt153CharactersPerPartAndExtensionCharactersCountTwice() {
        assertThat(SmsText.prepare("a".repeat(160), true, LIMITS, 3).parts()).isEqualTo(1);
        assertThat(SmsText.prepare("a".repeat(161), true, LIMITS, 3).parts()).isEqualTo(2);
        assertThat(SmsText.prepare("a".repeat(159) + "€", true, LIMITS, 3).parts()).isEqualTo(2);
        assertThat(SmsText.length("[x]", false)).isEqualTo(5);
    }

    @Test
    void tooLongTextIsShortenedAtAWordToTheMaximumNumberOfParts() {
        String words = "Phan anh DL-7K2M9QX da duoc giai quyet. ".repeat(20); // 800 characters

        SmsText text = SmsText.prepare(words, true, LIMITS, 2);

        assertThat(text.shortened()).isTrue();
        assertThat(text.parts()).isEqualTo(2);
        assertThat(text.text()).endsWith("...").startsWith("Phan anh DL-7K2M9QX");
        assertThat(text.text().length()).isLessThanOrEqualTo(2 * 153);
        assertThat(text.text()).doesNotContain("  ");
    }

    @Test
    void whatGsm7CannotCarryAfterFoldingBecomesAQuestionMark() {
        assertThat(SmsText.prepare("Cảm ơn 🙏 bạn", true, LIMITS, 3).text()).isEqualTo("Cam on ? ban");
    }
}
