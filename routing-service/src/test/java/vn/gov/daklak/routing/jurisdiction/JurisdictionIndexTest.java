package vn.gov.daklak.routing.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;

class JurisdictionIndexTest {

    private static JurisdictionIndex index;

    @BeforeAll
    static void load() {
        index = new JurisdictionIndex();
    }

    @Test
    void indexesAll102Communes() {
        assertThat(index.size()).isEqualTo(102);
        assertThat(index.communeCodes())
                .containsExactlyInAnyOrderElementsOf(Communes.all().stream().map(Commune::code).toList());
        assertThat(index.vertexCount()).isEqualTo(185_245);
        assertThat(index.communeCodes()).allSatisfy(code -> assertThat(index.boundary(code).orElseThrow().isValid())
                .as("valid boundary %s", code).isTrue());
    }

    @Test
    void labelPointsLocateToTheirOwnCommune() {
        List<String> misses = new ArrayList<>();
        int hits = 0;
        for (Commune c : Communes.all()) {
            Optional<Location> l = index.locate(c.labelLat(), c.labelLon());
            if (l.isPresent() && l.get().communeCode().equals(c.code()) && l.get().method() == Location.Method.INSIDE) {
                hits++;
            } else {
                misses.add(c.code() + " " + c.fullName() + " -> " + l);
            }
        }
        System.out.printf("label points located to their own commune: %d/%d (%.1f %%); misses: %s%n", hits,
                Communes.all().size(), 100.0 * hits / Communes.all().size(), misses);
        assertThat(hits).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * 102));
        // observed: all 102 (the label points are representative points of the unsimplified polygons and the
        // simplification moved edges by at most ≈9 m)
        assertThat(hits).isEqualTo(102);
    }

    @Test
    void buonMaThuotCentreIsInPhuongBuonMaThuot() {
        Location l = index.locate(12.6675, 108.0378).orElseThrow();
        assertThat(l.method()).isEqualTo(Location.Method.INSIDE);
        assertThat(l.distanceMeters()).isZero();
        assertThat(l.communeCode()).isEqualTo("24133");
        assertThat(Communes.byCode(l.communeCode()).orElseThrow().fullName()).isEqualTo("Phường Buôn Ma Thuột");
        assertThat(l.boundaryAmbiguous()).isFalse();
        assertThat(l.neighbours()).isEmpty();
    }

    @Test
    void pointInTheSeaOffTuyHoaGoesToTheNearestCoastalWard() {
        // ≈1 km east of the beach of Tuy Hòa (old Phường 7 / Phú Lâm area), in the South China Sea
        Location l = index.locate(13.08, 109.34437).orElseThrow();
        assertThat(l.method()).isEqualTo(Location.Method.NEAREST);
        assertThat(l.communeCode()).isEqualTo("22240");
        assertThat(Communes.byCode(l.communeCode()).orElseThrow().fullName()).isEqualTo("Phường Phú Yên");
        assertThat(l.distanceMeters()).isStrictlyBetween(0.0, 2000.0);
        assertThat(l.distanceMeters()).isCloseTo(971, within(5.0));
        System.out.printf("sea point off Tuy Hòa: %s%n", l);
    }

    @Test
    void vungRoBayIsNotCoveredByPolygonsButResolvesToHoaXuan() {
        Location l = index.locate(12.865, 109.41).orElseThrow();
        assertThat(l.method()).isEqualTo(Location.Method.NEAREST);
        assertThat(l.communeCode()).isEqualTo("22291"); // Xã Hòa Xuân
        assertThat(l.distanceMeters()).isBetween(400.0, 550.0);
    }

    @Test
    void pointsFarOutsideTheProvinceAreNotLocated() {
        assertThat(index.locate(21.03, 105.85)).isEmpty(); // Hà Nội
        assertThat(index.locate(13.08, 109.40)).isEmpty(); // ≈7 km off Tuy Hòa
        assertThat(index.locate(0, 0)).isEmpty();
    }

    @Test
    void invalidCoordinatesAreRejected() {
        assertThatThrownBy(() -> index.locate(91, 108)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.locate(-90.5, 108)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.locate(12.7, 180.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.locate(Double.NaN, 108)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.locate(12.7, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.locate(Double.POSITIVE_INFINITY, 108))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(index.locate(90, 180)).isEmpty(); // the limits themselves are valid
    }

    @Test
    void pointsNearASharedBoundaryAreFlaggedAmbiguous() {
        // a vertex shared by Phường Buôn Ma Thuột (24133) and Xã Quảng Phú (24259)
        Location onEdge = index.locate(12.74601, 108.06687).orElseThrow();
        assertThat(onEdge.method()).isEqualTo(Location.Method.INSIDE);
        assertThat(onEdge.communeCode()).isEqualTo("24133"); // ties go to the smaller code
        assertThat(onEdge.boundaryAmbiguous()).isTrue();
        assertThat(onEdge.neighbours()).containsExactly("24259");

        // ≈22 m either side of it
        Location south = index.locate(12.74581, 108.06687).orElseThrow();
        assertThat(south.communeCode()).isEqualTo("24133");
        assertThat(south.neighbours()).containsExactly("24259");
        Location north = index.locate(12.74621, 108.06687).orElseThrow();
        assertThat(north.communeCode()).isEqualTo("24259");
        assertThat(north.neighbours()).containsExactly("24133");
    }

    @Test
    void distancesAreGeodesicMetres() {
        // synthetic square 108.00–108.01 E, 12.00–12.01 N
        JurisdictionIndex square = JurisdictionIndex.fromGeoJson(geoJson(
                feature("A", 108.00, 12.00, 108.01, 12.01)));
        double metresPerDegLat = Math.PI * JurisdictionIndex.EARTH_RADIUS_METERS / 180;
        // 1000 m north of the top edge
        Location north = square.locate(12.01 + 1000 / metresPerDegLat, 108.005).orElseThrow();
        assertThat(north.method()).isEqualTo(Location.Method.NEAREST);
        assertThat(north.distanceMeters()).isCloseTo(1000, within(0.5));
        // 1000 m east of the right edge: a degree of longitude is shorter by cos(lat)
        double dLon = 1000 / (metresPerDegLat * Math.cos(Math.toRadians(12.005)));
        Location east = square.locate(12.005, 108.01 + dLon).orElseThrow();
        assertThat(east.distanceMeters()).isCloseTo(1000, within(0.5));
        // just beyond the 2 km cap
        assertThat(square.locate(12.01 + 2010 / metresPerDegLat, 108.005)).isEmpty();
        assertThat(square.locate(12.01 + 1990 / metresPerDegLat, 108.005)).isPresent();
        assertThat(JurisdictionIndex.haversineMeters(12, 108, 12, 108)).isZero();
    }

    @Test
    void nearestAmbiguityUsesTheSameMargin() {
        // two squares with a 100 m wide gap between them; a point in the gap is NEAREST and ambiguous
        double metresPerDegLat = Math.PI * JurisdictionIndex.EARTH_RADIUS_METERS / 180;
        double gap = 100 / metresPerDegLat;
        JurisdictionIndex two = JurisdictionIndex.fromGeoJson(geoJson(
                feature("A", 108.00, 12.00, 108.01, 12.01),
                feature("B", 108.00, 12.01 + gap, 108.01, 12.02 + gap)));
        Location middle = two.locate(12.01 + gap * 0.4, 108.005).orElseThrow();
        assertThat(middle.method()).isEqualTo(Location.Method.NEAREST);
        assertThat(middle.communeCode()).isEqualTo("A");
        assertThat(middle.distanceMeters()).isCloseTo(40, within(0.5));
        assertThat(middle.boundaryAmbiguous()).isTrue();
        assertThat(middle.neighbours()).containsExactly("B");
        // in the gap but clearly nearer to A (10 m vs 90 m): not ambiguous
        Location nearA = two.locate(12.01 + gap * 0.1, 108.005).orElseThrow();
        assertThat(nearA.method()).isEqualTo(Location.Method.NEAREST);
        assertThat(nearA.boundaryAmbiguous()).isFalse();
        // inside A, 20 m from its edge = 120 m from B: not ambiguous
        Location insideA = two.locate(12.01 - 20 / metresPerDegLat, 108.005).orElseThrow();
        assertThat(insideA.method()).isEqualTo(Location.Method.INSIDE);
        assertThat(insideA.boundaryAmbiguous()).isFalse();
    }

    @Test
    void concurrentLookupsGiveTheSameAnswers() {
        SplittableRandom random = new SplittableRandom(7);
        double[][] points = IntStream.range(0, 20_000)
                .mapToObj(i -> new double[] {12.16 + random.nextDouble() * 1.54, 107.48 + random.nextDouble() * 1.98})
                .toArray(double[][]::new);
        List<Optional<Location>> sequential = Arrays.stream(points)
                .map(p -> index.locate(p[0], p[1])).toList();
        List<Optional<Location>> parallel = Arrays.stream(points).parallel()
                .map(p -> index.locate(p[0], p[1])).collect(Collectors.toList());
        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential).allSatisfy(l -> l.ifPresent(
                x -> assertThat(Communes.byCode(x.communeCode())).as(x.communeCode()).isPresent()));
    }

    private static String feature(String code, double minLon, double minLat, double maxLon, double maxLat) {
        return """
                {"type":"Feature","properties":{"code":"%s"},"geometry":{"type":"Polygon","coordinates":\
                [[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}}"""
                .formatted(code, minLon, minLat, maxLon, minLat, maxLon, maxLat, minLon, maxLat, minLon, minLat);
    }

    private static ByteArrayInputStream geoJson(String... features) {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
