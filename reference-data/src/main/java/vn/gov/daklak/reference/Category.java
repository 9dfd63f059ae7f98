package vn.gov.daklak.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A feedback category (lĩnh vực) of the platform taxonomy. Codes, names, the responsible-unit assignment, flags and
 * keywords are a research synthesis (see {@code reference/categories/SOURCES.md}), not an official list.
 *
 * @param responsibleUnits level ({@code commune}, {@code province}, {@code external}) → unit codes, resolvable with
 *                         {@link Categories#unitName(String)}; all three levels are always present (maybe empty)
 * @param sensitive        true for categories whose reports must not be shown publicly with details (security,
 *                         domestic violence, child protection, officials' conduct, complaints/denunciations)
 * @param publicVisibility {@code public}, {@code public_summary_only} or {@code restricted}
 * @param urgencyDefault   {@code normal}, {@code urgent} or {@code emergency_redirect} (the {@code urgency_levels} of
 *                         the json also define {@code complex}, which no category uses as a default)
 */
public record Category(String code, String nameVi, String nameEn, List<Subcategory> subcategories,
                       Map<String, List<String>> responsibleUnits, boolean sensitive, String publicVisibility,
                       String urgencyDefault, List<String> urgentKeywordsVi) {

    public Category {
        Objects.requireNonNull(code, "code");
        subcategories = List.copyOf(subcategories);
        Map<String, List<String>> units = new LinkedHashMap<>();
        responsibleUnits.forEach((k, v) -> units.put(k, List.copyOf(v)));
        responsibleUnits = Collections.unmodifiableMap(units);
        urgentKeywordsVi = urgentKeywordsVi == null ? List.of() : List.copyOf(urgentKeywordsVi);
    }

    /** Unit codes responsible at one level ({@code commune}, {@code province}, {@code external}); empty if none. */
    public List<String> responsibleUnits(String level) {
        return responsibleUnits.getOrDefault(level, List.of());
    }
}
