package vn.gov.daklak.identity.otp;

import java.time.Duration;

import vn.gov.daklak.identity.otp.OtpRejectedException.Reason;
import vn.gov.daklak.platform.ratelimit.RateLimiter;

/**
 * How many codes may be asked for and guessed, so that guessing stays expensive while the owner of the number can
 * always sign in. Nobody is locked out: a code that was guessed wrong {@code maxAttempts} times is dead (its owner
 * asks for another), and wrong guesses are limited per phone number <em>and network</em> ({@link Networks}: the
 * owner on their own network is not slowed by a stranger's guesses), per network over all numbers, and codes per
 * phone number per hour and per day, which bounds the guesses any number can take from everyone together.
 */
class GuessLimits {
    private final RateLimiter limiter;
    private final OtpProperties properties;

    GuessLimits(RateLimiter limiter, OtpProperties properties) {
        this.limiter = limiter;
        this.properties = properties;
    }

    /** Before a code is sent: per network, and per phone number in the short and the daily window. */
    void beforeStart(String phoneHash, String ip) {
        String network = Networks.of(ip);
        check(limiter.acquire("otp-start-net:" + network, properties.perIpLimit(), properties.perIpWindow()));
        check(limiter.acquire("otp-start-phone:" + phoneHash, properties.perPhoneLimit(),
                properties.perPhoneWindow()));
        check(limiter.acquire("otp-start-phone-day:" + phoneHash, properties.perPhoneDailyLimit(), Duration.ofDays(1)));
    }

    /** Before a code is checked: every try counts per network; this network's wrong guesses at this number too. */
    void beforeGuess(String phoneHash, String ip) {
        String network = Networks.of(ip);
        check(limiter.acquire("otp-verify-net:" + network, properties.verifyPerIpLimit(), properties.perIpWindow()));
        check(limiter.peek(wrongKey(phoneHash, network), properties.wrongPerPhoneAndNetworkLimit(),
                Duration.ofDays(1)));
    }

    /** A wrong code from this network for this number. */
    void wrongGuess(String phoneHash, String ip) {
        limiter.acquire(wrongKey(phoneHash, Networks.of(ip)), properties.wrongPerPhoneAndNetworkLimit(),
                Duration.ofDays(1));
    }

    private static String wrongKey(String phoneHash, String network) {
        return "otp-wrong:" + phoneHash + ":" + network;
    }

    private static void check(RateLimiter.Decision decision) {
        if (!decision.allowed()) {
            throw new OtpRejectedException(Reason.RATE_LIMITED, "Too many requests; try later",
                    decision.retryAfter());
        }
    }
}
