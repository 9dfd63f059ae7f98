package vn.gov.daklak.reference;

import java.util.Objects;

/**
 * A pre-1 July 2025 commune-level unit (of old Tỉnh Phú Yên or old Tỉnh Đắk Lắk) that was merged into a new unit.
 *
 * <p>Old codes are GSO codes from the pre-reform list and share the numbering space with the new codes: every new
 * unit re-uses the code of one of its former units, usually with a different name (new 24175 "Xã Hòa Phú" = old
 * 24175 "Xã Hòa Khánh" + others). Never treat an old code as a new code without going through
 * {@link Communes#formerUnitsByOldCode(String)}.
 *
 * @param oldCode         pre-reform GSO commune code
 * @param oldName         pre-reform full name, e.g. "Xã Hòa Thắng"
 * @param oldDistrictCode pre-reform district code
 * @param oldDistrictName pre-reform district name (old spelling, e.g. "Thành phố Tuy Hoà")
 * @param oldProvinceName "Tỉnh Phú Yên" (old code 54) or "Tỉnh Đắk Lắk" (old code 66)
 * @param mergeType       {@code full} (whole unit went into one new unit) or {@code partial} (split between two)
 */
public record FormerUnit(String oldCode, String oldName, String oldDistrictCode, String oldDistrictName,
                         String oldProvinceName, String mergeType) {

    public static final String FULL = "full";
    public static final String PARTIAL = "partial";

    public FormerUnit {
        Objects.requireNonNull(oldCode, "oldCode");
        Objects.requireNonNull(oldName, "oldName");
        Objects.requireNonNull(mergeType, "mergeType");
    }

    /** True if this old unit was split between several new units. */
    public boolean isPartial() {
        return PARTIAL.equals(mergeType);
    }
}
