package vn.gov.daklak.routing.casefile;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.contracts.report.EscalationLevel;
import vn.gov.daklak.contracts.report.Lane;
import vn.gov.daklak.platform.outbox.OutboxMessage;
import vn.gov.daklak.platform.outbox.OutboxRelay;
import vn.gov.daklak.routing.decision.RoutingDecision;

@Repository
public class MongoRoutingCases implements RoutingCases {
    static final String COLLECTION = "routing_decisions";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public MongoRoutingCases(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    @Override
    public boolean open(RoutingDecision decision, Lane lane, OutboxMessage routed, String sourceEventId) {
        try {
            // insert (not save): wakes the outbox relay and never overwrites an earlier decision
            mongo.insert(RoutingCaseDocument.open(decision, lane, routed, sourceEventId));
            return true;
        } catch (DuplicateKeyException alreadyRouted) {
            return false;
        }
    }

    @Override
    public boolean exists(String reportId) {
        return mongo.exists(query(where("_id").is(reportId)), RoutingCaseDocument.class);
    }

    @Override
    public Optional<RoutingCase> find(String reportId) {
        return Optional.ofNullable(mongo.findById(reportId, RoutingCaseDocument.class))
                .map(RoutingCaseDocument::toCase);
    }

    @Override
    public boolean addHop(RoutingCase seen, Hop hop, OutboxMessage routed) {
        Update update = new Update()
                .set("current", hop.assignment())
                .set("assignedAt", hop.at())
                .set("progress", seen.progress().newTeam())
                .push("hops", hop)
                .push("appliedEventIds", hop.eventId())
                .push("outbox", routed)
                .inc("version", 1);
        if (hop.isTransfer()) {
            update.inc("transfers", 1);
        }
        return updateSeen(seen, update, true);
    }

    @Override
    public boolean updateProgress(RoutingCase seen, Progress progress, String eventId) {
        return updateSeen(seen, new Update().set("progress", progress).push("appliedEventIds", eventId)
                .inc("version", 1), false);
    }

    @Override
    public boolean markApplied(RoutingCase seen, String eventId) {
        return updateSeen(seen, new Update().push("appliedEventIds", eventId).inc("version", 1), false);
    }

    @Override
    public List<RoutingCase> dueFor(EscalationLevel level, Instant now, int limit) {
        Query query = query(due(level, now)).with(Sort.by(deadlineField(level))).limit(limit);
        return mongo.find(query, RoutingCaseDocument.class).stream().map(RoutingCaseDocument::toCase).toList();
    }

    @Override
    public boolean claim(RoutingCase seen, EscalationStep step, OutboxMessage escalated) {
        Criteria stillDue = new Criteria().andOperator(due(step.level(), step.at()),
                where("_id").is(seen.reportId()).and("current.teamId").is(seen.current().teamId())
                        .and("current.communeCode").is(seen.current().communeCode()));
        Update take = new Update()
                .set("escalations." + step.level().name(), step)
                .push("outbox", escalated)
                .inc("version", 1);
        // findAndModify on "step not taken yet": atomic on one document, so exactly one instance gets it back
        boolean claimed = mongo.findAndModify(query(stillDue), take, RoutingCaseDocument.class) != null;
        if (claimed) {
            relay.wakeUp(COLLECTION, seen.reportId());
        }
        return claimed;
    }

    /** The query form of {@link RoutingCase#isDue}. */
    private static Criteria due(EscalationLevel level, Instant now) {
        Criteria c = where(deadlineField(level)).lte(now)
                .and("escalations." + level.name()).exists(false)
                .and("progress.finishedAt").is(null);
        return switch (level) {
            case TEAM_LEAD -> c.and("progress.acknowledgedAt").is(null);
            case COMMUNE_CHAIRMAN -> c.and("current.communeCode").ne(null);
            case PROVINCE_OPERATIONS -> c;
        };
    }

    private static String deadlineField(EscalationLevel level) {
        return switch (level) {
            case TEAM_LEAD -> "deadlines.acknowledgeBy";
            case COMMUNE_CHAIRMAN -> "deadlines.resolveBy";
            case PROVINCE_OPERATIONS -> "deadlines.provinceEscalationBy";
        };
    }

    private boolean updateSeen(RoutingCase seen, Update update, boolean publishes) {
        boolean updated = mongo.updateFirst(query(where("_id").is(seen.reportId()).and("version").is(seen.version())),
                update, RoutingCaseDocument.class).getModifiedCount() == 1;
        if (updated && publishes) {
            relay.wakeUp(COLLECTION, seen.reportId());
        }
        return updated;
    }
}
