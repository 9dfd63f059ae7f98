package vn.gov.daklak.feedback.intake;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;

import vn.gov.daklak.platform.ratelimit.RateLimitConfiguration;
import vn.gov.daklak.platform.ratelimit.RateLimiter;
import vn.gov.daklak.platform.security.Caller;

/**
 * How many reports may be filed: per resident (token subject) per hour and per day, and per channel application
 * (the token's {@code client_id}: the province app, the Zalo mini app, the web site, the hotline console) per minute, counted across all instances ({@link RateLimiter}). Over a limit: 429 with
 * {@code Retry-After}.
 */
@Component
@Import(RateLimitConfiguration.class)
class FilingLimits {
    private final RateLimiter limiter;
    private final int perResidentHour;
    private final int perResidentDay;
    private final int perApplicationMinute;

    FilingLimits(RateLimiter limiter,
                 @Value("${feedback.filing.per-resident-per-hour:10}") int perResidentHour,
                 @Value("${feedback.filing.per-resident-per-day:30}") int perResidentDay,
                 @Value("${feedback.filing.per-application-per-minute:6000}") int perApplicationMinute) {
        this.limiter = limiter;
        this.perResidentHour = perResidentHour;
        this.perResidentDay = perResidentDay;
        this.perApplicationMinute = perApplicationMinute;
    }

    void check(Caller caller) {
        if (caller.clientId() != null) {
            require(limiter.acquire("filing-app:" + caller.clientId(), perApplicationMinute, Duration.ofMinutes(1)));
        }
        if (caller.isResident() && caller.subject() != null) {
            require(limiter.acquire("filing-resident-h:" + caller.subject(), perResidentHour, Duration.ofHours(1)));
            require(limiter.acquire("filing-resident-d:" + caller.subject(), perResidentDay, Duration.ofDays(1)));
        }
    }

    private static void require(RateLimiter.Decision decision) {
        if (!decision.allowed()) {
            throw new FilingRateLimitedException(decision.retryAfter());
        }
    }

    /** 429: too many reports from this resident or application for now. */
    static final class FilingRateLimitedException extends RuntimeException {
        private final Duration retryAfter;

        FilingRateLimitedException(Duration retryAfter) {
            super("Too many reports filed; try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
