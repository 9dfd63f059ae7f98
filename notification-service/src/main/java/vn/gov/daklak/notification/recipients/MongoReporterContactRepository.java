package vn.gov.daklak.notification.recipients;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.Optional;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.contracts.report.Priority;

@Repository
class MongoReporterContactRepository implements ReporterContacts {
    private static final FindAndModifyOptions RETURN_NEW = FindAndModifyOptions.options().returnNew(true);

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoReporterContactRepository(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void remember(String reportId, Contact contact) {
        Update update = new Update()
                .setOnInsert("trackingCode", contact.trackingCode())
                .setOnInsert("phone", contact.phone())
                .setOnInsert("email", contact.email())
                .setOnInsert("zaloUserId", contact.zaloUserId())
                .setOnInsert("preferredChannel", contact.preferredChannel())
                .setOnInsert("language", contact.language())
                .setOnInsert("sequence", 0L)
                .setOnInsert("recordedAt", clock.instant());
        mongo.upsert(byId(reportId), update, ReporterContactDocument.class);
    }

    @Override
    public Optional<SequencedContact> nextForReport(String reportId) {
        ReporterContactDocument doc = mongo.findAndModify(byId(reportId), new Update().inc("sequence", 1L),
                RETURN_NEW, ReporterContactDocument.class);
        return Optional.ofNullable(doc).map(d -> new SequencedContact(d.toContact(), d.sequence()));
    }

    @Override
    public void routed(String reportId, Priority priority) {
        if (priority != null) {
            mongo.updateFirst(byId(reportId), new Update().set("priority", priority), ReporterContactDocument.class);
        }
    }

    @Override
    public Optional<ReportSummary> summary(String reportId) {
        return Optional.ofNullable(mongo.findById(reportId, ReporterContactDocument.class))
                .map(d -> new ReportSummary(d.trackingCode(), d.priority()));
    }

    private static Query byId(String reportId) {
        return Query.query(where("_id").is(reportId));
    }
}
