package vn.gov.daklak.feedback.transparency;

import java.time.LocalDate;
import java.util.List;

/**
 * Performance per commune and category over submission days {@code from}..{@code to}: {@code total} over all rows,
 * then one row per commune and category with at least one report (commune {@code null}: not yet located).
 */
public record PublicStats(LocalDate from, LocalDate to, Row total, List<Row> rows) {

    /**
     * @param received             reports submitted in the period
     * @param resolved             of them, those resolved (and not reopened since)
     * @param resolvedOnTime       of the resolved ones with a deadline, those resolved by it
     * @param onTimeShare          {@code resolvedOnTime} over the resolved ones with a deadline, 0..1
     * @param medianHoursToResolve median time from submission to resolution
     * @param averageSatisfaction  mean of the residents' ratings (1..5), over {@code ratings} ratings
     */
    public record Row(String communeCode, String communeName, String categoryCode, String categoryName,
                      long received, long resolved, long resolvedOnTime, Double onTimeShare,
                      Double medianHoursToResolve, Double averageSatisfaction, long ratings) {
    }
}
