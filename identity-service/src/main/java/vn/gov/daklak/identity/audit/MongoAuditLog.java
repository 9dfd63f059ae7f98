package vn.gov.daklak.identity.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The {@value #COLLECTION} collection, written with inserts only. On real MongoDB, give the service's database user
 * {@code insert} and {@code find} on it and no {@code update}/{@code remove}, so that not even the service can
 * rewrite history (see the README).
 */
@Repository
class MongoAuditLog implements AuditLog {
    static final String COLLECTION = "audit_log";

    private final MongoTemplate mongo;

    MongoAuditLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void append(AuditEntry entry) {
        mongo.insert(entry, COLLECTION);
    }

    @Override
    public List<AuditEntry> find(String actor, String action, int limit) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit);
        if (actor != null) {
            query.addCriteria(where("actor").is(actor));
        }
        if (action != null) {
            query.addCriteria(where("action").is(action));
        }
        return mongo.find(query, AuditEntry.class, COLLECTION);
    }
}
