package vn.gov.daklak.routing.jurisdictionapi;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;
import vn.gov.daklak.reference.FormerUnit;
import vn.gov.daklak.routing.jurisdiction.JurisdictionIndex;
import vn.gov.daklak.routing.jurisdiction.Location;

/** Which commune or ward of Đắk Lắk a point belongs to, and the list of units (post-1 July 2025). */
@RestController
@RequestMapping("/api/v1/jurisdictions")
class JurisdictionController {
    private final JurisdictionIndex index;

    JurisdictionController(JurisdictionIndex index) {
        this.index = index;
    }

    record LocateResponse(String communeCode, String communeName, String type, Location.Method method,
                          double distanceMeters, boolean boundaryAmbiguous, List<String> neighbours) {
    }

    record UnitSummary(String code, String name, String fullName, String type, String typeVi, String nameEn,
                       double labelLat, double labelLon) {
        static UnitSummary of(Commune c) {
            return new UnitSummary(c.code(), c.name(), c.fullName(), c.type(), c.typeVi(), c.nameEn(), c.labelLat(),
                    c.labelLon());
        }
    }

    record UnitDetail(String code, String name, String fullName, String type, String typeVi, String nameEn,
                      double labelLat, double labelLon, List<FormerUnit> formerUnits) {
        static UnitDetail of(Commune c) {
            return new UnitDetail(c.code(), c.name(), c.fullName(), c.type(), c.typeVi(), c.nameEn(), c.labelLat(),
                    c.labelLon(), c.formerUnits());
        }
    }

    @GetMapping("/locate")
    LocateResponse locate(@RequestParam double lat, @RequestParam double lon) {
        requireCoordinate("lat", lat, 90);
        requireCoordinate("lon", lon, 180);
        Location location = index.locate(lat, lon).orElseThrow(() -> notFound("Outside Đắk Lắk",
                "No commune or ward of Đắk Lắk contains or lies within " + (long) JurisdictionIndex
                        .MAX_NEAREST_DISTANCE_METERS + " m of (" + lat + ", " + lon + ")."));
        Commune commune = Communes.byCode(location.communeCode()).orElseThrow(() -> new IllegalStateException(
                "Boundary without reference data: " + location.communeCode()));
        return new LocateResponse(commune.code(), commune.fullName(), commune.type(), location.method(),
                location.distanceMeters(), location.boundaryAmbiguous(), location.neighbours());
    }

    @GetMapping
    List<UnitSummary> list() {
        return Communes.all().stream().map(UnitSummary::of).toList();
    }

    @GetMapping("/{code}")
    UnitDetail get(@PathVariable String code) {
        return Communes.byCode(code).map(UnitDetail::of).orElseThrow(() -> notFound("Unknown commune code",
                "No commune or ward of Đắk Lắk has code " + code + "."));
    }

    private static void requireCoordinate(String name, double value, double limit) {
        if (!Double.isFinite(value) || Math.abs(value) > limit) {
            throw new IllegalArgumentException(name + " must be a number between -" + (int) limit + " and "
                    + (int) limit + ", got " + value);
        }
    }

    private static ErrorResponseException notFound(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle(title);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
