package vn.gov.daklak.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.daklak.platform.test.KafkaTestClient.header;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportSubmitted;

/**
 * feedback-service against a real Kafka broker and a MongoDB endpoint, playing routing-service by hand: intake,
 * problem details, the assignment applied once, team actions, the resident's actions, 409, 401/403, the DLQ.
 */
class FeedbackServiceTest extends FeedbackIntegrationTest {
    @Autowired
    vn.gov.daklak.feedback.lifecycle.AutoClose autoClose;

    @Test
    void aSubmittedReportIsStoredTrackableAndPublishedKeyedByItsId() {
        var response = post("/api/v1/reports", resident(), validReport());

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        String id = response.getBody().get("id").asString();
        String code = response.getBody().get("trackingCode").asString();
        assertThat(response.getHeaders().getLocation()).hasToString("/api/v1/reports/" + id);
        assertThat(code).matches("DL-[2-9A-Z]{7}");

        var records = awaitEvents(id, ReportSubmitted.class, 1);
        assertThat(records).hasSize(1);
        assertThat(header(records.get(0), "ce_type")).isEqualTo(EventCatalog.of(ReportSubmitted.class).type());
        ReportSubmitted event = json.readValue(records.get(0).value(), ReportSubmitted.class);
        assertThat(event.title()).isEqualTo("Rác thải ùn ứ");
        assertThat(event.channel().name()).as("the resident's token's channel").isEqualTo("PROVINCE_APP");
        assertThat(event.location().lat()).isEqualTo(12.6675);

        JsonNode byCode = get("/api/v1/reports/track/" + code);
        assertThat(byCode.get("id").asString()).isEqualTo(id);
        assertThat(byCode.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(byCode.get("statusLabel").asString()).isEqualTo("Đã tiếp nhận");
        assertThat(byCode.get("category").get("nameVi").asString()).isEqualTo("Vệ sinh môi trường, rác thải");
        assertThat(byCode.get("submittedAt").asString()).endsWith("+07:00");
    }

    @Test
    void routingDecisionIsRecordedOnceThenTheTeamAcknowledgesAndResolves() {
        String id = submit();
        var routed = new ReportRouted(id, "24133", "Phường Buôn Ma Thuột", "66-24133-CDS",
                "Tổ công nghệ số cộng đồng Phường Buôn Ma Thuột", "COMMUNITY_DIGITAL", "POINT_IN_POLYGON",
                "default-commune-team", "Vị trí nằm trong Phường Buôn Ma Thuột", Priority.NORMAL,
                Instant.parse("2026-11-30T03:00:00Z"), Instant.parse("2026-12-03T10:00:00Z"), Instant.now());
        String eventId = kafka.send(Topics.REPORT_EVENTS, id, EventCatalog.of(ReportRouted.class).type(),
                json.writeValueAsString(routed));
        kafka.send(Topics.REPORT_EVENTS, id, EventCatalog.of(ReportRouted.class).type(),
                json.writeValueAsString(routed), eventId);

        JsonNode view = awaitStatus(id, "ROUTED");
        assertThat(view.get("assignment").get("teamName").asString())
                .isEqualTo("Tổ công nghệ số cộng đồng Phường Buôn Ma Thuột");
        assertThat(view.get("assignment").get("resolveBy").asString()).isEqualTo("2026-12-03T17:00:00+07:00");

        assertThat(post("/api/v1/reports/" + id + "/acknowledge", staffFor(id, "staff-1"), "{}").getStatusCode().value())
                .isEqualTo(200);
        uploadAfterPhoto(id);
        var resolved = post("/api/v1/reports/" + id + "/resolve", staffFor(id, "staff-1"),
                "{\"resolution\":\"Đã thu gom rác và vệ sinh khu vực\"}");
        assertThat(resolved.getStatusCode().value()).isEqualTo(200);
        assertThat(resolved.getBody().get("status").asString()).isEqualTo("RESOLVED");

        var changes = awaitEvents(id, ReportStatusChanged.class, 3).stream()
                .map(r -> json.readValue(r.value(), ReportStatusChanged.class).to().name()).toList();
        assertThat(changes).containsExactly("ROUTED", "ACKNOWLEDGED", "RESOLVED");
        List<String> kinds = get("/api/v1/reports/" + id).get("timeline").valueStream()
                .map(e -> e.get("kind").asString()).toList();
        assertThat(kinds).containsExactly("SUBMITTED", "ROUTED", "STATUS_CHANGED", "STATUS_CHANGED");
    }

    @Test
    void theResidentAnswersAQuestionDisputesTheResolutionAndRatesIt() {
        String id = routedReport();
        post("/api/v1/reports/" + id + "/acknowledge", staffFor(id, "staff-1"), "{}");
        var asked = post("/api/v1/reports/" + id + "/ask", staffFor(id, "staff-1"), "{\"text\":\"Số nhà cụ thể?\"}");
        assertThat(asked.getBody().get("question").asString()).isEqualTo("Số nhà cụ thể?");
        var answered = post("/api/v1/reports/" + id + "/citizen/answer", resident(), "{\"text\":\"Số 12\"}");
        assertThat(answered.getBody().get("status").asString()).isEqualTo("IN_PROGRESS");
        uploadAfterPhoto(id);
        post("/api/v1/reports/" + id + "/resolve", staffFor(id, "staff-1"), "{\"resolution\":\"Đã sửa đèn\"}");
        var reopened = post("/api/v1/reports/" + id + "/citizen/reopen", resident(),
                "{\"reason\":\"Đèn vẫn chưa sáng\"}");
        assertThat(reopened.getBody().get("status").asString()).isEqualTo("REOPENED");
        post("/api/v1/reports/" + id + "/resolve", staffFor(id, "staff-1"), "{\"resolution\":\"Đã thay bóng mới\"}");
        var rated = post("/api/v1/reports/" + id + "/citizen/rate", resident(),
                "{\"score\":5,\"comment\":\"Cảm ơn\"}");
        assertThat(rated.getBody().get("rating").get("score").asInt()).isEqualTo(5);
        assertThat(post("/api/v1/reports/" + id + "/citizen/rate", resident(), "{\"score\":6}")
                .getStatusCode().value()).isEqualTo(400);

        var statuses = awaitEvents(id, ReportStatusChanged.class, 7).stream()
                .map(r -> json.readValue(r.value(), ReportStatusChanged.class).to().name()).toList();
        assertThat(statuses).containsExactly("ROUTED", "ACKNOWLEDGED", "NEED_INFO", "IN_PROGRESS", "RESOLVED",
                "REOPENED", "RESOLVED");
    }

    @Test
    void aResolutionNobodyDisputesClosesItselfAfterSevenDays() {
        String id = routedReport();
        post("/api/v1/reports/" + id + "/acknowledge", staffFor(id, "staff-1"), "{}");
        uploadAfterPhoto(id);
        post("/api/v1/reports/" + id + "/resolve", staffFor(id, "staff-1"), "{\"resolution\":\"Đã xử lý\"}");

        clock.advance(Duration.ofDays(6));
        autoClose.run();
        assertThat(get("/api/v1/reports/" + id).get("status").asString()).isEqualTo("RESOLVED");
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        autoClose.run();
        assertThat(get("/api/v1/reports/" + id).get("status").asString()).isEqualTo("CLOSED");
        var late = post("/api/v1/reports/" + id + "/citizen/reopen", resident(), "{\"reason\":\"x\"}");
        assertThat(late.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void illegalTransitionsAnswer409AndChangeNothing() {
        String id = submit();
        var response = post("/api/v1/reports/" + id + "/resolve", operations(), "{\"resolution\":\"Xong\"}");

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().get("currentStatus").asString()).isEqualTo("SUBMITTED");
        assertThat(get("/api/v1/reports/" + id).get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void staffActionsNeedStaffOfTheTeamAndFilingNeedsAToken() {
        String id = routedReport();
        var asResident = post("/api/v1/reports/" + id + "/acknowledge", resident(), "{}");
        assertThat(asResident.getStatusCode().value()).isEqualTo(403);
        assertThat(asResident.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(post("/api/v1/reports/" + id + "/acknowledge", staffOf("66-24121-CDS", "can-bo-khac"), "{}")
                .getStatusCode().value()).as("another team").isEqualTo(403);
        var unauthorized = post("/api/v1/reports", null, validReport());
        assertThat(unauthorized.getStatusCode().value()).isEqualTo(401);
        assertThat(unauthorized.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void badInputGets400ProblemDetailsNamingEachFieldAndStoresNothing() {
        long before = storedReports();
        String tooLong = "x".repeat(5001);
        var response = post("/api/v1/reports", resident(), """
                {"category":"KHONG_CO","title":"Đèn hỏng","description":"%s","location":{"lat":91,"lon":108},
                 "reporter":{"phone":"0912345678"}}""".formatted(tooLong));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("category", "description", "location.lat");

        var missing = post("/api/v1/reports", resident(),
                "{\"title\":\"a\",\"description\":\"b\",\"communeCode\":\"24133\",\"reporter\":{\"phone\":\"0912345678\"}}");
        assertThat(missing.getBody().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("category");

        var wrongType = post("/api/v1/reports", resident(), validReport().replace("12.6675", "\"north\""));
        assertThat(wrongType.getStatusCode().value()).isEqualTo(400);
        assertThat(wrongType.getBody().get("errors").get(0).get("field").asString()).isEqualTo("location.lat");

        var malformed = post("/api/v1/reports", resident(), "{\"category\": ");
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getBody().get("title").asString()).isEqualTo("Malformed request body");

        assertThat(storedReports()).isEqualTo(before);
    }

    @Test
    void anEventForAnUnknownReportGoesToTheDeadLetterTopicWithTheReason() {
        String unknown = UUID.randomUUID().toString();
        var routed = new ReportRouted(unknown, "24133", "Phường Buôn Ma Thuột", "66-24133-CDS", "Tổ", "COMMUNITY_DIGITAL",
                "COMMUNE_CODE", "r", "r", Priority.NORMAL, Instant.now(), Instant.now(), Instant.now());
        kafka.send(Topics.REPORT_EVENTS, unknown, EventCatalog.of(ReportRouted.class).type(),
                json.writeValueAsString(routed));

        var dead = kafka.awaitKey(Topics.REPORT_EVENTS + ".feedback-service.dlq", unknown, 1, WAIT);
        assertThat(dead).hasSize(1);
        assertThat(header(dead.get(0), "x-exception-message")).contains("No report " + unknown);
    }
}
