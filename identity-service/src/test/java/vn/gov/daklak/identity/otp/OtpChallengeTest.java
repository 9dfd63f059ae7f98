package vn.gov.daklak.identity.otp;

import static org.assertj.core.api.Assertions.assertThat;

import vn.gov.daklak.identity.contact.OtpCodes;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OtpChallengeTest {
    private static final Instant CREATED = Instant.parse("2025-07-01T01:00:00Z");

    @Test
    void aCodeIsValidForFiveMinutes() {
        OtpChallenge challenge = challenge(0, false, false);

        assertThat(challenge.precheck(CREATED.plusSeconds(299))).isNull();
        assertThat(challenge.precheck(CREATED.plusSeconds(300))).isEqualTo(OtpChallenge.Outcome.EXPIRED);
    }

    @Test
    void aUsedOrLockedCodeIsRefusedBeforeItIsCompared() {
        assertThat(challenge(0, true, false).precheck(CREATED)).isEqualTo(OtpChallenge.Outcome.ALREADY_USED);
        assertThat(challenge(5, false, true).precheck(CREATED)).isEqualTo(OtpChallenge.Outcome.LOCKED);
    }

    @Test
    void codesAreSixDigits() {
        for (int i = 0; i < 100; i++) {
            assertThat(OtpCodes.next()).matches("\\d{6}");
        }
        assertThat(OtpCodes.wellFormed("12345")).isFalse();
        assertThat(OtpCodes.wellFormed("12a456")).isFalse();
    }

    private static OtpChallenge challenge(int attempts, boolean consumed, boolean locked) {
        return new OtpChallenge("c1", "app", "hash", "cipher", "code", true, CREATED, CREATED.plusSeconds(300),
                attempts, consumed, locked);
    }
}
