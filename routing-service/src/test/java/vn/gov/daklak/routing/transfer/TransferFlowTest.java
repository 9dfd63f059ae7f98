package vn.gov.daklak.routing.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gov.daklak.routing.support.CloudEventsKafka.eventOf;
import static vn.gov.daklak.routing.support.CloudEventsKafka.header;
import static vn.gov.daklak.routing.support.CloudEventsKafka.withKey;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReportTransferRequested;
import vn.gov.daklak.routing.support.CloudEventsKafka;
import vn.gov.daklak.routing.support.RoutingServiceIntegrationTest;

class TransferFlowTest extends RoutingServiceIntegrationTest {
    static final String BUON_MA_THUOT = "24133";
    static final String EA_KAO = "24169";
    static final String BMT_TEAM = "team-24133-cds";
    static final String EA_KAO_TEAM = "team-24169-cds";
    static final String TRIAGE_TEAM = "team-province-triage";
    static final String DLQ = Topics.REPORT_EVENTS + ".routing-service.dlq";

    @BeforeEach
    void teamsAreKnown() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        publishTeamAndWait(team(TRIAGE_TEAM, TeamType.PROVINCE_TRIAGE, null, t));
        publishTeamAndWait(team(BMT_TEAM, TeamType.COMMUNITY_DIGITAL, BUON_MA_THUOT, t));
        publishTeamAndWait(team(EA_KAO_TEAM, TeamType.COMMUNITY_DIGITAL, EA_KAO, t));
    }

    @Test
    void transfersKeepTheDeadlinesShowEveryHopAndABouncingReportEndsAtTriage() throws Exception {
        String reportId = "rpt-" + UUID.randomUUID();
        kafka.publish(new ReportSubmitted(reportId, "DL-TRF", "KHAC", "Đề nghị lắp gương cầu lồi", "Khúc cua khuất",
                null, BUON_MA_THUOT, null, IntakeChannel.WEB, null, Instant.now()), reportId);
        ReportRouted first = routed(reportId, 1).get(0);
        assertThat(first.teamId()).isEqualTo(BMT_TEAM);

        // 1: Buôn Ma Thuột → Ea Kao (accepted), 2: back (accepted), 3: again → more than twice: province triage
        transfer(reportId, BMT_TEAM, EA_KAO_TEAM, null, "Khúc cua thuộc xã Ea Kao");
        transfer(reportId, EA_KAO_TEAM, BMT_TEAM, null, "Không thuộc Ea Kao");
        String lastRequest = transfer(reportId, BMT_TEAM, null, EA_KAO, "Vẫn thuộc Ea Kao");
        List<ReportRouted> hops = routed(reportId, 4);

        assertThat(hops).extracting(ReportRouted::teamId).containsExactly(BMT_TEAM, EA_KAO_TEAM, BMT_TEAM,
                TRIAGE_TEAM);
        assertThat(hops).extracting(ReportRouted::method).containsExactly("COMMUNE_CODE", "TRANSFER", "TRANSFER",
                "TRANSFER");
        assertThat(hops).extracting(ReportRouted::ruleId).containsExactly("default-commune-team",
                "transfer-accepted", "transfer-accepted", "transfer-bounced-to-triage");
        assertThat(hops).allSatisfy(h -> {
            assertThat(h.acknowledgeBy()).as("the clock keeps running").isEqualTo(first.acknowledgeBy());
            assertThat(h.resolveBy()).isEqualTo(first.resolveBy());
        });
        assertThat(hops.get(1).communeCode()).isEqualTo(EA_KAO);
        assertThat(hops.get(1).routedAt()).isAfter(first.routedAt());
        assertThat(hops.get(3).reason()).contains("\"Vẫn thuộc Ea Kao\"").contains("chuyển qua lại 3 lần");

        mvc.perform(get("/api/v1/routing/decisions/" + reportId).header(HttpHeaders.AUTHORIZATION,
                        PROVINCE_OPERATIONS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.teamId").value(TRIAGE_TEAM))
                .andExpect(jsonPath("$.transfers").value(3))
                .andExpect(jsonPath("$.hops.length()").value(4))
                .andExpect(jsonPath("$.hops[*].kind").value(org.hamcrest.Matchers.contains("ROUTED",
                        "TRANSFER_ACCEPTED", "TRANSFER_ACCEPTED", "TRANSFER_TO_TRIAGE")))
                .andExpect(jsonPath("$.hops[1].fromTeamId").value(BMT_TEAM))
                .andExpect(jsonPath("$.hops[1].requestReason").value("Khúc cua thuộc xã Ea Kao"))
                .andExpect(jsonPath("$.hops[1].assignment.method").value("TRANSFER"))
                .andExpect(jsonPath("$.hops[3].assignment.ruleId").value("transfer-bounced-to-triage"))
                .andExpect(jsonPath("$.acknowledgeBy").value(first.acknowledgeBy().toString()));

        // the same request again, and one from a team that no longer holds the report: nothing more, then a
        // sentinel on the same key shows both were handled (one partition per key is consumed in order)
        kafka.publish(new ReportTransferRequested(reportId, BMT_TEAM, null, EA_KAO, "Vẫn thuộc Ea Kao", "staff-1",
                Instant.now()), reportId, lastRequest, null);
        transfer(reportId, EA_KAO_TEAM, BMT_TEAM, null, "Không thuộc Ea Kao");
        transfer(reportId, TRIAGE_TEAM, EA_KAO_TEAM, null, "Tỉnh xác định thuộc Ea Kao");
        List<ReportRouted> all = routed(reportId, 5);
        assertThat(all).hasSize(5);
        assertThat(all.get(4).teamId()).isEqualTo(EA_KAO_TEAM);
        assertThat(kafka.readAll(Topics.REPORT_EVENTS, eventOf(ReportRouted.class, reportId), Duration.ofSeconds(2)))
                .hasSize(5);
    }

    @Test
    void malformedTransferRequestsEndOnTheDeadLetterTopic() {
        String key = "rpt-" + UUID.randomUUID();
        ReportTransferRequested sample =
                new ReportTransferRequested(key, BMT_TEAM, null, null, "x", "s", Instant.now());
        kafka.send(Topics.REPORT_EVENTS, null, key, "{\"reportId\": ".getBytes(StandardCharsets.UTF_8),
                CloudEventsKafka.cloudEventHeaders(sample, UUID.randomUUID().toString(), key));

        List<ConsumerRecord<String, byte[]>> dead = kafka.await(DLQ, withKey(key), 1, Duration.ofSeconds(45));

        assertThat(dead).hasSize(1);
        assertThat(header(dead.get(0), "x-exception-message"))
                .contains("not valid JSON for ReportTransferRequested");
    }

    private String transfer(String reportId, String from, String targetTeam, String targetCommune, String reason) {
        String eventId = UUID.randomUUID().toString();
        kafka.publish(new ReportTransferRequested(reportId, from, targetTeam, targetCommune, reason, "staff-1",
                Instant.now()), reportId, eventId, null);
        return eventId;
    }

    private static List<ReportRouted> routed(String reportId, int count) {
        return kafka.await(Topics.REPORT_EVENTS, eventOf(ReportRouted.class, reportId), count, EVENT_TIMEOUT).stream()
                .map(r -> CloudEventsKafka.JSON.readValue(r.value(), ReportRouted.class)).toList();
    }
}
