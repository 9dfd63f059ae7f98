package vn.gov.daklak.feedback.queue;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.Report;

/** A team's work list: its reports, most urgent deadline first. */
@Service
class TeamQueues {
    /** What a team still has to act on, unless the caller filters by status. */
    static final Set<ReportStatus> ACTIONABLE = EnumSet.of(ReportStatus.ROUTED, ReportStatus.ACKNOWLEDGED,
            ReportStatus.IN_PROGRESS, ReportStatus.NEED_INFO, ReportStatus.REOPENED);
    static final int MAX_PAGE_SIZE = 100;

    private final MongoTemplate mongo;
    private final Clock clock;

    TeamQueues(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    record QueuePage(List<QueueItem> items, int page, int size, long totalItems, int totalPages) {
    }

    QueuePage page(String teamId, Set<ReportStatus> statuses, String categoryCode, int page, int size) {
        Criteria criteria = where("assignment.teamId").is(teamId)
                .and("status").in(statuses == null || statuses.isEmpty() ? ACTIONABLE : statuses);
        if (categoryCode != null && !categoryCode.isBlank()) {
            criteria = criteria.and("categoryCode").is(categoryCode.strip());
        }
        long total = mongo.count(Query.query(criteria), Report.class);
        var query = Query.query(criteria)
                .with(Sort.by("assignment.resolveBy", "assignment.acknowledgeBy", "submittedAt", "_id"))
                .skip((long) page * size).limit(size);
        List<QueueItem> items = mongo.find(query, Report.class).stream().map(r -> QueueItem.of(r, clock)).toList();
        return new QueuePage(items, page, size, total, (int) ((total + size - 1) / size));
    }
}
