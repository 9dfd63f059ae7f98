package vn.gov.daklak.feedback.idempotency;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Idempotency records in MongoDB ({@code idempotency_keys}): a claim is an insert, a duplicate key a taken key. */
@Repository
class MongoIdempotencyRecords implements IdempotencyRecords {
    private final MongoTemplate mongo;

    MongoIdempotencyRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(IdempotencyRecord record) {
        try {
            mongo.insert(IdempotencyRecordDocument.of(record));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<IdempotencyRecord> find(String id) {
        return Optional.ofNullable(mongo.findById(id, IdempotencyRecordDocument.class))
                .map(IdempotencyRecordDocument::toRecord);
    }

    @Override
    public boolean relock(String id, Instant lockedAt, Instant now) {
        return mongo.updateFirst(query(where("_id").is(id).and("state").is(IdempotencyRecord.State.IN_PROGRESS)
                        .and("lockedAt").is(lockedAt)), Update.update("lockedAt", now),
                IdempotencyRecordDocument.class).getModifiedCount() == 1;
    }

    @Override
    public void complete(String id, int status, String contentType, String location, byte[] body) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("state", IdempotencyRecord.State.COMPLETED)
                .set("status", status).set("contentType", contentType).set("location", location).set("body", body),
                IdempotencyRecordDocument.class);
    }

    @Override
    public void removeUnanswered(String id) {
        mongo.remove(query(where("_id").is(id).and("state").is(IdempotencyRecord.State.IN_PROGRESS)),
                IdempotencyRecordDocument.class);
    }

    @Override
    public long removeCreatedBefore(Instant cutoff) {
        return mongo.remove(query(where("createdAt").lt(cutoff)), IdempotencyRecordDocument.class).getDeletedCount();
    }
}
