package vn.gov.daklak.routing.casefile;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import com.mongodb.ErrorCategory;

import vn.gov.daklak.contracts.report.EscalationLevel;
import vn.gov.daklak.platform.keys.Backfill;
import vn.gov.daklak.platform.outbox.OutboxMessage;
import vn.gov.daklak.platform.outbox.OutboxRelay;

@Repository
public class MongoRoutingCases implements RoutingCases {
    static final String COLLECTION = "routing_decisions";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final MongoEscalationCalendar calendar;
    private final Clock clock;

    @Autowired
    public MongoRoutingCases(MongoTemplate mongo, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.relay = relay;
        this.calendar = new MongoEscalationCalendar(mongo);
        this.clock = clock;
    }

    /** Another instance's view of the same database (tests, tools). */
    public MongoRoutingCases(MongoTemplate mongo, OutboxRelay relay) {
        this(mongo, relay, Clock.systemUTC());
    }

    @Override
    public Set<String> openAll(List<Opening> openings) {
        if (openings.isEmpty()) {
            return Set.of();
        }
        Map<String, Instant> firstDeadlines = new LinkedHashMap<>();
        openings.forEach(o -> firstDeadlines.put(o.decision().reportId(), o.decision().deadlines().acknowledgeBy()));
        // filed first: a crash before the insert leaves entries without a case (dropped by the scan), never a case
        // the calendar does not know
        calendar.fileAll(firstDeadlines, clock.instant());
        BulkOperations insert = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, RoutingCaseDocument.class);
        openings.forEach(o -> insert.insert(RoutingCaseDocument.open(o.decision(), o.lane(), o.routed(),
                o.sourceEventId())));
        Set<Integer> refused = new HashSet<>();
        try {
            insert.execute();
        } catch (BulkOperationException e) {
            for (var error : e.getErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                refused.add(error.getIndex()); // routed already (a redelivery racing another instance)
            }
        }
        Set<String> opened = new LinkedHashSet<>();
        for (int i = 0; i < openings.size(); i++) {
            if (!refused.contains(i)) {
                String reportId = openings.get(i).decision().reportId();
                opened.add(reportId);
                relay.wakeUp(COLLECTION, reportId);
            }
        }
        return opened;
    }

    @Override
    public Set<String> existing(Collection<String> reportIds) {
        if (reportIds.isEmpty()) {
            return Set.of();
        }
        Query query = query(where("_id").in(reportIds));
        query.fields().include("_id");
        Set<String> found = new HashSet<>();
        mongo.find(query, Document.class, COLLECTION).forEach(d -> found.add(d.getString("_id")));
        return found;
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
        // the new team has to acknowledge: the next scan looks at the case again
        calendar.file(seen.reportId(), clock.instant(), clock.instant());
        return updateSeen(seen, update, true);
    }

    @Override
    public boolean updateProgress(RoutingCase seen, Progress progress, String eventId) {
        if (seen.progress().finished() && !progress.finished()) {
            calendar.file(seen.reportId(), clock.instant(), clock.instant()); // reopened: its steps start again
        }
        return updateSeen(seen, new Update().set("progress", progress).push("appliedEventIds", eventId)
                .inc("version", 1), false);
    }

    @Override
    public boolean markApplied(RoutingCase seen, String eventId) {
        return updateSeen(seen, new Update().push("appliedEventIds", eventId).inc("version", 1), false);
    }

    @Override
    public List<DueCase> due(Instant now, int limit) {
        List<MongoEscalationCalendar.Entry> entries = calendar.dueBy(now);
        entries = entries.subList(0, Math.min(limit, entries.size()));
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<String, RoutingCase> found = new HashMap<>();
        mongo.find(query(where("_id").in(entries.stream().map(MongoEscalationCalendar.Entry::reportId).toList())),
                RoutingCaseDocument.class).forEach(doc -> found.put(doc.reportId(), doc.toCase()));
        List<DueCase> due = new ArrayList<>();
        for (MongoEscalationCalendar.Entry entry : entries) {
            RoutingCase c = found.get(entry.reportId());
            if (c == null) {
                calendar.remove(entry.reportId(), entry.filedFor()); // filed, then the insert never happened
            } else {
                due.add(new DueCase(c, entry.filedFor()));
            }
        }
        return due;
    }

    @Override
    public void reschedule(DueCase due, Instant next) {
        if (next != null) {
            calendar.file(due.routingCase().reportId(), next, clock.instant());
        }
        calendar.remove(due.routingCase().reportId(), due.filedFor());
    }

    /** Files the cases stored before the calendar existed (once, at start-up). */
    @EventListener(ApplicationReadyEvent.class)
    void backfillCalendar() {
        Backfill.once(mongo, "escalation-calendar-v1", () -> {
            Instant now = clock.instant();
            try (var all = mongo.stream(new Query(), RoutingCaseDocument.class)) {
                all.map(RoutingCaseDocument::toCase).forEach(c -> {
                    Instant next = c.nextEscalationAfter(Instant.MIN);
                    if (next != null) {
                        calendar.file(c.reportId(), next, now);
                    }
                });
            }
        });
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

    /** The query form of {@link RoutingCase#isDue}, for the claim. */
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
