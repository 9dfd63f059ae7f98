package vn.gov.daklak.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a report is urgent by its category and words: its category is urgent by default ({@code urgent}, or
 * {@code emergency_redirect}: fire and explosion are told to call 114, but what still reaches us is at least as
 * urgent), or its text holds a danger keyword ({@code danger_keywords.json}) or one of its category's or
 * subcategory's urgent keywords, as whole words with or without diacritics. One assessment for routing (the priority)
 * and for intake (the lane a report's events travel).
 */
public final class Urgency {
    public static final String DANGER_KEYWORDS_JSON = ReferenceData.BASE + "categories/danger_keywords.json";
    private static final Set<String> URGENT_DEFAULTS = Set.of("urgent", "emergency_redirect");

    /** Why a report is urgent: its category by default, or the keyword found in its text. */
    public record Signal(Category category, String keyword) {
        public boolean byCategory() {
            return keyword == null;
        }
    }

    private Urgency() {
    }

    /** A report as filed: its title, description and address, as routing reads them. */
    public static Optional<Signal> ofReport(String categoryCode, String title, String description,
                                            String addressText) {
        return assess(categoryCode, reportText(title, description, addressText), List.of());
    }

    public static FoldedText reportText(String title, String description, String addressText) {
        return FoldedText.of(String.join("\n", nonNull(title), nonNull(description), nonNull(addressText)));
    }

    /** @param extraKeywords phrases a deployment adds to the danger keywords */
    public static Optional<Signal> assess(String categoryCode, FoldedText text, Collection<String> extraKeywords) {
        Optional<Category> category = Categories.byCode(categoryCode);
        if (category.isPresent() && URGENT_DEFAULTS.contains(category.get().urgencyDefault())) {
            return Optional.of(new Signal(category.get(), null));
        }
        List<String> keywords = new ArrayList<>(Keywords.DANGER);
        keywords.addAll(extraKeywords);
        category.ifPresent(c -> keywords.addAll(c.urgentKeywordsVi()));
        Categories.subcategory(categoryCode).ifPresent(sub -> keywords.addAll(sub.urgentKeywordsVi()));
        return keywords.stream().filter(text::contains).findFirst()
                .map(keyword -> new Signal(category.orElse(null), keyword));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** The danger keywords of the reference file, in file order. */
    public static List<String> dangerKeywords() {
        return Keywords.DANGER;
    }

    private static final class Keywords {
        static final List<String> DANGER = Json.strings(ReferenceData.readJson(DANGER_KEYWORDS_JSON),
                "danger_keywords_vi");
    }
}
