package vn.gov.daklak.routing.rules;

import java.util.List;

import vn.gov.daklak.reference.FoldedText;

/**
 * A kind of place that changes who is responsible (a national highway is not the commune's road), recognised by
 * keywords in the report's title, description or address (folded: with or without diacritics; {@code #} = any
 * number, so "ql #" finds "QL14") or implied by its (sub)category.
 */
public record PlaceKind(String id, String nameVi, List<String> keywords, List<String> categories) {

    public PlaceKind {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The keyword that makes the report this kind of place, or null. */
    String evidence(String categoryCode, FoldedText text) {
        for (String c : categories) {
            if (CategoryCodes.covers(c, categoryCode)) {
                return "lĩnh vực " + categoryCode;
            }
        }
        for (String k : keywords) {
            if (text.contains(k)) {
                return "\"" + k + "\"";
            }
        }
        return null;
    }
}
