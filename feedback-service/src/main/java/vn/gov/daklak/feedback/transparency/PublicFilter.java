package vn.gov.daklak.feedback.transparency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.feedback.report.ReportCondition;
import vn.gov.daklak.reference.Categories;
import vn.gov.daklak.reference.Communes;

/**
 * The filters of the public API: commune, category, statuses and a range of submission days (Vietnamese calendar
 * days, both ends included). Unknown codes are bad requests (400).
 */
record PublicFilter(String communeCode, String categoryCode, List<ReportStatus> statuses, LocalDate from,
                    LocalDate to) {

    static PublicFilter of(String commune, String category, List<ReportStatus> statuses, LocalDate from,
                           LocalDate to) {
        if (commune != null && Communes.byCode(commune).isEmpty()) {
            throw new IllegalArgumentException("commune: " + commune
                    + " is not the code of a commune or ward of Đắk Lắk");
        }
        String categoryCode = category == null ? null : Categories.byCode(category)
                .orElseThrow(() -> new IllegalArgumentException("category: " + category + " is not in the taxonomy"))
                .code();
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from: must not be after to");
        }
        return new PublicFilter(commune == null ? null : commune.strip(), categoryCode,
                statuses == null ? List.of() : List.copyOf(statuses), from, to);
    }

    Instant start() {
        return from == null ? null : from.atStartOfDay(PublicTime.VIETNAM).toInstant();
    }

    /** The first instant after the range. */
    Instant end() {
        return to == null ? null : to.plusDays(1).atStartOfDay(PublicTime.VIETNAM).toInstant();
    }

    ReportCondition condition() {
        List<ReportCondition> all = new ArrayList<>();
        if (communeCode != null) {
            all.add(new ReportCondition.InCommune(communeCode));
        }
        if (categoryCode != null) {
            all.add(ReportCondition.categoryIn(List.of(categoryCode)));
        }
        if (!statuses.isEmpty()) {
            all.add(ReportCondition.statusIn(statuses));
        }
        if (from != null) {
            all.add(new ReportCondition.SubmittedFrom(start()));
        }
        if (to != null) {
            all.add(new ReportCondition.SubmittedBefore(end()));
        }
        return ReportCondition.all(all);
    }
}
