package vn.gov.daklak.feedback.transparency;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.ReportCondition;
import vn.gov.daklak.feedback.report.ReportSearch;

/**
 * Reads the reports the public may see one by one (see {@link PublicCategories}). Every public read goes through
 * here, so no query can forget the category rule.
 */
@Service
public class PublicReports {
    private final ReportSearch search;

    PublicReports(ReportSearch search) {
        this.search = search;
    }

    /** The report, if it exists and is public. */
    public Optional<Report> byId(String id) {
        return search.findOne(listedAnd(ReportCondition.idIn(List.of(id))));
    }

    /** Public reports matching {@code filter}, sorted and cut to {@code limit}. */
    public List<Report> find(ReportCondition filter, ReportSearch.Order order, int limit) {
        return search.find(listedAnd(filter), order, 0, limit);
    }

    /** One page of public reports matching {@code filter}, newest first, with the total count. */
    public PublicPage<Report> page(ReportCondition filter, int page, int size) {
        ReportCondition listed = listedAnd(filter);
        long total = search.count(listed);
        List<Report> items = search.find(listed, ReportSearch.Order.NEWEST_FIRST, (long) page * size, size);
        return new PublicPage<>(items, page, size, total);
    }

    private static ReportCondition listedAnd(ReportCondition filter) {
        return ReportCondition.all(ReportCondition.categoryIn(PublicCategories.listedCodes()), filter);
    }
}
