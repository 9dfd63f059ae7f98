package vn.gov.daklak.console.publicpages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.daklak.reference.ReferenceData;

/**
 * The 102 official commune and ward boundaries (reference-data), simplified for drawing (about 50 m tolerance; the
 * full set is 3.9 MB) so the maps need no tile server and work offline. Routing decides with the exact boundaries.
 */
@Component
public class CommuneBoundaries {

    private static final double TOLERANCE_DEGREES = 0.0005;

    private final byte[] geoJson;

    CommuneBoundaries() {
        this.geoJson = simplified();
    }

    /** A GeoJSON FeatureCollection; each feature's id and {@code code} are the commune code. */
    public byte[] geoJson() {
        return geoJson.clone();
    }

    private static byte[] simplified() {
        JsonMapper json = JsonMapper.builder().build();
        GeoJsonReader reader = new GeoJsonReader();
        GeoJsonWriter writer = new GeoJsonWriter(5);
        writer.setEncodeCRS(false);
        try (InputStream in = ReferenceData.communeBoundariesGeoJson()) {
            ObjectNode collection = (ObjectNode) json.readTree(in);
            for (JsonNode feature : collection.get("features")) {
                Geometry geometry = reader.read(feature.get("geometry").toString());
                Geometry simple = TopologyPreservingSimplifier.simplify(geometry, TOLERANCE_DEGREES);
                ((ObjectNode) feature).set("geometry", json.readTree(writer.write(simple)));
            }
            return json.writeValueAsString(collection).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Unreadable commune boundary", e);
        }
    }
}
