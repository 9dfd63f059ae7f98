package vn.gov.daklak.feedback.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportTransferRequested;
import vn.gov.daklak.feedback.FeedbackIntegrationTest;
import vn.gov.daklak.feedback.report.Assignment;
import vn.gov.daklak.platform.test.KafkaTestClient;

/**
 * A team hands a report on: {@code ReportTransferRequested} on the broker for routing-service, then routing's new
 * {@code ReportRouted} (method TRANSFER) gives it to the new team with the original deadlines.
 */
class ReportTransferTest extends FeedbackIntegrationTest {
    static final String FROM_TEAM = "66-24133-CDS";
    static final String TO_TEAM = "66-24175-CDS";

    @Test
    void aTransferAsksRoutingAndItsNewRoutingGivesTheReportToTheNewTeamWithTheSameDeadlines() {
        String id = routedReport();
        assertThat(post("/api/v1/reports/" + id + "/acknowledge", staffOf(FROM_TEAM, "can-bo-01"), "{}")
                .getStatusCode().value()).isEqualTo(200);
        Assignment original = reports.find(id).orElseThrow().assignment();

        var transferred = post("/api/v1/reports/" + id + "/transfer", staffOf(FROM_TEAM, "to-truong-01"), """
                {"reason":"Địa điểm thuộc xã Hòa Phú, không thuộc phường","toCommuneCode":"24175",
                 "toTeamId":"66-24175-CDS"}""");
        assertThat(transferred.getStatusCode().value()).isEqualTo(200);
        assertThat(transferred.getBody().get("status").asString()).isEqualTo("TRANSFERRED");

        List<ConsumerRecord<String, String>> requests =
                awaitEvents(id, ReportTransferRequested.class, 1);
        assertThat(requests).hasSize(1);
        assertThat(KafkaTestClient.header(requests.get(0), "ce_type"))
                .isEqualTo(EventCatalog.of(ReportTransferRequested.class).type());
        var request = json.readValue(requests.get(0).value(), ReportTransferRequested.class);
        assertThat(request.reportId()).isEqualTo(id);
        assertThat(request.fromTeamId()).as("routing only accepts it from the team holding the report")
                .isEqualTo(FROM_TEAM);
        assertThat(request.targetTeamId()).isEqualTo(TO_TEAM);
        assertThat(request.targetCommuneCode()).isEqualTo("24175");
        assertThat(request.reason()).isEqualTo("Địa điểm thuộc xã Hòa Phú, không thuộc phường");
        assertThat(request.actorId()).isEqualTo("to-truong-01");
        assertThat(request.requestedAt()).isNotNull();

        String statusChanged = EventCatalog.of(ReportStatusChanged.class).type();
        List<ReportStatusChanged> changes = kafka.await(Topics.REPORT_EVENTS,
                        r -> id.equals(r.key()) && statusChanged.equals(KafkaTestClient.header(r, "ce_type")),
                        list -> list.stream().anyMatch(r -> r.value().contains("\"TRANSFERRED\"")), WAIT).stream()
                .map(r -> json.readValue(r.value(), ReportStatusChanged.class)).toList();
        assertThat(changes).filteredOn(c -> c.to() == ReportStatus.TRANSFERRED).singleElement()
                .satisfies(c -> {
                    assertThat(c.from()).isEqualTo(ReportStatus.ACKNOWLEDGED);
                    assertThat(c.actorId()).isEqualTo("to-truong-01");
                    assertThat(c.note()).isEqualTo(request.reason());
                    assertThat(c.teamId()).isEqualTo(FROM_TEAM);
                });

        // routing-service answers with the next hop, keeping the deadlines
        var hop = new ReportRouted(id, "24175", "Xã Hòa Phú", TO_TEAM, "Tổ CNS Hòa Phú", "COMMUNITY_DIGITAL",
                "TRANSFER", "transfer-accepted", "Chuyển từ Tổ CNS theo yêu cầu của to-truong-01; chấp nhận chuyển "
                + "cho Tổ CNS Hòa Phú.", Priority.NORMAL, original.acknowledgeBy(), original.resolveBy(),
                clock.instant());
        String hopEventId = kafka.send(Topics.REPORT_EVENTS, id, EventCatalog.of(ReportRouted.class).type(),
                json.writeValueAsString(hop));
        JsonNode view = awaitStatus(id, "ROUTED");

        Assignment now = reports.find(id).orElseThrow().assignment();
        assertThat(now.teamId()).isEqualTo(TO_TEAM);
        assertThat(now.communeCode()).isEqualTo("24175");
        assertThat(now.method()).isEqualTo("TRANSFER");
        assertThat(now.acknowledgeBy()).isEqualTo(original.acknowledgeBy());
        assertThat(now.resolveBy()).isEqualTo(original.resolveBy());
        assertThat(view.get("assignment").get("teamId").asString()).isEqualTo(TO_TEAM);

        List<JsonNode> history = view.get("timeline").valueStream().toList();
        assertThat(history).extracting(e -> e.get("status").asString())
                .containsExactly("SUBMITTED", "ROUTED", "ACKNOWLEDGED", "TRANSFERRED", "ROUTED");
        JsonNode out = history.get(3);
        assertThat(out.get("actor").asString()).isEqualTo("to-truong-01");
        assertThat(out.get("at").isNull()).isFalse();
        assertThat(out.get("note").asString()).contains("Địa điểm thuộc xã Hòa Phú").contains("Tổ CNS");
        JsonNode in = history.get(4);
        assertThat(in.get("kind").asString()).isEqualTo("ROUTED");
        assertThat(in.get("actor").asString()).isEqualTo("routing-service");
        assertThat(in.get("note").asString()).contains("Tổ CNS Hòa Phú");

        // the same hop delivered again changes nothing
        kafka.send(Topics.REPORT_EVENTS, id, EventCatalog.of(ReportRouted.class).type(),
                json.writeValueAsString(hop), hopEventId);
        List<ReportStatusChanged> routedAgain = kafka.readEventsFor(Topics.REPORT_EVENTS, id,
                        EventCatalog.of(ReportStatusChanged.class).type(),
                        Duration.ofSeconds(3)).stream()
                .map(r -> json.readValue(r.value(), ReportStatusChanged.class))
                .filter(c -> c.from() == ReportStatus.TRANSFERRED).toList();
        assertThat(routedAgain).singleElement().extracting(ReportStatusChanged::to).isEqualTo(ReportStatus.ROUTED);
        assertThat(get("/api/v1/reports/" + id).get("timeline").size()).isEqualTo(5);
    }

    @Test
    void aResolvedReportCannotBeTransferred() {
        String id = routedReport();
        post("/api/v1/reports/" + id + "/acknowledge", staffOf(FROM_TEAM, "can-bo-01"), "{}");
        uploadAfterPhoto(id);
        assertThat(post("/api/v1/reports/" + id + "/resolve", staffOf(FROM_TEAM, "can-bo-01"),
                "{\"resolution\":\"Đã thu gom rác\"}").getStatusCode().value()).isEqualTo(200);

        var refused = post("/api/v1/reports/" + id + "/transfer", staffOf(FROM_TEAM, "to-truong-01"),
                "{\"reason\":\"Không thuộc thẩm quyền\"}");
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(refused.getBody().get("currentStatus").asString()).isEqualTo("RESOLVED");
        assertThat(refused.getBody().get("requestedStatus").asString()).isEqualTo("TRANSFERRED");
        assertThat(reports.find(id).orElseThrow().status()).isEqualTo(ReportStatus.RESOLVED);
    }

    @Test
    void aTransferNeedsAReasonAndAStaffMember() {
        String id = routedReport();
        var noReason = post("/api/v1/reports/" + id + "/transfer", staffOf(FROM_TEAM, "to-truong-01"),
                "{\"toTeamId\":\"66-24175-CDS\"}");
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(noReason.getBody().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("reason");

        var badCommune = post("/api/v1/reports/" + id + "/transfer", staffOf(FROM_TEAM, "to-truong-01"),
                "{\"reason\":\"x\",\"toCommuneCode\":\"123\"}");
        assertThat(badCommune.getStatusCode().value()).isEqualTo(400);

        var resident = post("/api/v1/reports/" + id + "/transfer", resident(), "{\"reason\":\"x\"}");
        assertThat(resident.getStatusCode().value()).isEqualTo(403);
        var otherTeam = post("/api/v1/reports/" + id + "/transfer", staffOf(TO_TEAM, "to-truong-khac"),
                "{\"reason\":\"x\"}");
        assertThat(otherTeam.getStatusCode().value()).as("only the team that has it hands it on").isEqualTo(403);
        assertThat(reports.find(id).orElseThrow().status()).isEqualTo(ReportStatus.ROUTED);
    }
}
