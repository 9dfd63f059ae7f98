package vn.gov.daklak.reference;

import java.util.Objects;

/**
 * One row of {@code daklak_old_to_new.csv}: a former unit and one new unit it went (wholly or partly) into.
 * A split old unit ({@link FormerUnit#isPartial()}) has one mapping per receiving new unit.
 *
 * @param formerUnit     the old unit
 * @param newCode        code of the new commune/ward
 * @param newFullName    full name of the new commune/ward, e.g. "Phường Tân Lập"
 * @param bandoTextItem  the item of the official "trước sáp nhập" text this row was derived from
 */
public record FormerUnitMapping(FormerUnit formerUnit, String newCode, String newFullName, String bandoTextItem) {

    public FormerUnitMapping {
        Objects.requireNonNull(formerUnit, "formerUnit");
        Objects.requireNonNull(newCode, "newCode");
    }
}
