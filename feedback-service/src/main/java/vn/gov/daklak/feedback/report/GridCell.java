package vn.gov.daklak.feedback.report;

import java.util.ArrayList;
import java.util.List;

import vn.gov.daklak.contracts.report.GeoPoint;

/**
 * A grid of 0.001° × 0.001° cells (about 110 m × 108 m in Đắk Lắk), stored on each report and in a look-up document
 * per cell ({@link ReportLookups}), so that "reports near a point" reads a few cells by key, followed by the exact
 * distance in Java. Works the same on real MongoDB and on the stand-in, which has no geo queries.
 */
public final class GridCell {
    static final double CELL_DEGREES = 0.001;
    private static final double EARTH_RADIUS_M = 6_371_008.8;
    private static final double METERS_PER_DEGREE_LAT = Math.PI * EARTH_RADIUS_M / 180;

    private GridCell() {
    }

    public static String of(GeoPoint point) {
        return point == null ? null : id(index(point.lat()), index(point.lon()));
    }

    /** Every cell that holds a point within {@code radiusMeters} of {@code center}. */
    public static List<String> covering(GeoPoint center, double radiusMeters) {
        double dLat = radiusMeters / METERS_PER_DEGREE_LAT;
        double cosLat = Math.max(Math.cos(Math.toRadians(Math.min(89.0, Math.abs(center.lat()) + dLat))), 1e-6);
        double dLon = dLat / cosLat;
        List<String> cells = new ArrayList<>();
        for (long lat = index(center.lat() - dLat); lat <= index(center.lat() + dLat); lat++) {
            for (long lon = index(center.lon() - dLon); lon <= index(center.lon() + dLon); lon++) {
                cells.add(id(lat, lon));
            }
        }
        return cells;
    }

    /** Great-circle distance in metres (haversine). */
    public static double distanceMeters(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static long index(double degrees) {
        return (long) Math.floor(degrees / CELL_DEGREES);
    }

    private static String id(long lat, long lon) {
        return lat + ":" + lon;
    }
}
