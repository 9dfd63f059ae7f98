package vn.gov.daklak.routing.decision;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.platform.outbox.OutboxMessage;

@Repository
class MongoRoutingDecisions implements RoutingDecisions {
    static final String COLLECTION = "routing_decisions";

    private final MongoTemplate mongo;

    MongoRoutingDecisions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean exists(String reportId) {
        return mongo.exists(query(where("_id").is(reportId)), RoutingDecisionDocument.class);
    }

    @Override
    public Optional<RoutingDecision> find(String reportId) {
        return Optional.ofNullable(mongo.findById(reportId, RoutingDecisionDocument.class))
                .map(RoutingDecisionDocument::toDecision);
    }

    @Override
    public boolean insert(RoutingDecision decision, OutboxMessage event, String sourceEventId) {
        try {
            // insert (not save): wakes the outbox relay and never overwrites an earlier decision
            mongo.insert(RoutingDecisionDocument.of(decision, event, sourceEventId));
            return true;
        } catch (DuplicateKeyException alreadyDecided) {
            return false;
        }
    }
}
