package vn.gov.daklak.identity.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.platform.ratelimit.RateLimiter;
import vn.gov.daklak.platform.test.MutableClock;

/** The guess and code limits on a clock the test moves: nobody is locked out, guessing stays expensive. */
class GuessLimitsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"));
    private final OtpProperties properties = new OtpProperties(Duration.ofMinutes(5), 5, 10, 10, 3,
            Duration.ofMinutes(15), 20, 60, Duration.ofMinutes(15), "vi");
    private final GuessLimits limits = new GuessLimits(new WindowCounter(clock), properties);

    @Test
    void aStrangersWrongGuessesSlowOnlyTheirOwnNetworkForThatNumber() {
        for (int i = 0; i < 10; i++) {
            limits.beforeGuess("phone-a", "203.0.113.7");
            limits.wrongGuess("phone-a", "203.0.113.7");
        }
        assertThatThrownBy(() -> limits.beforeGuess("phone-a", "203.0.113.99"))
                .as("the same /24 network").isInstanceOf(OtpRejectedException.class);
        assertThatCode(() -> limits.beforeGuess("phone-a", "198.51.100.4"))
                .as("the owner on their own network").doesNotThrowAnyException();
        assertThatCode(() -> limits.beforeGuess("phone-b", "203.0.113.7"))
                .as("another number").doesNotThrowAnyException();

        clock.advance(Duration.ofDays(1));
        assertThatCode(() -> limits.beforeGuess("phone-a", "203.0.113.7")).doesNotThrowAnyException();
    }

    @Test
    void codesPerNumberAreLimitedPerQuarterHourAndPerDaySoGuessesPerDayStayFew() {
        int sent = 0;
        for (int quarter = 0; quarter < 96; quarter++) { // a whole day, asking as fast as allowed
            for (int i = 0; i < 5; i++) {
                try {
                    limits.beforeStart("phone-a", "192.0.2." + (quarter % 200));
                    sent++;
                } catch (OtpRejectedException limited) {
                    assertThat(limited.reason()).isEqualTo(OtpRejectedException.Reason.RATE_LIMITED);
                }
            }
            clock.advance(Duration.ofMinutes(15));
        }
        assertThat(sent).isEqualTo(10);
        assertThat(sent * properties.maxAttempts()).as("guesses a day on one number, from everyone")
                .isLessThanOrEqualTo(50);
    }

    @Test
    void networksAreSlash24AndSlash64() {
        assertThat(Networks.of("203.0.113.7")).isEqualTo(Networks.of("203.0.113.200"));
        assertThat(Networks.of("203.0.113.7")).isNotEqualTo(Networks.of("203.0.114.7"));
        assertThat(Networks.of("2001:db8:1:2::1")).isEqualTo(Networks.of("2001:db8:1:2:ffff::9"));
        assertThat(Networks.of("example.com")).as("never resolved").isEqualTo("unknown");
    }

    /** Fixed windows on the test's clock, like the MongoDB limiter. */
    static final class WindowCounter implements RateLimiter {
        private final MutableClock clock;
        private final Map<String, long[]> windows = new HashMap<>();

        WindowCounter(MutableClock clock) {
            this.clock = clock;
        }

        @Override
        public Decision acquire(String key, int limit, Duration window) {
            long[] w = window(key, window);
            if (w[1] >= limit) {
                return new Decision(false, Duration.ofMillis(w[0] + window.toMillis() - clock.millis()));
            }
            w[1]++;
            return new Decision(true, Duration.ZERO);
        }

        @Override
        public Decision peek(String key, int limit, Duration window) {
            long[] w = window(key, window);
            return new Decision(w[1] < limit, w[1] < limit ? Duration.ZERO
                    : Duration.ofMillis(w[0] + window.toMillis() - clock.millis()));
        }

        private long[] window(String key, Duration window) {
            long now = clock.millis();
            long[] w = windows.computeIfAbsent(key, k -> new long[] {now, 0});
            if (now >= w[0] + window.toMillis()) {
                w[0] = now;
                w[1] = 0;
            }
            return w;
        }
    }
}
