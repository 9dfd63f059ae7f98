package vn.gov.daklak.feedback.queue;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.gov.daklak.feedback.report.Reports;
import vn.gov.daklak.platform.keys.Backfill;

/** Fills the {@link TeamQueueIndex} from the reports routed before it existed (once per database, at start-up). */
@Component
class MongoTeamQueueBackfill {
    private final MongoTemplate mongo;
    private final Reports reports;
    private final TeamQueueIndex index;

    MongoTeamQueueBackfill(MongoTemplate mongo, Reports reports, TeamQueueIndex index) {
        this.mongo = mongo;
        this.reports = reports;
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        Backfill.once(mongo, "team-queues-v1", () -> reports.forEachRouted(
                report -> index.record(report, report.currentTeamId())));
    }
}
