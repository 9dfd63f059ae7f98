package vn.gov.daklak.feedback.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.contracts.report.ReportFollowerAdded;
import vn.gov.daklak.contracts.report.ReporterContact;
import vn.gov.daklak.feedback.FeedbackIntegrationTest;
import vn.gov.daklak.platform.test.TestTokens;

/** Nearby open reports of the same category; following one instead of filing; a team merging a duplicate. */
class DuplicatesTest extends FeedbackIntegrationTest {

    static String report(String category, double lat, double lon, String phone) {
        return validReport().replace("VE_SINH_MOI_TRUONG", category).replace("12.6675", Double.toString(lat))
                .replace("108.0378", Double.toString(lon)).replace("0912345678", phone);
    }

    @Test
    void openReportsOfTheSameCategoryWithin50MetresAreOffered() {
        double lat = 12.7100;
        double lon = 108.0500;
        String here = submit(report("DIEN", lat, lon, "0912345678"));
        String north30m = submit(report("DIEN", lat + 30 / 111_195.0, lon, "0912345678"));
        submit(report("DIEN", lat, lon + 60 / 108_470.0, "0912345678")); // 60 m east
        submit(report("CAP_NUOC", lat, lon, "0912345678")); // another category
        String withdrawn = submit(report("DIEN", lat, lon, "0912345678"));
        post("/api/v1/reports/" + withdrawn + "/citizen/withdraw", resident(), "{\"reason\":\"Đã tự sửa\"}");

        JsonNode nearby = get("/api/v1/reports/nearby?lat=" + lat + "&lon=" + lon + "&category=DIEN");
        assertThat(nearby.valueStream().map(n -> n.get("id").asString())).containsExactly(here, north30m);
        assertThat(nearby.get(1).get("distanceMeters").asInt()).isBetween(29, 31);
        assertThat(nearby.get(0).has("reporter")).isFalse();
        assertThat(nearby.get(0).has("location")).isFalse();

        var unknown = http().get().uri("/api/v1/reports/nearby?lat=12.7&lon=108&category=KHONG_CO")
                .header("Authorization", resident()).retrieve().toEntity(JsonNode.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aResidentFollowsAReportAndATeamMergesADuplicateWhoseReporterThenFollowsTheCanonicalReport() {
        String canonical = routedReport();
        String mai = TestTokens.resident("res-mai").phone("+84987000111").bearer();
        var followed = post("/api/v1/reports/" + canonical + "/follow", mai,
                "{\"reporter\":{\"name\":\"Lê Thị Mai\",\"phone\":\"0987000111\"}}");
        assertThat(followed.getStatusCode().value()).isEqualTo(201);
        assertThat(post("/api/v1/reports/" + canonical + "/follow", mai,
                "{\"reporter\":{\"phone\":\"+84987000111\"}}").getStatusCode().value()).as("already following")
                .isEqualTo(200);

        // residents are told on the phone they signed in with (finding 6 of issue 12)
        var filed = post("/api/v1/reports", TestTokens.resident("res-lan").phone("+84933000222").bearer(),
                report("VE_SINH_MOI_TRUONG", 12.6676, 108.0378, "0933000222"));
        assertThat(filed.getStatusCode().value()).isEqualTo(201);
        String duplicate = filed.getBody().get("id").asString();
        route(duplicate, "66-24133-CDS", clock.instant().plusSeconds(86_400));
        var merged = post("/api/v1/reports/" + duplicate + "/duplicate", staffFor(duplicate, "to-truong"),
                "{\"duplicateOf\":\"" + canonical + "\"}");
        assertThat(merged.getStatusCode().value()).isEqualTo(200);
        assertThat(merged.getBody().get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(merged.getBody().get("duplicateOf").asString()).isEqualTo(canonical);

        List<ReportFollowerAdded> added = awaitEvents(canonical, ReportFollowerAdded.class, 2).stream()
                .map(r -> json.readValue(r.value(), ReportFollowerAdded.class)).toList();
        assertThat(added).extracting(a -> a.follower().phone()).containsExactly("+84987000111", "+84933000222");
        assertThat(added).extracting(ReportFollowerAdded::mergedFromReportId).containsExactly(null, duplicate);
        assertThat(get("/api/v1/reports/" + canonical).get("followerCount").asInt()).isEqualTo(2);
        assertThat(reports.find(canonical).orElseThrow().residents()).extracting(ReporterContact::phone)
                .containsExactly(null, "+84987000111", "+84933000222");

        var intoDuplicate = post("/api/v1/reports/" + routedReport() + "/duplicate", staffOf(TEAM, "to-truong"),
                "{\"duplicateOf\":\"" + duplicate + "\"}");
        assertThat(intoDuplicate.getStatusCode().value()).as("merging into a closed report").isEqualTo(409);
        assertThat(post("/api/v1/reports/" + duplicate + "/follow", resident(),
                "{\"reporter\":{\"phone\":\"0987000999\"}}").getStatusCode().value()).isEqualTo(409);
    }
}
