package vn.gov.daklak.feedback.transparency;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.reference.Communes;

/**
 * Where a report is, as the public sees it: its commune (routing's decision, else the one given at intake) and its
 * point rounded to 3 decimals (about 110 m), never the exact spot or the typed address.
 */
public record PublicPlace(String communeCode, String communeName, GeoPoint location) {
    private static final int DECIMALS = 3;

    public static PublicPlace of(Report report) {
        String code = communeCode(report);
        String name = report.assignment() != null && report.assignment().communeName() != null
                ? report.assignment().communeName()
                : Communes.byCode(code).map(c -> c.fullName()).orElse(null);
        return new PublicPlace(code, name, round(report.location()));
    }

    public static String communeCode(Report report) {
        return report.assignment() != null && report.assignment().communeCode() != null
                ? report.assignment().communeCode() : report.communeCode();
    }

    public static GeoPoint round(GeoPoint point) {
        return point == null ? null : new GeoPoint(round(point.lat()), round(point.lon()));
    }

    private static double round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }
}
