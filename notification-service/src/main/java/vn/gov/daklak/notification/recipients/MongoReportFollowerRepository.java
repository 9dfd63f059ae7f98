package vn.gov.daklak.notification.recipients;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoReportFollowerRepository implements ReportFollowers {
    private final MongoTemplate mongo;
    private final Clock clock;

    MongoReportFollowerRepository(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean add(Follower follower) {
        try {
            mongo.insert(ReportFollowerDocument.of(follower, clock.instant()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public List<Follower> of(String reportId) {
        Query query = Query.query(where("reportId").is(reportId))
                .with(Sort.by("recordedAt").ascending().and(Sort.by("_id")));
        List<Follower> followers = new ArrayList<>();
        Set<String> people = new HashSet<>();
        for (ReportFollowerDocument doc : mongo.find(query, ReportFollowerDocument.class)) {
            Follower follower = doc.toFollower();
            if (people.add(follower.personKey())) {
                followers.add(follower);
            }
        }
        return followers;
    }
}
