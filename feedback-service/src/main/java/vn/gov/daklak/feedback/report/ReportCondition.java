package vn.gov.daklak.feedback.report;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import vn.gov.daklak.contracts.report.ReportStatus;

/** What a report must be like to be read by {@link ReportSearch}: the listings that select by content. */
public sealed interface ReportCondition {

    record IdIn(Set<String> ids) implements ReportCondition {
    }

    record CategoryIn(Set<String> categoryCodes) implements ReportCondition {
    }

    record StatusIn(Set<ReportStatus> statuses) implements ReportCondition {
    }

    /** In a commune: routing's decision, or the commune given at intake while not yet routed. */
    record InCommune(String communeCode) implements ReportCondition {
    }

    record SubmittedFrom(Instant from) implements ReportCondition {
    }

    record SubmittedBefore(Instant before) implements ReportCondition {
    }

    record SubmittedUntil(Instant until) implements ReportCondition {
    }

    /** A timeline entry was made between both instants (included). */
    record ChangedBetween(Instant from, Instant until) implements ReportCondition {
    }

    record All(List<ReportCondition> conditions) implements ReportCondition {
    }

    static ReportCondition idIn(Collection<String> ids) {
        return new IdIn(Set.copyOf(ids));
    }

    static ReportCondition categoryIn(Collection<String> categoryCodes) {
        return new CategoryIn(Set.copyOf(categoryCodes));
    }

    static ReportCondition statusIn(Collection<ReportStatus> statuses) {
        return new StatusIn(Set.copyOf(statuses));
    }

    static ReportCondition all(List<ReportCondition> conditions) {
        return new All(List.copyOf(conditions));
    }

    static ReportCondition all(ReportCondition... conditions) {
        return all(List.of(conditions));
    }
}
