package vn.gov.daklak.console.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;

class CommuneBoundariesTest {

    @Test
    void everyOfficialCommuneIsDrawnFromASimplifiedBoundaryOfUnderAMegabyte() {
        byte[] geoJson = new CommuneBoundaries().geoJson();
        JsonNode features = JsonMapper.builder().build().readTree(geoJson).get("features");

        Set<String> codes = new HashSet<>();
        features.forEach(f -> {
            codes.add(f.get("properties").get("code").asString());
            assertThat(f.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
        });
        assertThat(codes).hasSize(102)
                .containsExactlyInAnyOrderElementsOf(Communes.all().stream().map(Commune::code).toList());
        assertThat(geoJson.length).as("simplified from 3.9 MB").isLessThan(1_000_000);
    }
}
