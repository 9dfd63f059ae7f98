package vn.gov.daklak.notification.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.notification.Channel;

class AddressMaskTest {

    @Test
    void phoneKeepsThreeDigitsAtEachEnd() {
        assertThat(AddressMask.mask(Channel.SMS, "0912345678")).isEqualTo("091****678");
        assertThat(AddressMask.mask(Channel.SMS, "+84912345678")).isEqualTo("+84******678");
        assertThat(AddressMask.mask(Channel.SMS, "1234567")).isEqualTo("*******");
    }

    @Test
    void otherAddresses() {
        assertThat(AddressMask.mask(Channel.EMAIL, "nguyen.hoa@example.vn")).isEqualTo("n***@example.vn");
        assertThat(AddressMask.mask(Channel.ZALO, "0912345678")).isEqualTo("091****678"); // ZNS goes to a phone
        assertThat(AddressMask.mask(Channel.IN_APP, "DL-7K2M9QX")).isEqualTo("DL-7K2M9QX");
        assertThat(AddressMask.mask(Channel.SMS, null)).isNull();
    }
}
