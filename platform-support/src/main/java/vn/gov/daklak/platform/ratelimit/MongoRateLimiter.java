package vn.gov.daklak.platform.ratelimit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Fixed-window counters in MongoDB: one document per key and window, incremented atomically with an upsert, so
 * parallel instances count together (collection {@code rate_limits}). Expired windows are removed by a job (no TTL index on the stand-in).
 */
public class MongoRateLimiter implements RateLimiter {
    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoRateLimiter(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Decision acquire(String key, int limit, Duration window) {
        Window w = window(window);
        Counter counter = mongo.findAndModify(query(where("_id").is(w.id(key))),
                new Update().inc("count", 1).setOnInsert("expiresAt", w.end()),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Counter.class);
        return decide(counter == null ? 1 : counter.count(), limit, w);
    }

    @Override
    public Decision peek(String key, int limit, Duration window) {
        Window w = window(window);
        Counter counter = mongo.findById(w.id(key), Counter.class);
        return decide(counter == null ? 1 : counter.count() + 1, limit, w);
    }

    @Scheduled(fixedDelayString = "${platform.rate-limits.cleanup-interval:5m}")
    void removeExpired() {
        mongo.remove(query(where("expiresAt").lt(clock.instant())), Counter.class);
    }

    private Decision decide(long count, int limit, Window w) {
        return count <= limit ? new Decision(true, Duration.ZERO)
                : new Decision(false, Duration.between(clock.instant(), w.end()).plusSeconds(1));
    }

    private Window window(Duration length) {
        long size = length.toMillis();
        long start = clock.millis() / size * size;
        return new Window(start, Instant.ofEpochMilli(start + size));
    }

    private record Window(long start, Instant end) {
        String id(String key) {
            return key + "@" + start;
        }
    }

    @Document("rate_limits")
    record Counter(@Id String id, long count, Instant expiresAt) {
    }
}
