package vn.gov.daklak.notification.channels.resilience;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How one provider is protected, {@code notification.providers.<provider>.resilience.*}. The defaults suit a
 * national SMS gateway or Zalo; set {@code rate-limiter.limit} to the limit in the provider's contract.
 *
 * @param connectTimeout how long to wait for a connection
 * @param timeout        how long one call may take in all (request sent, answer read)
 */
public record ResilienceSettings(@DefaultValue("3s") Duration connectTimeout,
                                 @DefaultValue("10s") Duration timeout,
                                 @DefaultValue Retry retry,
                                 @DefaultValue CircuitBreaker circuitBreaker,
                                 @DefaultValue Bulkhead bulkhead,
                                 @DefaultValue RateLimiter rateLimiter) {

    /**
     * Retries inside one delivery attempt, on transient failures only (5xx, timeouts, 429).
     *
     * @param maxAttempts   calls in all, the first included
     * @param jitter        randomization factor of each wait (0.5: between half and one and a half times)
     * @param maxRetryAfter a {@code Retry-After} longer than this is not waited for in the call: the notification
     *                      is rescheduled for then instead, so no thread sleeps for minutes
     */
    public record Retry(@DefaultValue("3") int maxAttempts,
                        @DefaultValue("500ms") Duration initialBackoff,
                        @DefaultValue("2.0") double multiplier,
                        @DefaultValue("0.5") double jitter,
                        @DefaultValue("5s") Duration maxBackoff,
                        @DefaultValue("10s") Duration maxRetryAfter) {
    }

    /** Opens when {@code failureRateThreshold}% of the last {@code slidingWindowSize} calls failed transiently. */
    public record CircuitBreaker(@DefaultValue("50") float failureRateThreshold,
                                 @DefaultValue("20") int slidingWindowSize,
                                 @DefaultValue("10") int minimumNumberOfCalls,
                                 @DefaultValue("30s") Duration waitInOpenState,
                                 @DefaultValue("3") int permittedCallsInHalfOpenState) {
    }

    /** At most {@code maxConcurrentCalls} calls to the provider at once. */
    public record Bulkhead(@DefaultValue("10") int maxConcurrentCalls,
                           @DefaultValue("1s") Duration maxWait) {
    }

    /** At most {@code limit} calls per {@code period}, as the provider's contract allows. */
    public record RateLimiter(@DefaultValue("20") int limit,
                              @DefaultValue("1s") Duration period,
                              @DefaultValue("2s") Duration timeout) {
    }

    /** The same values as the property defaults, for code that builds providers without Spring. */
    public static ResilienceSettings defaults() {
        return new ResilienceSettings(Duration.ofSeconds(3), Duration.ofSeconds(10),
                new Retry(3, Duration.ofMillis(500), 2.0, 0.5, Duration.ofSeconds(5), Duration.ofSeconds(10)),
                new CircuitBreaker(50, 20, 10, Duration.ofSeconds(30), 3),
                new Bulkhead(10, Duration.ofSeconds(1)),
                new RateLimiter(20, Duration.ofSeconds(1), Duration.ofSeconds(2)));
    }
}
