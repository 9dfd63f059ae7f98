package vn.gov.daklak.routing.decision;

import java.util.Locale;
import java.util.Optional;

import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;

/**
 * Decides the commune of a report. A usable location beats the chosen commune code: residents often pick their home
 * commune while reporting a problem elsewhere, whereas the location is where the problem is.
 */
final class CommuneResolver {
    private final CommuneLocator locator;

    CommuneResolver(CommuneLocator locator) {
        this.locator = locator;
    }

    CommuneResolution resolve(ReportSubmitted report) {
        Optional<Commune> chosen = Communes.byCode(report.communeCode());
        String unknownCode = chosen.isEmpty() && report.communeCode() != null && !report.communeCode().isBlank()
                ? "Mã xã/phường \"" + report.communeCode().strip() + "\" không có trong danh mục. "
                : "";
        GeoPoint location = report.location();
        String locationProblem = "";
        if (location != null) {
            if (!isCoordinate(location.lat(), 90) || !isCoordinate(location.lon(), 180)) {
                locationProblem = "Tọa độ vị trí không hợp lệ. ";
            } else {
                Optional<CommuneLocator.LocatedPoint> located = locator.locate(location.lat(), location.lon());
                if (located.isPresent()) {
                    return fromLocation(located.get(), chosen, unknownCode);
                }
                locationProblem = "Vị trí nằm ngoài tỉnh Đắk Lắk. ";
            }
        }
        if (chosen.isPresent()) {
            return new CommuneResolution(chosen.get(), RoutingMethod.COMMUNE_CODE,
                    locationProblem + "Người gửi chọn " + chosen.get().fullName());
        }
        return CommuneResolution.triage(unknownCode + locationProblem
                + "Không xác định được xã/phường từ vị trí hoặc mã xã/phường");
    }

    private CommuneResolution fromLocation(CommuneLocator.LocatedPoint point, Optional<Commune> chosen,
                                           String unknownCode) {
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
            reason.append(" (sát ranh giới với xã/phường lân cận)");
        }
        if (chosen.isPresent() && !chosen.get().code().equals(commune.code())) {
            reason.append("; khác với ").append(chosen.get().fullName())
                    .append(" do người gửi chọn, ưu tiên theo vị trí");
        }
        return new CommuneResolution(commune, method, reason.toString());
    }

    private static boolean isCoordinate(double value, double limit) {
        return Double.isFinite(value) && Math.abs(value) <= limit;
    }
}
