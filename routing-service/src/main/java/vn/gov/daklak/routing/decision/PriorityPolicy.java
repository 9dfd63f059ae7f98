package vn.gov.daklak.routing.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.reference.Categories;
import vn.gov.daklak.reference.Category;
import vn.gov.daklak.routing.text.FoldedText;

/**
 * URGENT when the category is urgent by default, or the text contains a danger keyword (danger to life or property,
 * whatever the category: fire, flooding, landslide, fallen power line, collapsed bridge…) or one of the category's
 * (or subcategory's) urgent keywords, with or without diacritics; NORMAL otherwise.
 */
final class PriorityPolicy {
    /**
     * {@code emergency_redirect} categories (fire, explosion) are told to call 114, but what still reaches us is at
     * least as urgent as an {@code urgent} one.
     */
    private static final Set<String> URGENT_DEFAULTS = Set.of("urgent", "emergency_redirect");

    private final List<String> dangerKeywords;

    PriorityPolicy(List<String> dangerKeywords) {
        this.dangerKeywords = dangerKeywords == null ? List.of() : List.copyOf(dangerKeywords);
    }

    PriorityAssessment assess(String categoryCode, FoldedText text) {
        Optional<Category> category = Categories.byCode(categoryCode);
        if (category.isPresent() && category.get().urgencyDefault() != null
                && URGENT_DEFAULTS.contains(category.get().urgencyDefault())) {
            return new PriorityAssessment(Priority.URGENT,
                    "lĩnh vực " + category.get().nameVi() + " mặc định khẩn cấp");
        }
        List<String> keywords = new ArrayList<>(dangerKeywords);
        category.ifPresent(c -> keywords.addAll(c.urgentKeywordsVi()));
        Categories.subcategory(categoryCode).ifPresent(sub -> keywords.addAll(sub.urgentKeywordsVi()));
        for (String keyword : keywords) {
            if (text.contains(keyword)) {
                return new PriorityAssessment(Priority.URGENT, "nội dung có từ khóa khẩn cấp \"" + keyword + "\"");
            }
        }
        return new PriorityAssessment(Priority.NORMAL, "");
    }
}
