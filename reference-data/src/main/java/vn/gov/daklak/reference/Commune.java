package vn.gov.daklak.reference;

import java.util.List;
import java.util.Objects;

/**
 * A commune-level unit (xã or phường) of Tỉnh Đắk Lắk after the 1 July 2025 reform. There are 102: 88 xã, 14 phường.
 *
 * @param code        5-digit GSO code (Công văn 1027/CTK-CSCL), e.g. "24133"
 * @param name        short name, e.g. "Buôn Ma Thuột"
 * @param fullName    official full name (GSO spelling), e.g. "Phường Buôn Ma Thuột"
 * @param type        {@code xa} or {@code phuong}
 * @param typeVi      "Xã" or "Phường"
 * @param nameEn      name without diacritics, e.g. "Buon Ma Thuot"
 * @param labelLat    latitude of a point guaranteed inside the (unsimplified) boundary, WGS84
 * @param labelLon    longitude of that point
 * @param formerUnits the pre-reform units merged (wholly or partly) into this one
 */
public record Commune(String code, String name, String fullName, String type, String typeVi, String nameEn,
                      double labelLat, double labelLon, List<FormerUnit> formerUnits) {

    public static final String TYPE_XA = "xa";
    public static final String TYPE_PHUONG = "phuong";

    public Commune {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(type, "type");
        formerUnits = List.copyOf(formerUnits);
    }

    /** True for a phường (urban ward). */
    public boolean isWard() {
        return TYPE_PHUONG.equals(type);
    }
}
