package vn.gov.daklak.feedback.transparency;

import java.util.List;
import java.util.function.Predicate;

import vn.gov.daklak.reference.Categories;
import vn.gov.daklak.reference.Category;

/**
 * Which categories the public may see. Sensitive ones (security, domestic violence, child protection, officials'
 * conduct, complaints) and {@code restricted} ones are never public; {@code public_summary_only} ones only as counts.
 */
public final class PublicCategories {
    private static final List<String> LISTED = codes(c -> "public".equals(c.publicVisibility()));
    private static final List<String> COUNTED = codes(c -> "public".equals(c.publicVisibility())
            || "public_summary_only".equals(c.publicVisibility()));

    private PublicCategories() {
    }

    /** Reports of this category may be shown one by one: map, list, Open311. */
    public static boolean listed(String categoryCode) {
        return LISTED.contains(categoryCode);
    }

    /** Reports of this category may be counted in the statistics. */
    public static boolean counted(String categoryCode) {
        return COUNTED.contains(categoryCode);
    }

    public static List<String> listedCodes() {
        return LISTED;
    }

    public static List<String> countedCodes() {
        return COUNTED;
    }

    private static List<String> codes(Predicate<Category> visible) {
        return Categories.all().stream().filter(c -> !c.sensitive()).filter(visible).map(Category::code).toList();
    }
}
