package vn.gov.daklak.feedback.queue;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.stream.Stream;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.platform.keys.Backfill;

/** Fills the {@link TeamQueueIndex} from the reports routed before it existed (once, at start-up). */
@Component
class TeamQueueBackfill {
    private final MongoTemplate mongo;
    private final TeamQueueIndex index;

    TeamQueueBackfill(MongoTemplate mongo, TeamQueueIndex index) {
        this.mongo = mongo;
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        Backfill.once(mongo, "team-queues-v1", () -> {
            try (Stream<Report> routed = mongo.stream(query(where("assignment.teamId").ne(null)), Report.class)) {
                routed.forEach(report -> index.record(report, report.currentTeamId()));
            }
        });
    }
}
