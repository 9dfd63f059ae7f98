package vn.gov.daklak.feedback.idempotency;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An {@link IdempotencyRecord} as stored in {@code idempotency_keys}; expiry selects by {@code createdAt}. */
@Document(IdempotencyRecordDocument.COLLECTION)
record IdempotencyRecordDocument(@Id String id, String principal, String key, String requestHash,
                                 IdempotencyRecord.State state, @Indexed Instant createdAt, Instant lockedAt,
                                 Integer status, String contentType, String location, byte[] body) {
    static final String COLLECTION = "idempotency_keys";

    static IdempotencyRecordDocument of(IdempotencyRecord r) {
        return new IdempotencyRecordDocument(r.id(), r.principal(), r.key(), r.requestHash(), r.state(),
                r.createdAt(), r.lockedAt(), r.status(), r.contentType(), r.location(), r.body());
    }

    IdempotencyRecord toRecord() {
        return new IdempotencyRecord(id, principal, key, requestHash, state, createdAt, lockedAt, status, contentType,
                location, body);
    }
}
