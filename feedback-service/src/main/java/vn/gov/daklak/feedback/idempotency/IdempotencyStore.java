package vn.gov.daklak.feedback.idempotency;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys in MongoDB ({@code idempotency_keys}), one document per (principal, key): claimed by an insert
 * (a duplicate key means somebody used it first), completed with the answer, expired by a scheduled job (the stand-in
 * MongoDB has no TTL indexes). A claim left by a crashed request may be taken over after {@code lock-timeout}.
 */
@Component
class IdempotencyStore {
    sealed interface Claim {
    }

    record Claimed(String id) implements Claim {
    }

    record Replay(IdempotencyRecord answer) implements Claim {
    }

    record Mismatch() implements Claim {
    }

    record Busy() implements Claim {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration retention;
    private final Duration lockTimeout;

    IdempotencyStore(MongoTemplate mongo, Clock clock,
                     @Value("${feedback.idempotency.retention:P1D}") Duration retention,
                     @Value("${feedback.idempotency.lock-timeout:PT1M}") Duration lockTimeout) {
        this.mongo = mongo;
        this.clock = clock;
        this.retention = retention;
        this.lockTimeout = lockTimeout;
    }

    Claim claim(String principal, String key, String requestHash) {
        String id = sha256(principal + "\u0000" + key);
        for (int attempt = 0; attempt < 3; attempt++) {
            Instant now = clock.instant();
            try {
                mongo.insert(new IdempotencyRecord(id, principal, key, requestHash,
                        IdempotencyRecord.State.IN_PROGRESS, now, now, null, null, null, null));
                return new Claimed(id);
            } catch (DuplicateKeyException e) {
                IdempotencyRecord first = mongo.findById(id, IdempotencyRecord.class);
                if (first == null) {
                    continue; // expired meanwhile
                }
                if (!first.requestHash().equals(requestHash)) {
                    return new Mismatch();
                }
                if (first.state() == IdempotencyRecord.State.COMPLETED) {
                    return new Replay(first);
                }
                if (first.lockedAt().isBefore(now.minus(lockTimeout)) && mongo.updateFirst(
                        query(where("_id").is(id).and("state").is(IdempotencyRecord.State.IN_PROGRESS)
                                .and("lockedAt").is(first.lockedAt())),
                        Update.update("lockedAt", now), IdempotencyRecord.class).getModifiedCount() == 1) {
                    return new Claimed(id);
                }
                return new Busy();
            }
        }
        return new Busy();
    }

    void complete(String id, int status, String contentType, String location, byte[] body) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("state", IdempotencyRecord.State.COMPLETED)
                .set("status", status).set("contentType", contentType).set("location", location).set("body", body),
                IdempotencyRecord.class);
    }

    /** The request failed on the server's side: the client may try again with the same key. */
    void release(String id) {
        mongo.remove(query(where("_id").is(id).and("state").is(IdempotencyRecord.State.IN_PROGRESS)),
                IdempotencyRecord.class);
    }

    @Scheduled(fixedDelayString = "${feedback.idempotency.expiry-check:PT10M}", initialDelayString = "PT1M")
    long expire() {
        return mongo.remove(query(where("createdAt").lt(clock.instant().minus(retention))), IdempotencyRecord.class)
                .getDeletedCount();
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
