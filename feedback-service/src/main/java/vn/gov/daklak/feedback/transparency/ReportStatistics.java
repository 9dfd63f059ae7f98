package vn.gov.daklak.feedback.transparency;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.reference.Categories;
import vn.gov.daklak.reference.Category;
import vn.gov.daklak.reference.Communes;

/**
 * The public statistics. The stand-in MongoDB has no {@code $median} (and real MongoDB only from 7.0), so this
 * streams the few fields it needs of the period's reports and adds them up in Java: memory grows with the number
 * of rows (≤ 102 communes × 31 categories) plus one number per resolved report. Bounded by the period, at most
 * {@value #LONGEST_PERIOD_DAYS} days.
 */
@Service
class ReportStatistics {
    static final int LONGEST_PERIOD_DAYS = 366;
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::communeCode,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Key::categoryCode);

    private final MongoTemplate mongo;
    private final Clock clock;

    ReportStatistics(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    private record Key(String communeCode, String categoryCode) {
    }

    PublicStats compute(String commune, String category, LocalDate from, LocalDate to) {
        LocalDate last = to != null ? to : LocalDate.now(clock.withZone(PublicTime.VIETNAM));
        LocalDate first = from != null ? from : last.minusDays(364);
        if (ChronoUnit.DAYS.between(first, last) + 1 > LONGEST_PERIOD_DAYS) {
            throw new IllegalArgumentException("from, to: a period of at most " + LONGEST_PERIOD_DAYS + " days");
        }
        PublicFilter filter = PublicFilter.of(commune, category, null, first, last);
        Query query = Query.query(new Criteria().andOperator(
                where("categoryCode").in(PublicCategories.countedCodes()), filter.criteria()));
        query.fields().include("categoryCode", "communeCode", "assignment.communeCode", "assignment.communeName",
                "assignment.resolveBy", "status", "submittedAt", "resolvedAt", "rating.score");

        Map<Key, Tally> rows = new TreeMap<>(ORDER);
        Tally total = new Tally();
        try (Stream<Report> reports = mongo.stream(query, Report.class)) {
            reports.forEach(report -> {
                rows.computeIfAbsent(new Key(PublicPlace.communeCode(report), report.categoryCode()),
                        key -> new Tally()).add(report);
                total.add(report);
            });
        }
        return new PublicStats(first, last, total.row(null, null, null, null), rows.entrySet().stream()
                .map(row -> row.getValue().row(row.getKey().communeCode(), communeName(row.getKey().communeCode()),
                        row.getKey().categoryCode(), Categories.byCode(row.getKey().categoryCode())
                                .map(Category::nameVi).orElse(null)))
                .toList());
    }

    private static String communeName(String code) {
        return Communes.byCode(code).map(c -> c.fullName()).orElse(null);
    }
}
