package vn.gov.daklak.feedback.idempotency;

import java.time.Instant;
import java.util.Optional;

/** Storage of idempotency records, one per (principal, key), read and written by id. */
interface IdempotencyRecords {

    /** Stores a new record; false if one with its id exists already. */
    boolean insert(IdempotencyRecord record);

    Optional<IdempotencyRecord> find(String id);

    /** Moves the lock of an unanswered record held since {@code lockedAt} to {@code now}; false if not held so. */
    boolean relock(String id, Instant lockedAt, Instant now);

    void complete(String id, int status, String contentType, String location, byte[] body);

    /** Removes the record unless it has been answered. */
    void removeUnanswered(String id);

    /** Removes the records created before {@code cutoff} (a scheduled sweep: no key); returns how many. */
    long removeCreatedBefore(Instant cutoff);
}
