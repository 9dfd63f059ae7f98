package vn.gov.daklak.feedback.report;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** {@link ReportSearch} as MongoDB queries on {@code reports}: plain finds, on real MongoDB and on the stand-in. */
@Repository
class MongoReportSearch implements ReportSearch {
    private final MongoTemplate mongo;

    MongoReportSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Report> findOne(ReportCondition condition) {
        return Optional.ofNullable(mongo.findOne(Query.query(criteria(condition)), ReportDocument.class))
                .map(ReportDocument::toReport);
    }

    @Override
    public List<Report> find(ReportCondition condition, Order order, long skip, int limit) {
        Query query = Query.query(criteria(condition)).with(sort(order)).skip(skip).limit(limit);
        return mongo.find(query, ReportDocument.class).stream().map(ReportDocument::toReport).toList();
    }

    @Override
    public long count(ReportCondition condition) {
        return mongo.count(Query.query(criteria(condition)), ReportDocument.class);
    }

    @Override
    public void forEachSummary(ReportCondition condition, Consumer<Report> action) {
        Query query = Query.query(criteria(condition));
        query.fields().include("categoryCode", "communeCode", "assignment.communeCode", "assignment.communeName",
                "assignment.resolveBy", "status", "submittedAt", "resolvedAt", "rating.score");
        try (Stream<ReportDocument> reports = mongo.stream(query, ReportDocument.class)) {
            reports.map(ReportDocument::toReport).forEach(action);
        }
    }

    private static Sort sort(Order order) {
        return switch (order) {
            case NEWEST_FIRST -> Sort.by(Sort.Direction.DESC, "submittedAt");
            case LATEST_CHANGE_FIRST -> Sort.by(Sort.Direction.DESC, "updatedAt");
        };
    }

    private static Criteria criteria(ReportCondition condition) {
        if (condition instanceof ReportCondition.IdIn c) {
            return where("_id").in(c.ids());
        } else if (condition instanceof ReportCondition.CategoryIn c) {
            return where("categoryCode").in(c.categoryCodes());
        } else if (condition instanceof ReportCondition.StatusIn c) {
            return where("status").in(c.statuses());
        } else if (condition instanceof ReportCondition.InCommune c) {
            return new Criteria().orOperator(where("assignment.communeCode").is(c.communeCode()),
                    where("assignment").is(null).and("communeCode").is(c.communeCode()));
        } else if (condition instanceof ReportCondition.SubmittedFrom c) {
            return where("submittedAt").gte(c.from());
        } else if (condition instanceof ReportCondition.SubmittedBefore c) {
            return where("submittedAt").lt(c.before());
        } else if (condition instanceof ReportCondition.SubmittedUntil c) {
            return where("submittedAt").lte(c.until());
        } else if (condition instanceof ReportCondition.ChangedBetween c) {
            return where("timeline").elemMatch(where("at").gte(c.from()).lte(c.until()));
        }
        List<ReportCondition> all = ((ReportCondition.All) condition).conditions();
        return all.isEmpty() ? new Criteria()
                : new Criteria().andOperator(all.stream().map(MongoReportSearch::criteria).toList());
    }
}
