package vn.gov.daklak.platform.ratelimit;

import java.time.Duration;

/** Counts events per key in fixed windows, shared by every instance of the service. */
public interface RateLimiter {

    /**
     * Counts one event for {@code key} and says whether it is within {@code limit} per {@code window}. Keys carry no
     * personal data in clear: callers pass a keyed hash of a phone number, never the number.
     */
    Decision acquire(String key, int limit, Duration window);

    /** Whether another event would exceed the limit now, without counting one. */
    Decision peek(String key, int limit, Duration window);

    record Decision(boolean allowed, Duration retryAfter) {
    }
}
