package vn.gov.daklak.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReferenceDataTest {

    @Test
    void boundariesHaveOneFeaturePerCommune() throws Exception {
        JsonNode root;
        try (InputStream in = ReferenceData.communeBoundariesGeoJson()) {
            root = JsonMapper.builder().build().readTree(in);
        }
        assertThat(root.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(root.get("features").size()).isEqualTo(102);
        for (JsonNode f : root.get("features").values()) {
            String code = f.get("properties").get("code").asString();
            assertThat(Communes.byCode(code)).as(code).isPresent();
            assertThat(f.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
        }
    }

    @Test
    void attributionAndSourcesAreBundled() throws Exception {
        for (String p : new String[] {ReferenceData.ATTRIBUTION_MD, ReferenceData.DEADLINES_MD,
                "reference/daklak/SOURCES.md", "reference/categories/SOURCES.md", "reference/holidays/SOURCES.md"}) {
            try (InputStream in = ReferenceData.open(p)) {
                assertThat(in.readAllBytes()).as(p).isNotEmpty();
            }
        }
        assertThatThrownBy(() -> ReferenceData.open("reference/nope.txt")).isInstanceOf(IllegalStateException.class);
    }
}
