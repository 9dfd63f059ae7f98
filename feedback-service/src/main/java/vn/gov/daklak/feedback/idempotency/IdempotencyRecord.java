package vn.gov.daklak.feedback.idempotency;

import java.time.Instant;

/**
 * The first request made with an {@code Idempotency-Key} by one caller, and once it is answered, its answer.
 * {@code id} is derived from (principal, key); {@code requestHash} identifies the request it was used for.
 */
record IdempotencyRecord(String id, String principal, String key, String requestHash, State state,
                         Instant createdAt, Instant lockedAt, Integer status, String contentType,
                         String location, byte[] body) {

    enum State {
        IN_PROGRESS, COMPLETED
    }
}
