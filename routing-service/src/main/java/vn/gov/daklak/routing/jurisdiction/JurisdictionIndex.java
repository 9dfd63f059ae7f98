package vn.gov.daklak.routing.jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.reference.ReferenceData;

/**
 * Point → commune/ward lookup over the 102 boundaries of {@link ReferenceData#communeBoundariesGeoJson()}.
 *
 * <p>Geometries are JTS polygons in WGS84 degrees with x = longitude, y = latitude, indexed in an {@link STRtree};
 * containment uses {@link PreparedGeometry#covers} (a point exactly on a shared edge belongs to the first unit found
 * and is flagged ambiguous). Distances are geodesic (haversine) metres from the point to the nearest boundary point;
 * the nearest boundary point is searched in degree space, so for distances it is exact up to the
 * anisotropy of degrees at this latitude (reported distance ≥ true distance, at most ≈2.6 % above it, in
 * practice much less).
 *
 * <p>A point outside every unit within 2 km of one is assigned to it ({@code NEAREST}). The boundaries cover only
 * Đắk Lắk, so this catches sea points off the coast (the polygons stop at the shoreline, e.g. Vũng Rô bay) and
 * slivers, but also land of the neighbouring provinces (Gia Lai, Khánh Hòa, Lâm Đồng, Cambodia) up to 2 km past
 * the provincial border — callers may want to treat NEAREST results more cautiously.
 *
 * <p>Immutable after construction and safe for concurrent use. Loading (3.9 MB GeoJSON, 185 245 vertices) takes
 * about 0.5–1.5 s; a lookup a few microseconds (see {@code JurisdictionIndexBenchmark}).
 */
@Component
public class JurisdictionIndex {

    /** A point outside every unit is assigned to the nearest unit only up to this distance. */
    public static final double MAX_NEAREST_DISTANCE_METERS = 2_000;

    /** Another unit this close to the point makes the result {@code boundaryAmbiguous}. */
    public static final double AMBIGUITY_DISTANCE_METERS = 50;

    /** Mean Earth radius (IUGG), metres. */
    static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private static final double METERS_PER_DEGREE_LAT = Math.PI * EARTH_RADIUS_METERS / 180.0;

    private static final Logger log = LoggerFactory.getLogger(JurisdictionIndex.class);

    private final GeometryFactory geometryFactory = new GeometryFactory(new PrecisionModel(), 4326);
    private final STRtree tree;
    private final Map<String, Unit> units;
    private final int vertexCount;

    /** Loads the bundled boundaries of the reference-data module. */
    public JurisdictionIndex() {
        this(readUnits(ReferenceData.communeBoundariesGeoJson()));
    }

    /**
     * Builds an index from another GeoJSON FeatureCollection of (Multi)Polygons with a {@code code} property
     * (closes the stream). Mainly for tests and tools.
     */
    public static JurisdictionIndex fromGeoJson(InputStream geoJson) {
        return new JurisdictionIndex(readUnits(geoJson));
    }

    private JurisdictionIndex(List<RawUnit> raw) {
        long start = System.nanoTime();
        Map<String, Unit> byCode = new LinkedHashMap<>();
        STRtree index = new STRtree();
        int vertices = 0;
        for (RawUnit r : raw) {
            Geometry g = toGeometry(r);
            Unit unit = new Unit(r.code(), g, PreparedGeometryFactory.prepare(g), new IndexedFacetDistance(g));
            if (byCode.put(unit.code(), unit) != null) {
                throw new IllegalStateException("Duplicate commune code in boundaries: " + unit.code());
            }
            index.insert(g.getEnvelopeInternal(), unit);
            vertices += g.getNumPoints();
            // build the lazily created point-in-area index now, so the first requests are not slow
            unit.prepared().covers(g.getInteriorPoint());
        }
        if (byCode.isEmpty()) {
            throw new IllegalStateException("No commune boundaries loaded");
        }
        index.build();
        this.tree = index;
        this.units = Collections.unmodifiableMap(byCode);
        this.vertexCount = vertices;
        log.info("Jurisdiction index: {} units, {} vertices, built in {} ms", byCode.size(), vertices,
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The unit responsible for a point: the unit containing it ({@link Location.Method#INSIDE}), else the nearest
     * unit within {@value #MAX_NEAREST_DISTANCE_METERS} m ({@link Location.Method#NEAREST}), else empty.
     *
     * @param lat WGS84 latitude in degrees
     * @param lon WGS84 longitude in degrees
     * @throws IllegalArgumentException for NaN/infinite values, |lat| &gt; 90 or |lon| &gt; 180
     */
    public Optional<Location> locate(double lat, double lon) {
        if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new IllegalArgumentException("Invalid WGS84 coordinates: lat=" + lat + ", lon=" + lon);
        }
        Point p = geometryFactory.createPoint(new Coordinate(lon, lat));

        // 1. containment
        Unit inside = null;
        for (Object o : tree.query(new Envelope(lon, lon, lat, lat))) {
            Unit u = (Unit) o;
            if (u.prepared().covers(p)) {
                if (inside == null || u.code().compareTo(inside.code()) < 0) {
                    inside = u; // deterministic choice for a point exactly on a shared edge
                }
            }
        }

        // 2. distances to every other unit near enough to matter
        double reach = inside != null ? AMBIGUITY_DISTANCE_METERS : MAX_NEAREST_DISTANCE_METERS
                + AMBIGUITY_DISTANCE_METERS;
        List<Candidate> near = new ArrayList<>();
        for (Object o : tree.query(searchEnvelope(lat, lon, reach))) {
            Unit u = (Unit) o;
            if (u == inside) {
                continue;
            }
            double d = distanceMeters(u, p, lat, lon);
            if (d <= reach) {
                near.add(new Candidate(u.code(), d));
            }
        }
        near.sort(Comparator.comparingDouble(Candidate::distance).thenComparing(Candidate::code));

        String code;
        Location.Method method;
        double distance;
        if (inside != null) {
            code = inside.code();
            method = Location.Method.INSIDE;
            distance = 0;
        } else if (!near.isEmpty() && near.get(0).distance() <= MAX_NEAREST_DISTANCE_METERS) {
            Candidate best = near.remove(0);
            code = best.code();
            method = Location.Method.NEAREST;
            distance = best.distance();
        } else {
            return Optional.empty();
        }
        double limit = distance + AMBIGUITY_DISTANCE_METERS;
        List<String> neighbours = near.stream().filter(c -> c.distance() <= limit).map(Candidate::code).toList();
        return Optional.of(new Location(code, method, distance, !neighbours.isEmpty(), neighbours));
    }

    /** Codes of the indexed units, in file order. */
    public Set<String> communeCodes() {
        return units.keySet();
    }

    /** Number of indexed units (102 for the bundled data). */
    public int size() {
        return units.size();
    }

    /** Total number of boundary vertices. */
    public int vertexCount() {
        return vertexCount;
    }

    /** A copy of the boundary of one unit (WGS84 Polygon/MultiPolygon, x = lon, y = lat, SRID 4326). */
    public Optional<Geometry> boundary(String communeCode) {
        Unit u = communeCode == null ? null : units.get(communeCode);
        return u == null ? Optional.empty() : Optional.of(u.geometry().copy());
    }

    // ---------------------------------------------------------------- geometry helpers

    /** Envelope (degrees) around a point that contains every point within {@code meters} of it. */
    private static Envelope searchEnvelope(double lat, double lon, double meters) {
        double m = meters * 1.01 + 1; // margin for the spherical approximations
        double dLat = m / METERS_PER_DEGREE_LAT;
        double cos = Math.max(Math.cos(Math.toRadians(Math.min(89.0, Math.abs(lat) + dLat))), 1e-6);
        double dLon = Math.min(180, dLat / cos);
        return new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat);
    }

    /** Geodesic distance from the point to the unit (0 if covered). */
    private static double distanceMeters(Unit u, Point p, double lat, double lon) {
        if (u.prepared().covers(p)) {
            return 0;
        }
        Coordinate[] nearest = u.facets().nearestPoints(p); // [on unit, on point]
        return haversineMeters(lat, lon, nearest[0].y, nearest[0].x);
    }

    static double haversineMeters(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private Geometry toGeometry(RawUnit r) {
        Polygon[] polygons = new Polygon[r.polygons().size()];
        for (int i = 0; i < polygons.length; i++) {
            List<Coordinate[]> rings = r.polygons().get(i);
            LinearRing shell = geometryFactory.createLinearRing(rings.get(0));
            LinearRing[] holes = new LinearRing[rings.size() - 1];
            for (int h = 1; h < rings.size(); h++) {
                holes[h - 1] = geometryFactory.createLinearRing(rings.get(h));
            }
            polygons[i] = geometryFactory.createPolygon(shell, holes);
        }
        Geometry g = polygons.length == 1 ? polygons[0] : geometryFactory.createMultiPolygon(polygons);
        g.setUserData(r.code());
        return g;
    }

    // ---------------------------------------------------------------- GeoJSON parsing (jts-io is not available)

    private static List<RawUnit> readUnits(InputStream geoJson) {
        JsonNode root;
        try (InputStream in = geoJson) {
            root = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read commune boundaries", e);
        } catch (JacksonException e) {
            throw new IllegalStateException("Malformed commune boundaries GeoJSON", e);
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            throw new IllegalStateException("Commune boundaries: not a GeoJSON FeatureCollection");
        }
        List<RawUnit> out = new ArrayList<>(features.size());
        for (JsonNode f : features.values()) {
            JsonNode props = f.get("properties");
            JsonNode codeNode = props == null ? null : props.get("code");
            if (codeNode == null || codeNode.isNull()) {
                codeNode = f.get("id");
            }
            if (codeNode == null || codeNode.isNull()) {
                throw new IllegalStateException("Feature without 'code' property or id");
            }
            String code = codeNode.asString();
            JsonNode geometry = f.get("geometry");
            if (geometry == null || geometry.isNull()) {
                throw new IllegalStateException("Feature " + code + " has no geometry");
            }
            String type = geometry.get("type").asString();
            JsonNode coords = geometry.get("coordinates");
            List<List<Coordinate[]>> polygons = new ArrayList<>();
            switch (type) {
                case "Polygon" -> polygons.add(readPolygon(coords, code));
                case "MultiPolygon" -> {
                    for (JsonNode poly : coords.values()) {
                        polygons.add(readPolygon(poly, code));
                    }
                }
                default -> throw new IllegalStateException("Feature " + code + ": unsupported geometry " + type);
            }
            if (polygons.isEmpty()) {
                throw new IllegalStateException("Feature " + code + " has an empty geometry");
            }
            out.add(new RawUnit(code, polygons));
        }
        return out;
    }

    private static List<Coordinate[]> readPolygon(JsonNode rings, String code) {
        List<Coordinate[]> out = new ArrayList<>(rings.size());
        for (JsonNode ring : rings.values()) {
            int n = ring.size();
            boolean closed = n > 0 && ring.get(0).get(0).asDouble() == ring.get(n - 1).get(0).asDouble()
                    && ring.get(0).get(1).asDouble() == ring.get(n - 1).get(1).asDouble();
            Coordinate[] cs = new Coordinate[closed ? n : n + 1];
            for (int i = 0; i < n; i++) {
                JsonNode pos = ring.get(i);
                double x = pos.get(0).asDouble(); // GeoJSON position = [lon, lat]
                double y = pos.get(1).asDouble();
                if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90) {
                    throw new IllegalStateException("Feature " + code + ": bad position " + pos);
                }
                cs[i] = new Coordinate(x, y);
            }
            if (!closed) {
                cs[n] = cs[0].copy();
            }
            if (cs.length < 4) {
                throw new IllegalStateException("Feature " + code + ": ring with fewer than 4 positions");
            }
            out.add(cs);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("Feature " + code + ": polygon without rings");
        }
        return out;
    }

    private record RawUnit(String code, List<List<Coordinate[]>> polygons) {
    }

    private record Unit(String code, Geometry geometry, PreparedGeometry prepared, IndexedFacetDistance facets) {
    }

    private record Candidate(String code, double distance) {
    }
}
