package vn.gov.daklak.identity.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class CryptoTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final Crypto crypto = new Crypto(new CryptoProperties(KEY, KEY));

    @Test
    void encryptsWithAFreshNonceAndDecryptsForTheSamePurposeOnly() {
        String first = crypto.encrypt("national-id", "066200001234");
        String second = crypto.encrypt("national-id", "066200001234");

        assertThat(first).isNotEqualTo(second).doesNotContain("066200001234");
        assertThat(crypto.decrypt("national-id", first)).isEqualTo("066200001234");
        assertThatIllegalStateException().isThrownBy(() -> crypto.decrypt("otp-phone:x", first));
    }

    @Test
    void refusesAlteredCiphertext() {
        byte[] sealed = Base64.getDecoder().decode(crypto.encrypt("national-id", "066200001234"));
        sealed[sealed.length - 1] ^= 1;

        assertThatIllegalStateException()
                .isThrownBy(() -> crypto.decrypt("national-id", Base64.getEncoder().encodeToString(sealed)));
    }

    @Test
    void hashesAreStablePerPurposeAndKey() {
        assertThat(crypto.hash("phone", "+84912345678")).isEqualTo(crypto.hash("phone", "+84912345678"))
                .isNotEqualTo(crypto.hash("national-id", "+84912345678")).hasSize(64);
        byte[] otherKey = new byte[32];
        java.util.Arrays.fill(otherKey, (byte) 7);
        Crypto other = new Crypto(new CryptoProperties(KEY, Base64.getEncoder().encodeToString(otherKey)));
        assertThat(other.hash("phone", "+84912345678")).isNotEqualTo(crypto.hash("phone", "+84912345678"));
    }

    @Test
    void refusesToStartWithoutKeys() {
        assertThatIllegalStateException().isThrownBy(() -> new Crypto(new CryptoProperties(null, KEY)))
                .withMessageContaining("identity.crypto.encryption-key");
        assertThatIllegalStateException().isThrownBy(() -> new Crypto(new CryptoProperties(KEY, "c2hvcnQ=")))
                .withMessageContaining("hmac-key");
    }
}
