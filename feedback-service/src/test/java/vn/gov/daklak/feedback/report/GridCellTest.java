package vn.gov.daklak.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.gov.daklak.contracts.report.GeoPoint;

class GridCellTest {

    @Test
    void everyPointWithinTheRadiusLiesInACoveringCellEvenAcrossCellEdges() {
        GeoPoint center = new GeoPoint(12.6679999, 108.0379999); // a hair from a cell corner
        for (int bearing = 0; bearing < 360; bearing += 15) {
            double rad = Math.toRadians(bearing);
            GeoPoint p = new GeoPoint(center.lat() + 49.9 * Math.cos(rad) / 111_195.0,
                    center.lon() + 49.9 * Math.sin(rad) / (111_195.0 * Math.cos(Math.toRadians(center.lat()))));
            assertThat(GridCell.distanceMeters(center, p)).isBetween(49.0, 50.0);
            assertThat(GridCell.covering(center, 50)).as("bearing %d", bearing).contains(GridCell.of(p));
        }
    }

    @Test
    void haversineMatchesAKnownDistance() {
        // Buôn Ma Thuột to Nha Trang, about 133 km as the crow flies
        double d = GridCell.distanceMeters(new GeoPoint(12.6667, 108.0500), new GeoPoint(12.2388, 109.1967));
        assertThat(d).isBetween(132_000.0, 134_000.0);
    }
}
