package vn.gov.daklak.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entry point to the reference files bundled in this jar (classpath folder {@code reference/}).
 *
 * <p>Typed, cached readers live next to this class: {@link Communes}, {@link Categories} and
 * {@link PublicHolidays}. This class only opens the raw resources; see {@code reference/ATTRIBUTION.md}
 * for where every file comes from and under which licence.
 */
public final class ReferenceData {

    /** Classpath folder that holds all reference files. */
    public static final String BASE = "reference/";

    public static final String DAKLAK_UNITS_JSON = BASE + "daklak/daklak_units.json";
    public static final String DAKLAK_OLD_TO_NEW_CSV = BASE + "daklak/daklak_old_to_new.csv";
    public static final String DAKLAK_COMMUNES_GEOJSON = BASE + "daklak/daklak_communes.geojson";
    public static final String CATEGORIES_JSON = BASE + "categories/categories.json";
    public static final String DEADLINES_MD = BASE + "categories/deadlines.md";
    public static final String PUBLIC_HOLIDAYS_JSON = BASE + "holidays/vn_public_holidays.json";
    public static final String ATTRIBUTION_MD = BASE + "ATTRIBUTION.md";

    /** Province code of the (post-1 July 2025) Tỉnh Đắk Lắk. */
    public static final String PROVINCE_CODE = "66";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ReferenceData() {
    }

    /**
     * The 102 commune/ward boundaries as a GeoJSON FeatureCollection (WGS84, lon/lat, MultiPolygons;
     * properties {@code code, name, full_name, type, name_en, province_code, area_km2}; feature id = code).
     * A new stream on each call; the caller must close it.
     */
    public static InputStream communeBoundariesGeoJson() {
        return open(DAKLAK_COMMUNES_GEOJSON);
    }

    /**
     * Opens a bundled resource by its classpath path (e.g. {@link #DEADLINES_MD}). The caller must close it.
     *
     * @throws IllegalStateException if the resource is not on the classpath
     */
    public static InputStream open(String classpathPath) {
        InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(classpathPath);
        if (in == null) {
            throw new IllegalStateException("Reference resource not found on classpath: " + classpathPath);
        }
        return in;
    }

    /** Reads a bundled JSON resource as a Jackson tree (package-internal helper for the readers). */
    static JsonNode readJson(String classpathPath) {
        try (InputStream in = open(classpathPath)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + classpathPath, e);
        } catch (JacksonException e) {
            throw new IllegalStateException("Malformed JSON in " + classpathPath, e);
        }
    }
}
