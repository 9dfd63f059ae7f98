package vn.gov.daklak.feedback.report;

import java.util.stream.Stream;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.gov.daklak.platform.keys.Backfill;

/** Fills {@link ReportLookups} from the reports stored before they existed (once, at start-up). */
@Component
class MongoReportLookupsBackfill {
    private final MongoTemplate mongo;
    private final ReportLookups lookups;

    MongoReportLookupsBackfill(MongoTemplate mongo, ReportLookups lookups) {
        this.mongo = mongo;
        this.lookups = lookups;
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        Backfill.once(mongo, "report-lookups-v1", () -> {
            try (Stream<ReportDocument> all = mongo.stream(new Query(), ReportDocument.class)) {
                all.map(ReportDocument::toReport).forEach(lookups::filed);
            }
        });
    }
}
