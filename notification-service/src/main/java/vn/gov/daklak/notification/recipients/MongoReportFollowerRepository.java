package vn.gov.daklak.notification.recipients;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import vn.gov.daklak.platform.keys.Backfill;
import vn.gov.daklak.platform.keys.KeyedLookup;

/**
 * {@code report_followers} ({@code _id} = the event id) and the look-up {@code followers_by_report}, so a report's
 * followers are read by key.
 */
@Repository
class MongoReportFollowerRepository implements ReportFollowers {
    private final MongoTemplate mongo;
    private final KeyedLookup byReport;
    private final Clock clock;

    MongoReportFollowerRepository(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.byReport = new KeyedLookup(mongo, "followers_by_report");
        this.clock = clock;
    }

    @Override
    public boolean add(Follower follower) {
        byReport.put(follower.reportId(), follower.eventId(), true); // before the record: readers check by id
        try {
            mongo.insert(ReportFollowerDocument.of(follower, clock.instant()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public List<Follower> of(String reportId) {
        Set<String> eventIds = byReport.entries(reportId).keySet();
        if (eventIds.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(where("_id").in(eventIds))
                .with(Sort.by("recordedAt").ascending().and(Sort.by("_id")));
        List<Follower> followers = new ArrayList<>();
        Set<String> people = new HashSet<>();
        for (ReportFollowerDocument doc : mongo.find(query, ReportFollowerDocument.class)) {
            if (!reportId.equals(doc.reportId())) {
                continue;
            }
            Follower follower = doc.toFollower();
            if (people.add(follower.personKey())) {
                followers.add(follower);
            }
        }
        return followers;
    }

    /** Files the followers stored before the look-up existed (once, at start-up). */
    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        Backfill.once(mongo, "followers-by-report-v1", () -> mongo.findAll(ReportFollowerDocument.class)
                .forEach(doc -> byReport.put(doc.reportId(), doc.eventId(), true)));
    }
}
