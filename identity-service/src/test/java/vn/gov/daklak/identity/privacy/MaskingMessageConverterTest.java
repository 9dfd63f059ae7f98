package vn.gov.daklak.identity.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingMessageConverterTest {

    @Test
    void masksVietnamesePhoneNumbersInEveryForm() {
        assertThat(MaskingMessageConverter.mask("to +84912345678 and 0912345678 or 84987654321"))
                .isEqualTo("to +84*******78 and +84*******78 or +84*******21");
    }

    @Test
    void masksTwelveDigitNationalIds() {
        assertThat(MaskingMessageConverter.mask("citizen 066200001234 signed in"))
                .isEqualTo("citizen *********234 signed in");
    }

    @Test
    void leavesOtherNumbersAlone() {
        String line = "offset 1234567 at 1735689600000, team 66-24133-CDS, id 3f2a-1234567890123";
        assertThat(MaskingMessageConverter.mask(line)).isEqualTo(line);
    }
}
