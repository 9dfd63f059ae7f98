package vn.gov.daklak.notification.dispatch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code notification.dispatch.*}.
 *
 * @param maxAttempts  delivery attempts on one channel before the next channel is tried (or, on the last one, the
 *                     notification is marked FAILED)
 * @param lease        how long one attempt may take before another thread or instance may try again: longer than
 *                     a provider's retries inside one attempt (timeouts and back-off)
 * @param retryBackoff wait after the first failed attempt; doubles per attempt up to {@code retryBackoffMax}
 * @param sweepInterval how often the recovery sweep looks for pending notifications nobody works on (after a crash;
 *                     retries and quiet hours are timers in memory)
 * @param sweepGrace   a notification younger than this is left to the thread that created it
 * @param workers      threads that hand new notifications to providers (the sweep has its own)
 * @param urgentWorkers threads of the urgent lane (sign-in codes, urgent reports), apart from the ordinary ones
 * @param workQueue    new notifications waiting for a worker; beyond it, they wait for the sweep
 */
@ConfigurationProperties("notification.dispatch")
public record DispatchProperties(@DefaultValue("5") int maxAttempts,
                                 @DefaultValue("2m") Duration lease,
                                 @DefaultValue("10s") Duration retryBackoff,
                                 @DefaultValue("5m") Duration retryBackoffMax,
                                 @DefaultValue("10m") Duration sweepInterval,
                                 @DefaultValue("5s") Duration sweepGrace,
                                 @DefaultValue("100") int sweepBatch,
                                 @DefaultValue("4") int workers,
                                 @DefaultValue("2") int urgentWorkers,
                                 @DefaultValue("1000") int workQueue) {

    Duration backoffAfter(int attempts) {
        Duration backoff = retryBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return backoff.compareTo(retryBackoffMax) > 0 ? retryBackoffMax : backoff;
    }
}
