package vn.gov.daklak.identity.otp;

import java.time.Duration;

/** A code request or a code that is refused; {@code retryAfter} is set when waiting helps (rate limit, lockout). */
class OtpRejectedException extends RuntimeException {
    private final Reason reason;
    private final transient Duration retryAfter;

    OtpRejectedException(Reason reason, String message, Duration retryAfter) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    Reason reason() {
        return reason;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    enum Reason {
        INVALID_REQUEST, RATE_LIMITED, LOCKED, INVALID_CODE
    }
}
