package vn.gov.daklak.platform.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The {@value #COLLECTION} collection of the service's database, written with inserts only: this class has no
 * update, upsert, save or remove. On real MongoDB give the service's database user only {@code insert},
 * {@code find} (and {@code createIndex}) on this collection, without {@code update} and {@code remove}, so that not
 * even the service, nor anyone holding its credentials, can rewrite history.
 */
public class MongoAuditLog implements AuditLog, SmartInitializingSingleton {
    public static final String COLLECTION = "audit_log";
    private static final Logger log = LoggerFactory.getLogger(MongoAuditLog.class);

    private final MongoTemplate mongo;

    public MongoAuditLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The indexes of the reads (creating an existing index is a no-op); a user without the right only warns. */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            var indexes = mongo.indexOps(COLLECTION);
            indexes.createIndex(new Index().on("target", Sort.Direction.ASC).on("at", Sort.Direction.ASC)
                    .named("audit_target_at"));
            indexes.createIndex(new Index().on("actor", Sort.Direction.ASC).on("at", Sort.Direction.DESC)
                    .named("audit_actor_at"));
            indexes.createIndex(new Index().on("at", Sort.Direction.DESC).named("audit_at"));
        } catch (RuntimeException e) {
            log.warn("Could not create the indexes of {} (create them by hand): {}", COLLECTION, e.getMessage());
        }
    }

    @Override
    public void append(AuditEntry entry) {
        mongo.insert(entry, COLLECTION);
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        Sort.Direction direction = query.oldestFirst() ? Sort.Direction.ASC : Sort.Direction.DESC;
        // ids are ObjectIds (time, then a per-process counter): they order entries written in the same millisecond
        Query mongoQuery = new Query().with(Sort.by(direction, "at").and(Sort.by(direction, "_id")))
                .limit(query.limit());
        if (query.actor() != null) {
            mongoQuery.addCriteria(where("actor").is(query.actor()));
        }
        if (query.action() != null) {
            mongoQuery.addCriteria(where("action").is(query.action()));
        }
        if (query.target() != null) {
            mongoQuery.addCriteria(where("target").is(query.target()));
        }
        return mongo.find(mongoQuery, AuditEntry.class, COLLECTION);
    }
}
