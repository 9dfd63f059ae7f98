package vn.gov.daklak.feedback.transparency;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.gov.daklak.feedback.report.Report;

/**
 * Reads the reports the public may see one by one (see {@link PublicCategories}). Every public read goes through
 * here, so no query can forget the category rule. Plain finds: they work on real MongoDB and on the stand-in.
 */
@Service
public class PublicReports {
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "submittedAt");

    private final MongoTemplate mongo;

    PublicReports(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The report, if it exists and is public. */
    public Optional<Report> byId(String id) {
        return Optional.ofNullable(mongo.findOne(Query.query(listedAnd(where("_id").is(id))), Report.class));
    }

    /** Public reports matching {@code filter}, sorted and cut to {@code limit}. */
    public List<Report> find(Criteria filter, Sort sort, int limit) {
        return mongo.find(Query.query(listedAnd(filter)).with(sort).limit(limit), Report.class);
    }

    /** One page of public reports matching {@code filter}, newest first, with the total count. */
    public PublicPage<Report> page(Criteria filter, int page, int size) {
        Query query = Query.query(listedAnd(filter));
        long total = mongo.count(query, Report.class);
        List<Report> items = mongo.find(query.with(NEWEST_FIRST).skip((long) page * size).limit(size), Report.class);
        return new PublicPage<>(items, page, size, total);
    }

    public long count(Criteria filter) {
        return mongo.count(Query.query(listedAnd(filter)), Report.class);
    }

    /** Reports in a commune: routing's decision, or the commune given at intake while not yet routed. */
    public static Criteria inCommune(String communeCode) {
        return new Criteria().orOperator(where("assignment.communeCode").is(communeCode),
                where("assignment").is(null).and("communeCode").is(communeCode));
    }

    private static Criteria listedAnd(Criteria filter) {
        return new Criteria().andOperator(where("categoryCode").in(PublicCategories.listedCodes()), filter);
    }
}
