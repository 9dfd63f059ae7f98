package vn.gov.daklak.feedback.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.feedback.FeedbackIntegrationTest;
import vn.gov.daklak.platform.test.TestTokens;

/**
 * Every staff action on a report leaves an audit entry (who, what, when, which report, outcome), refused attempts
 * included; province administrators and operations read a report's entries in order; nobody changes or removes them
 * over HTTP.
 */
class AuditTrailTest extends FeedbackIntegrationTest {

    private static String provinceAdmin() {
        return TestTokens.staff("province-admin", "PROVINCE_ADMIN").bearer();
    }

    @Test
    void aStaffMembersActionsAreRecordedInOrderAndReadableByTheProvince() {
        String id = routedReport();
        String staff = staffFor(id, "staff-1");
        Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS); // MongoDB keeps milliseconds

        String outsider = staffOf("66-24121-CDS", "can-bo-khac");
        assertThat(post("/api/v1/reports/" + id + "/acknowledge", outsider, "{}").getStatusCode().value())
                .isEqualTo(403);
        var acknowledged = http().post().uri("/api/v1/reports/" + id + "/acknowledge")
                .header("Authorization", staff).header("X-Request-Id", "req-ack-1")
                .contentType(MediaType.APPLICATION_JSON).body("{\"note\":\"Đã nhận, sẽ xử lý\"}")
                .retrieve().toEntity(JsonNode.class);
        assertThat(acknowledged.getStatusCode().value()).isEqualTo(200);
        uploadAfterPhoto(id);
        assertThat(post("/api/v1/reports/" + id + "/resolve", staff, "{\"resolution\":\"Đã thu gom rác\"}")
                .getStatusCode().value()).isEqualTo(200);

        ResponseEntity<JsonNode> read = getEntity("/api/v1/audit?reportId=" + id, provinceAdmin());
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        List<JsonNode> entries = read.getBody().valueStream().toList();
        assertThat(entries).extracting(e -> e.get("action").asString() + " by " + e.get("actor").asString() + ": "
                + e.get("status").asInt()).containsExactly(
                "report.acknowledge by can-bo-khac: 403",
                "report.acknowledge by staff-1: 200",
                "report.resolution-photos.add by staff-1: 201",
                "report.resolve by staff-1: 200");
        Instant previous = before;
        for (JsonNode entry : entries) {
            assertThat(entry.get("id").asString()).isNotBlank();
            assertThat(entry.get("target").asString()).isEqualTo(id);
            assertThat(entry.get("actorType").asString()).isEqualTo("staff");
            assertThat(entry.get("method").asString()).isEqualTo("POST");
            assertThat(entry.get("path").asString()).startsWith("/api/v1/reports/" + id + "/");
            Instant at = Instant.parse(entry.get("at").asString());
            assertThat(at).isAfterOrEqualTo(previous).isBeforeOrEqualTo(clock.instant());
            previous = at;
        }
        assertThat(entries.get(1).get("requestId").asString()).isEqualTo("req-ack-1");
        assertThat(read.getBody().toString()).as("no request body is recorded")
                .doesNotContain("Đã nhận", "Đã thu gom rác");

        var byOperations = getEntity("/api/v1/audit?reportId=" + id + "&action=report.resolve", operations());
        assertThat(byOperations.getStatusCode().value()).isEqualTo(200);
        assertThat(byOperations.getBody().valueStream().map(e -> e.get("actor").asString()).toList())
                .containsExactly("staff-1");
        assertThat(getEntity("/api/v1/audit?reportId=" + id, staff).getStatusCode().value()).isEqualTo(403);
        assertThat(getEntity("/api/v1/audit?reportId=" + id, resident()).getStatusCode().value()).isEqualTo(403);
        assertThat(getEntity("/api/v1/audit", provinceAdmin()).getStatusCode().value())
                .as("a report id is required").isEqualTo(400);
    }

    @Test
    void theResidentsActionsAreRecordedToo() {
        String id = routedReport();
        String staff = staffFor(id, "staff-2");
        assertThat(post("/api/v1/reports/" + id + "/acknowledge", staff, "{}").getStatusCode().value())
                .isEqualTo(200);
        assertThat(post("/api/v1/reports/" + id + "/ask", staff, "{\"text\":\"Ở số nhà nào?\"}")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(post("/api/v1/reports/" + id + "/citizen/answer", resident(), "{\"text\":\"Số 12\"}")
                .getStatusCode().value()).isEqualTo(200);

        List<JsonNode> entries = getEntity("/api/v1/audit?reportId=" + id, provinceAdmin()).getBody()
                .valueStream().toList();
        assertThat(entries).extracting(e -> e.get("action").asString() + " by " + e.get("actor").asString() + " ("
                + e.get("actorType").asString() + ")").containsExactly(
                "report.acknowledge by staff-2 (staff)",
                "report.ask by staff-2 (staff)",
                "report.resident.answer by " + RESIDENT + " (resident)");
    }

    @Test
    void noHttpCallChangesOrRemovesEntries() {
        String id = routedReport();
        assertThat(post("/api/v1/reports/" + id + "/claim", staffFor(id, "staff-3"), null).getStatusCode().value())
                .isEqualTo(200);
        String before = getEntity("/api/v1/audit?reportId=" + id, provinceAdmin()).getBody().toString();
        String entryId = getEntity("/api/v1/audit?reportId=" + id, provinceAdmin()).getBody().get(0).get("id")
                .asString();

        for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.POST)) {
            for (String path : List.of("/api/v1/audit", "/api/v1/audit?reportId=" + id, "/api/v1/audit/" + entryId)) {
                var response = http().method(method).uri(path).header("Authorization", provinceAdmin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"actor\":\"someone-else\",\"action\":\"nothing\",\"target\":\"" + id + "\"}")
                        .retrieve().toEntity(String.class);
                assertThat(response.getStatusCode().value()).as(method + " " + path).isIn(403, 405);
            }
        }
        assertThat(getEntity("/api/v1/audit/" + entryId, provinceAdmin()).getStatusCode().value()).isIn(403, 404);
        assertThat(getEntity("/api/v1/audit?reportId=" + id, provinceAdmin()).getBody().toString())
                .isEqualTo(before);
    }
}
