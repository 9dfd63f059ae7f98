package vn.gov.daklak.routing.decision;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;
import vn.gov.daklak.routing.address.AddressMatch;
import vn.gov.daklak.routing.address.AddressResolver;

/**
 * Decides the commune of a report, in this order: a usable location; the chosen commune code; the unit the address
 * text names (pre-2025 names and codes included). The location wins because it is where the problem is, whereas
 * residents often pick their home commune or write the address they always used. When the sources disagree the
 * reason says so. An address that cannot tell between units (a split pre-2025 unit, homonyms) with nothing else to
 * go on goes to the province triage desk, naming the candidates.
 */
final class CommuneResolver {
    private final CommuneLocator locator;
    private final AddressResolver addresses;

    CommuneResolver(CommuneLocator locator, AddressResolver addresses) {
        this.locator = locator;
        this.addresses = addresses;
    }

    CommuneResolution resolve(GeoPoint location, String communeCode, String addressText) {
        Optional<Commune> chosen = Communes.byCode(communeCode);
        String unknownCode = chosen.isEmpty() && communeCode != null && !communeCode.isBlank()
                ? "Mã xã/phường \"" + communeCode.strip() + "\" không có trong danh mục. "
                : "";
        AddressMatch address = addresses.resolve(addressText);
        String locationProblem = "";
        if (location != null) {
            if (!isCoordinate(location.lat(), 90) || !isCoordinate(location.lon(), 180)) {
                locationProblem = "Tọa độ vị trí không hợp lệ. ";
            } else {
                Optional<CommuneLocator.LocatedPoint> located = locator.locate(location.lat(), location.lon());
                if (located.isPresent()) {
                    return fromLocation(located.get(), chosen, address, unknownCode);
                }
                locationProblem = "Vị trí nằm ngoài tỉnh Đắk Lắk. ";
            }
        }
        if (chosen.isPresent()) {
            StringBuilder reason = new StringBuilder(locationProblem).append("Người gửi chọn ")
                    .append(chosen.get().fullName());
            if (address.kind() != AddressMatch.Kind.NONE && !address.candidateCodes().contains(chosen.get().code())) {
                reason.append("; ").append(address.explanation()).append(", khác với xã/phường đã chọn, ưu tiên mã")
                        .append(" xã/phường đã chọn");
            }
            return new CommuneResolution(chosen.get(), RoutingMethod.COMMUNE_CODE, reason.toString(), List.of());
        }
        String prefix = unknownCode + locationProblem;
        return switch (address.kind()) {
            case NONE -> CommuneResolution.triage(prefix
                    + "Không xác định được xã/phường từ vị trí, mã xã/phường hoặc địa chỉ", List.of());
            case CURRENT_UNIT, FORMER_UNIT -> address.isUnique()
                    ? new CommuneResolution(Communes.byCode(address.candidateCodes().get(0)).orElseThrow(),
                    RoutingMethod.ADDRESS_TEXT, prefix + address.explanation(), List.of())
                    : triage(prefix, address);
            case FORMER_UNIT_SPLIT, FORMER_DISTRICT, AMBIGUOUS -> triage(prefix, address);
        };
    }

    private static CommuneResolution triage(String prefix, AddressMatch address) {
        return CommuneResolution.triage(prefix + address.explanation()
                + "; không có vị trí để phân định, chuyển tỉnh phân loại", address.candidateCodes());
    }

    private CommuneResolution fromLocation(CommuneLocator.LocatedPoint point, Optional<Commune> chosen,
                                           AddressMatch address, String unknownCode) {
        Commune commune = Communes.byCode(point.communeCode()).orElseThrow(() -> new IllegalStateException(
                "Jurisdiction index returned a commune unknown to reference data: " + point.communeCode()));
        StringBuilder reason = new StringBuilder(unknownCode);
        RoutingMethod method;
        if (point.inside()) {
            method = RoutingMethod.POINT_IN_POLYGON;
            reason.append("Vị trí nằm trong ").append(commune.fullName());
        } else {
            method = RoutingMethod.NEAREST;
            reason.append("Vị trí nằm ngoài mọi ranh giới, gần ").append(commune.fullName()).append(" nhất (cách ")
                    .append(String.format(Locale.ROOT, "%.0f", point.distanceMeters())).append(" m)");
        }
        if (point.boundaryAmbiguous()) {
            reason.append(" (sát ranh giới với ").append(String.join(", ", point.neighbours().stream()
                    .map(code -> Communes.byCode(code).map(Commune::fullName).orElse(code)).toList())).append(")");
        }
        if (chosen.isPresent() && !chosen.get().code().equals(commune.code())) {
            reason.append("; khác với ").append(chosen.get().fullName())
                    .append(" do người gửi chọn, ưu tiên theo vị trí");
        }
        if (address.kind() != AddressMatch.Kind.NONE) {
            if (!address.candidateCodes().contains(commune.code())) {
                reason.append("; ").append(address.explanation()).append(", khác với vị trí, ưu tiên theo vị trí");
            } else if (address.candidateCodes().size() > 1) {
                reason.append("; ").append(address.explanation()).append(", vị trí cho biết thuộc ")
                        .append(commune.fullName());
            }
        }
        return new CommuneResolution(commune, method, reason.toString(), List.of());
    }

    private static boolean isCoordinate(double value, double limit) {
        return Double.isFinite(value) && Math.abs(value) <= limit;
    }
}
