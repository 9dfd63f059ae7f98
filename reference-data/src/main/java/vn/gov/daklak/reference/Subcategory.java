package vn.gov.daklak.reference;

import java.util.List;
import java.util.Objects;

/**
 * A subcategory of a feedback {@link Category}; its code is {@code PARENT_CODE.SUFFIX}, e.g. "HT_GIAO_THONG.MAT_DUONG".
 *
 * @param urgentKeywordsVi Vietnamese phrases suggesting urgency for this subcategory (may be empty)
 */
public record Subcategory(String code, String nameVi, String nameEn, List<String> urgentKeywordsVi) {

    public Subcategory {
        Objects.requireNonNull(code, "code");
        urgentKeywordsVi = urgentKeywordsVi == null ? List.of() : List.copyOf(urgentKeywordsVi);
    }

    /** Code of the parent category (the part before the first '.'). */
    public String parentCode() {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
