package vn.gov.daklak.routing.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.reference.Categories;
import vn.gov.daklak.reference.Category;

/**
 * URGENT when the category is urgent by default or the title or description contains one of the category's (or the
 * chosen subcategory's) urgent keywords, with or without diacritics; NORMAL otherwise.
 */
final class PriorityPolicy {
    /**
     * {@code emergency_redirect} categories (fire, explosion) are told to call 114, but what still reaches us is at
     * least as urgent as an {@code urgent} one.
     */
    private static final Set<String> URGENT_DEFAULTS = Set.of("urgent", "emergency_redirect");

    PriorityAssessment assess(ReportSubmitted report) {
        Optional<Category> category = Categories.byCode(report.categoryCode());
        if (category.isEmpty()) {
            return new PriorityAssessment(Priority.NORMAL, "");
        }
        if (category.get().urgencyDefault() != null && URGENT_DEFAULTS.contains(category.get().urgencyDefault())) {
            return new PriorityAssessment(Priority.URGENT,
                    "lĩnh vực " + category.get().nameVi() + " mặc định khẩn cấp");
        }
        String text = (report.title() == null ? "" : report.title()) + " \n "
                + (report.description() == null ? "" : report.description());
        for (String keyword : keywords(category.get(), report.categoryCode())) {
            if (VietnameseText.containsPhrase(text, keyword)) {
                return new PriorityAssessment(Priority.URGENT, "nội dung có từ khóa khẩn cấp \"" + keyword + "\"");
            }
        }
        return new PriorityAssessment(Priority.NORMAL, "");
    }

    private static List<String> keywords(Category category, String categoryCode) {
        List<String> keywords = new ArrayList<>(category.urgentKeywordsVi());
        Categories.subcategory(categoryCode).ifPresent(sub -> keywords.addAll(sub.urgentKeywordsVi()));
        return keywords;
    }
}
