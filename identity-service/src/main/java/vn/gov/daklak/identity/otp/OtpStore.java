package vn.gov.daklak.identity.otp;

import java.time.Instant;
import java.util.Optional;

import vn.gov.daklak.platform.outbox.OutboxMessage;

/** Sign-in codes (challenges). Every transition is one conditional write, so parallel tries cannot overrun the limit. */
interface OtpStore {

    /** Stores the challenge with its message to send (null: nothing to send) in one write. */
    void insert(OtpChallenge challenge, OutboxMessage message);

    Optional<OtpChallenge> find(String id);

    /** Marks the code used if it still is unused, unlocked and has tries left; false if another try won. */
    boolean consume(String id, int maxAttempts);

    /** Counts a wrong try; returns the challenge after it, or empty if it was used or locked meanwhile. */
    Optional<OtpChallenge> countWrongTry(String id);

    void lock(String id);

    void removeExpired(Instant before);
}
