package vn.gov.daklak.feedback.lifecycle;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.ReportChanges;

/** Closes resolutions nobody confirmed or disputed within 7 days. Safe to run on every instance. */
@Component
public class AutoClose {
    private final MongoTemplate mongo;
    private final ReportChanges changes;
    private final Clock clock;

    AutoClose(MongoTemplate mongo, ReportChanges changes, Clock clock) {
        this.mongo = mongo;
        this.changes = changes;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${feedback.auto-close.interval:PT10M}", initialDelayString = "PT1M")
    public int run() {
        Instant now = clock.instant();
        Query due = Query.query(Criteria.where("status").is(ReportStatus.RESOLVED)
                .and("resolvedAt").lte(now.minus(Report.DISPUTE_WINDOW)));
        due.fields().include("_id");
        int closed = 0;
        for (Report report : mongo.find(due.limit(500), Report.class)) {
            // re-checked on the fresh copy: an instance that got there first leaves nothing to do
            changes.apply(report.id(), r -> r.closeIfUndisputed(clock.instant()));
            closed++;
        }
        return closed;
    }
}
