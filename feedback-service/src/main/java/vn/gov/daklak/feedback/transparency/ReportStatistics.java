package vn.gov.daklak.feedback.transparency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import vn.gov.daklak.feedback.report.ReportCondition;
import vn.gov.daklak.feedback.report.ReportSearch;
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

    private final ReportSearch search;
    private final Clock clock;

    ReportStatistics(ReportSearch search, Clock clock) {
        this.search = search;
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
        ReportCondition counted = ReportCondition.all(ReportCondition.categoryIn(PublicCategories.countedCodes()),
                filter.condition());

        Map<Key, Tally> rows = new TreeMap<>(ORDER);
        Tally total = new Tally();
        search.forEachSummary(counted, report -> {
            rows.computeIfAbsent(new Key(PublicPlace.communeCode(report), report.categoryCode()),
                    key -> new Tally()).add(report);
            total.add(report);
        });
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
