package vn.gov.daklak.feedback.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads of reports by their content rather than by key: the public listings, Open311 and the statistics. On the
 * MongoDB stand-in they read the whole collection (see docs/ARCHITECTURE.md, "What still scans").
 */
public interface ReportSearch {

    enum Order {
        NEWEST_FIRST, LATEST_CHANGE_FIRST
    }

    Optional<Report> findOne(ReportCondition condition);

    /** The reports matching {@code condition} in {@code order}, after skipping {@code skip}, at most {@code limit}. */
    List<Report> find(ReportCondition condition, Order order, long skip, int limit);

    long count(ReportCondition condition);

    /**
     * Every report matching {@code condition}, read with only what figures need: category, commune, the assignment's
     * commune and resolution deadline, status, submission and resolution times, the rating's score.
     */
    void forEachSummary(ReportCondition condition, Consumer<Report> action);
}
