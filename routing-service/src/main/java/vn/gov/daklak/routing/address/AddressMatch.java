package vn.gov.daklak.routing.address;

import java.util.List;

/**
 * What the address text of a report says about its commune or ward.
 *
 * @param candidateCodes the new (post-1 July 2025) units the text can mean, most likely first; empty for
 *                       {@link Kind#NONE}
 * @param explanation    Vietnamese, for the decision record, e.g. "Địa chỉ ghi Xã Hòa Thắng (Thành phố Buôn Ma
 *                       Thuột) trước sắp xếp 01/07/2025, nay thuộc Phường Tân Lập"
 */
public record AddressMatch(Kind kind, List<String> candidateCodes, String explanation) {

    public enum Kind {
        /** No unit named (or nothing in the text). */
        NONE,
        /** A current unit, by its name. */
        CURRENT_UNIT,
        /** A pre-reform commune, ward or town (name or code) that went wholly into one new unit. */
        FORMER_UNIT,
        /** A pre-reform unit that was split between two new units: the name alone cannot tell which. */
        FORMER_UNIT_SPLIT,
        /** Only a pre-reform district, town or city: several new units. */
        FORMER_DISTRICT,
        /** A name shared by units of different places, with nothing in the text to tell them apart. */
        AMBIGUOUS
    }

    public AddressMatch {
        candidateCodes = List.copyOf(candidateCodes);
    }

    static AddressMatch none() {
        return new AddressMatch(Kind.NONE, List.of(), "");
    }

    /** Exactly one unit. */
    public boolean isUnique() {
        return candidateCodes.size() == 1;
    }
}
