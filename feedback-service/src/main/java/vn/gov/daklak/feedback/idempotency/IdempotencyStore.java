package vn.gov.daklak.feedback.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys, one record per (principal, key): claimed by an insert (a record already there means somebody used
 * it first), completed with the answer, expired by a scheduled job (the stand-in MongoDB has no TTL indexes). A claim left by a crashed request may be taken over after {@code lock-timeout}.
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

    private final IdempotencyRecords records;
    private final Clock clock;
    private final Duration retention;
    private final Duration lockTimeout;

    IdempotencyStore(IdempotencyRecords records, Clock clock,
                     @Value("${feedback.idempotency.retention:P1D}") Duration retention,
                     @Value("${feedback.idempotency.lock-timeout:PT1M}") Duration lockTimeout) {
        this.records = records;
        this.clock = clock;
        this.retention = retention;
        this.lockTimeout = lockTimeout;
    }

    Claim claim(String principal, String key, String requestHash) {
        String id = sha256(principal + "\u0000" + key);
        for (int attempt = 0; attempt < 3; attempt++) {
            Instant now = clock.instant();
            if (records.insert(new IdempotencyRecord(id, principal, key, requestHash,
                    IdempotencyRecord.State.IN_PROGRESS, now, now, null, null, null, null))) {
                return new Claimed(id);
            }
            IdempotencyRecord first = records.find(id).orElse(null);
            if (first == null) {
                continue; // expired meanwhile
            }
            if (!first.requestHash().equals(requestHash)) {
                return new Mismatch();
            }
            if (first.state() == IdempotencyRecord.State.COMPLETED) {
                return new Replay(first);
            }
            if (first.lockedAt().isBefore(now.minus(lockTimeout)) && records.relock(id, first.lockedAt(), now)) {
                return new Claimed(id);
            }
            return new Busy();
        }
        return new Busy();
    }

    void complete(String id, int status, String contentType, String location, byte[] body) {
        records.complete(id, status, contentType, location, body);
    }

    /** The request failed on the server's side: the client may try again with the same key. */
    void release(String id) {
        records.removeUnanswered(id);
    }

    @Scheduled(fixedDelayString = "${feedback.idempotency.expiry-check:PT10M}", initialDelayString = "PT1M")
    long expire() {
        return records.removeCreatedBefore(clock.instant().minus(retention));
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
