package vn.gov.daklak.notification.channels.resilience;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import vn.gov.daklak.notification.channels.ChannelSender;
import vn.gov.daklak.notification.channels.DeliveryException;

/**
 * Resilience4j instances per provider (instance name = provider name: {@code zalo-zns}, {@code sms-gateway},
 * {@code smtp}), built from {@link ResilienceSettings} and published as {@code resilience4j.*} metrics.
 * Programmatic rather than annotations: a provider's sender is wrapped once, when its channel selects it.
 */
public class ProviderResilience {
    private final CircuitBreakerRegistry circuitBreakers = CircuitBreakerRegistry.ofDefaults();
    private final RetryRegistry retries = RetryRegistry.ofDefaults();
    private final BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();
    private final RateLimiterRegistry rateLimiters = RateLimiterRegistry.ofDefaults();

    public ProviderResilience(MeterRegistry meters) {
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuitBreakers).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
        TaggedRateLimiterMetrics.ofRateLimiterRegistry(rateLimiters).bindTo(meters);
    }

    /** The sender behind retry, circuit breaker, rate limiter and bulkhead, in Resilience4j's usual order. */
    public ChannelSender protect(ChannelSender sender, ResilienceSettings settings) {
        String name = sender.provider();
        return new ResilientSender(sender,
                retries.retry(name, retryConfig(settings.retry())),
                circuitBreakers.circuitBreaker(name, circuitBreakerConfig(settings)),
                rateLimiters.rateLimiter(name, rateLimiterConfig(settings.rateLimiter())),
                bulkheads.bulkhead(name, bulkheadConfig(settings.bulkhead())));
    }

    public CircuitBreakerRegistry circuitBreakers() {
        return circuitBreakers;
    }

    static RetryConfig retryConfig(ResilienceSettings.Retry retry) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(retry.initialBackoff(),
                retry.multiplier(), retry.jitter(), retry.maxBackoff());
        IntervalBiFunction<Object> wait = (attempt, outcome) -> {
            long millis = backoff.apply(attempt);
            if (outcome.isLeft() && outcome.getLeft() instanceof DeliveryException e && e.retryAfter() != null) {
                millis = Math.max(millis, e.retryAfter().toMillis()); // never sooner than the provider asked
            }
            return millis;
        };
        return RetryConfig.custom()
                .maxAttempts(Math.max(1, retry.maxAttempts()))
                .intervalBiFunction(wait)
                .retryOnException(e -> e instanceof DeliveryException d
                        && d.kind() == DeliveryException.Kind.TRANSIENT
                        && (d.retryAfter() == null || d.retryAfter().compareTo(retry.maxRetryAfter()) <= 0))
                .failAfterMaxAttempts(false)
                .build();
    }

    static CircuitBreakerConfig circuitBreakerConfig(ResilienceSettings settings) {
        ResilienceSettings.CircuitBreaker cb = settings.circuitBreaker();
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(cb.slidingWindowSize())
                .minimumNumberOfCalls(cb.minimumNumberOfCalls())
                .failureRateThreshold(cb.failureRateThreshold())
                .waitDurationInOpenState(cb.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(cb.permittedCallsInHalfOpenState())
                .slowCallDurationThreshold(settings.timeout())
                // only signs of an outage count: a rejected number says nothing about the provider's health,
                // and a 429 means it is alive but wants us slower (the rate limiter's job)
                .recordException(e -> e instanceof DeliveryException d
                        && d.kind() == DeliveryException.Kind.TRANSIENT && !d.throttled())
                .ignoreException(e -> e instanceof DeliveryException d && d.throttled())
                .build();
    }

    static RateLimiterConfig rateLimiterConfig(ResilienceSettings.RateLimiter limiter) {
        return RateLimiterConfig.custom()
                .limitForPeriod(limiter.limit())
                .limitRefreshPeriod(limiter.period())
                .timeoutDuration(limiter.timeout())
                .build();
    }

    static BulkheadConfig bulkheadConfig(ResilienceSettings.Bulkhead bulkhead) {
        return BulkheadConfig.custom()
                .maxConcurrentCalls(bulkhead.maxConcurrentCalls())
                .maxWaitDuration(bulkhead.maxWait())
                .build();
    }
}
