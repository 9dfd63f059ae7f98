package vn.gov.daklak.feedback.idempotency;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The first request made with an {@code Idempotency-Key} by one caller, and once it is answered, its answer.
 * {@code id} is derived from (principal, key); {@code requestHash} identifies the request it was used for.
 */
@Document(IdempotencyRecord.COLLECTION)
record IdempotencyRecord(@Id String id, String principal, String key, String requestHash, State state,
                         @Indexed Instant createdAt, Instant lockedAt, Integer status, String contentType,
                         String location, byte[] body) {
    static final String COLLECTION = "idempotency_keys";

    enum State {
        IN_PROGRESS, COMPLETED
    }
}
