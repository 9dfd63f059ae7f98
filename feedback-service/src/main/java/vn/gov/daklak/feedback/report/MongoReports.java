package vn.gov.daklak.feedback.report;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.platform.outbox.OutboxMessage;
import vn.gov.daklak.platform.outbox.OutboxRelay;

/**
 * Reports in MongoDB ({@link ReportDocument}). A change is one update by {@code _id} and the version read: it sets
 * the report's state, pushes its events onto {@code outbox} (so events still waiting there stay untouched) and
 * raises the version; then it wakes the outbox relay. A new report is inserted, which wakes the relay by itself.
 * The look-ups of a new report are filed before it is inserted (see {@link ReportLookups}).
 */
@Repository
class MongoReports implements Reports {
    private final MongoTemplate mongo;
    private final ReportLookups lookups;
    private final OutboxRelay relay;

    MongoReports(MongoTemplate mongo, ReportLookups lookups, OutboxRelay relay) {
        this.mongo = mongo;
        this.lookups = lookups;
        this.relay = relay;
    }

    @Override
    public Optional<Report> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ReportDocument.class)).map(ReportDocument::toReport);
    }

    @Override
    public Optional<Report> findByTrackingCode(String trackingCode) {
        return Optional.ofNullable(mongo.findOne(query(where("trackingCode").is(trackingCode)), ReportDocument.class))
                .map(ReportDocument::toReport);
    }

    @Override
    public List<Report> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(query(where("_id").in(ids)), ReportDocument.class).stream().map(ReportDocument::toReport)
                .toList();
    }

    @Override
    public Report add(Report report, List<OutboxMessage> events) {
        // the look-ups first: a crash before the insert leaves an entry that readers skip, never a lost report
        lookups.filed(report);
        return mongo.insert(ReportDocument.of(report, new ArrayList<>(events), 0)).toReport();
    }

    @Override
    public Report update(Report report, List<OutboxMessage> events) {
        long version = report.version();
        ReportDocument changed = ReportDocument.of(report, List.of(), version + 1);
        List<Bson> updates = new ArrayList<>(stateOf(changed));
        if (!events.isEmpty()) {
            updates.add(Updates.pushEach("outbox", events.stream().map(this::toBson).toList()));
        }
        updates.add(Updates.inc("version", 1));
        long matched = mongo.getCollection(ReportDocument.COLLECTION).updateOne(
                Filters.and(Filters.eq("_id", report.id()), Filters.eq("version", version)),
                Updates.combine(updates)).getMatchedCount();
        if (matched == 0) {
            throw new OptimisticLockingFailureException("Report " + report.id() + " changed since version "
                    + version + " was read");
        }
        if (!events.isEmpty()) {
            relay.wakeUp(ReportDocument.COLLECTION, report.id());
        }
        return changed.toReport();
    }

    @Override
    public void claim(String reportId, String phoneKey, String ownerId) {
        mongo.updateFirst(query(where("_id").is(reportId).and("onBehalfPhoneKey").is(phoneKey).and("ownerId")
                .is(null)), new Update().set("ownerId", ownerId).inc("version", 1), ReportDocument.class);
    }

    @Override
    public void forgetQueueNotice(String reportId, String noticeId) {
        mongo.getCollection(ReportDocument.COLLECTION).updateOne(Filters.eq("_id", reportId),
                Updates.pull("queueNotices", new Document("noticeId", noticeId)));
    }

    @Override
    public List<String> holdingQueueNotices(int limit) {
        return ids(query(where("queueNotices.0").exists(true)).limit(limit));
    }

    @Override
    public List<String> resolvedUntil(Instant cutoff, int limit) {
        return ids(query(where("status").is(ReportStatus.RESOLVED.name()).and("resolvedAt").lte(cutoff))
                .limit(limit));
    }

    @Override
    public void forEachRouted(Consumer<Report> action) {
        try (Stream<ReportDocument> routed = mongo.stream(query(where("assignment.teamId").ne(null)),
                ReportDocument.class)) {
            routed.map(ReportDocument::toReport).forEach(action);
        }
    }

    private List<String> ids(Query query) {
        query.fields().include("_id");
        return mongo.find(query, Document.class, ReportDocument.COLLECTION).stream()
                .map(doc -> doc.getString("_id")).toList();
    }

    /** {@code $set} of every field of the report's state, {@code $unset} of those it no longer has. */
    private List<Bson> stateOf(ReportDocument changed) {
        Document written = toBson(changed);
        List<Bson> updates = new ArrayList<>();
        for (MongoPersistentProperty property : mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(ReportDocument.class)) {
            String field = property.getFieldName();
            if (!ReportDocument.NOT_STATE.contains(field)) {
                updates.add(written.get(field) == null ? Updates.unset(field) : Updates.set(field, written.get(field)));
            }
        }
        return updates;
    }

    private Document toBson(Object value) {
        Document document = new Document();
        mongo.getConverter().write(value, document);
        document.remove("_class");
        return document;
    }
}
