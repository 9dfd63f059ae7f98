package vn.gov.daklak.feedback.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.platform.ratelimit.RateLimiter;
import vn.gov.daklak.platform.test.MutableClock;
import vn.gov.daklak.platform.security.AssuranceLevel;
import vn.gov.daklak.platform.security.Caller;
import vn.gov.daklak.platform.security.SubjectType;

/** Filing limits per resident and per channel application, on a clock the test moves. */
class FilingLimitsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T00:00:00Z"));
    private final FilingLimits limits = new FilingLimits(new WindowCounter(clock), 10, 30, 50);

    @Test
    void aResidentFilesTenAnHourAndThirtyADay() {
        Caller resident = resident("res-a");
        for (int i = 0; i < 10; i++) {
            limits.check(resident);
        }
        assertThatThrownBy(() -> limits.check(resident)).isInstanceOf(FilingLimits.FilingRateLimitedException.class)
                .satisfies(e -> assertThat(((FilingLimits.FilingRateLimitedException) e).retryAfter()).isPositive());
        assertThatCode(() -> limits.check(resident("res-b")))
                .as("another resident").doesNotThrowAnyException();

        int filed = 10;
        for (int hour = 1; hour < 24; hour++) {
            clock.advance(Duration.ofHours(1));
            for (int i = 0; i < 10; i++) {
                try {
                    limits.check(resident);
                    filed++;
                } catch (FilingLimits.FilingRateLimitedException limited) {
                    // the day's limit
                }
            }
        }
        assertThat(filed).isEqualTo(30);
    }

    @Test
    void aChannelApplicationFilesAtMostItsLimitPerMinuteForAllItsResidents() {
        for (int i = 0; i < 50; i++) {
            limits.check(resident("res-" + i));
        }
        assertThatThrownBy(() -> limits.check(resident("res-new")))
                .isInstanceOf(FilingLimits.FilingRateLimitedException.class);
        clock.advance(Duration.ofMinutes(1));
        assertThatCode(() -> limits.check(resident("res-new"))).doesNotThrowAnyException();
    }

    private static Caller resident(String id) {
        return new Caller(id, SubjectType.RESIDENT, Set.of("RESIDENT"), Set.of(), Set.of(), Set.of(),
                "daklak-province-app", "PROVINCE_APP", AssuranceLevel.PHONE, "+84912345678");
    }

    /** Fixed windows on the test's clock, like the MongoDB limiter. */
    static final class WindowCounter implements RateLimiter {
        private final MutableClock clock;
        private final Map<String, Long> counts = new HashMap<>();

        WindowCounter(MutableClock clock) {
            this.clock = clock;
        }

        @Override
        public Decision acquire(String key, int limit, Duration window) {
            long start = clock.millis() / window.toMillis() * window.toMillis();
            long count = counts.merge(key + "@" + start, 1L, Long::sum);
            return count <= limit ? new Decision(true, Duration.ZERO)
                    : new Decision(false, Duration.ofMillis(start + window.toMillis() - clock.millis()));
        }

        @Override
        public Decision peek(String key, int limit, Duration window) {
            long start = clock.millis() / window.toMillis() * window.toMillis();
            return new Decision(counts.getOrDefault(key + "@" + start, 0L) < limit, Duration.ZERO);
        }
    }
}
