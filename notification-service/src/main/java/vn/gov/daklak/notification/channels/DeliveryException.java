package vn.gov.daklak.notification.channels;

import java.time.Duration;

/**
 * A provider did not accept a message.
 * <ul>
 * <li>{@link Kind#PERMANENT}: trying again cannot help (invalid number, blocked recipient, rejected template): the
 * next channel of the recipient is tried, or the notification fails for good;</li>
 * <li>{@link Kind#TRANSIENT}: 5xx, timeouts, throttling; retried later, after {@link #retryAfter()} when the
 * provider said so (429 {@code Retry-After});</li>
 * <li>{@link Kind#UNAVAILABLE}: the provider is not being called at all right now (open circuit breaker): the next
 * channel is tried at once.</li>
 * </ul>
 */
public class DeliveryException extends RuntimeException {

    public enum Kind { TRANSIENT, PERMANENT, UNAVAILABLE }

    private final Kind kind;
    private final Duration retryAfter;
    private final boolean throttled;

    public DeliveryException(String message, boolean permanent) {
        this(message, permanent ? Kind.PERMANENT : Kind.TRANSIENT, null, null);
    }

    public DeliveryException(String message, boolean permanent, Throwable cause) {
        this(message, permanent ? Kind.PERMANENT : Kind.TRANSIENT, null, cause);
    }

    public DeliveryException(String message, Kind kind, Duration retryAfter, Throwable cause) {
        this(message, kind, retryAfter, false, cause);
    }

    private DeliveryException(String message, Kind kind, Duration retryAfter, boolean throttled, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.throttled = throttled;
    }

    public static DeliveryException permanentFailure(String message) {
        return new DeliveryException(message, Kind.PERMANENT, null, null);
    }

    public static DeliveryException transientFailure(String message) {
        return new DeliveryException(message, Kind.TRANSIENT, null, null);
    }

    public static DeliveryException transientFailure(String message, Throwable cause) {
        return new DeliveryException(message, Kind.TRANSIENT, null, cause);
    }

    /** The provider asked us to slow down (HTTP 429), and when to come back if it said so (else null). */
    public static DeliveryException throttled(String message, Duration retryAfter) {
        return new DeliveryException(message, Kind.TRANSIENT, retryAfter, true, null);
    }

    public static DeliveryException unavailable(String message, Throwable cause) {
        return new DeliveryException(message, Kind.UNAVAILABLE, null, cause);
    }

    public Kind kind() {
        return kind;
    }

    public boolean permanent() {
        return kind == Kind.PERMANENT;
    }

    /** Not before this long from now, as the provider asked; null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The provider is alive but asked us to slow down: not a sign of an outage for the circuit breaker. */
    public boolean throttled() {
        return throttled;
    }
}
