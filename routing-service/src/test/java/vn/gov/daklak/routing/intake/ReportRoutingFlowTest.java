package vn.gov.daklak.routing.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gov.daklak.routing.support.CloudEventsKafka.eventOf;
import static vn.gov.daklak.routing.support.CloudEventsKafka.header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import io.micrometer.core.instrument.MeterRegistry;
import vn.gov.daklak.contracts.CloudEventHeaders;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.identity.TeamType;
import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReportTransferRequested;
import vn.gov.daklak.platform.test.TestTokens;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;
import vn.gov.daklak.routing.support.CloudEventsKafka;
import vn.gov.daklak.routing.support.RoutingServiceIntegrationTest;

class ReportRoutingFlowTest extends RoutingServiceIntegrationTest {
    static final Commune TAN_LAP = Communes.byCode("24121").orElseThrow();
    static final String TAN_LAP_TEAM = "team-24121-cds";
    static final String TRIAGE_TEAM = "team-province-triage";
    static final String DLQ = Topics.REPORT_EVENTS + ".routing-service.dlq";

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void teamsAreKnown() {
        publishTeamAndWait(team(TRIAGE_TEAM, TeamType.PROVINCE_TRIAGE, null, Instant.parse("2026-01-01T00:00:00Z")));
        publishTeamAndWait(team(TAN_LAP_TEAM, TeamType.COMMUNITY_DIGITAL, TAN_LAP.code(),
                Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void reportIsRoutedToTheCommuneOfItsLocationOnceEvenWhenRedelivered() throws Exception {
        String reportId = newReportId();
        ReportSubmitted report = report(reportId, new GeoPoint(TAN_LAP.labelLat(), TAN_LAP.labelLon()), null,
                "Nguy cơ sập cầu", "Cầu bê tông bị nứt, xe vẫn qua lại");
        String eventId = UUID.randomUUID().toString();
        kafka.publish(report, reportId, eventId, 0);

        List<ConsumerRecord<String, byte[]>> routed =
                kafka.await(Topics.REPORT_EVENTS, eventOf(ReportRouted.class, reportId), 1, EVENT_TIMEOUT);

        assertThat(routed).hasSize(1);
        ConsumerRecord<String, byte[]> record = routed.get(0);
        assertThat(record.key()).isEqualTo(reportId);
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("vn.gov.daklak.feedback.report.routed");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(reportId);
        assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
        ReportRouted event = CloudEventsKafka.JSON.readValue(record.value(), ReportRouted.class);
        assertThat(event.communeCode()).isEqualTo(TAN_LAP.code());
        assertThat(event.communeName()).isEqualTo("Phường Tân Lập");
        assertThat(event.method()).isEqualTo("POINT_IN_POLYGON");
        assertThat(event.teamId()).isEqualTo(TAN_LAP_TEAM);
        assertThat(event.teamType()).isEqualTo("COMMUNITY_DIGITAL");
        // "sập cầu" makes it urgent; Tân Lập has neither a rapid-response nor an infrastructure team in this test's
        // directory, so the rule's last target, the digital community team, takes it
        assertThat(event.ruleId()).isEqualTo("urgent-infrastructure-rapid-response");
        assertThat(event.priority()).isEqualTo(Priority.URGENT);
        assertThat(event.reason()).startsWith("Vị trí nằm trong Phường Tân Lập");
        assertThat(Duration.between(event.routedAt(), event.acknowledgeBy())).isEqualTo(Duration.ofHours(1));
        assertThat(Duration.between(event.routedAt(), event.resolveBy())).isEqualTo(Duration.ofHours(24));

        mvc.perform(get("/api/v1/routing/decisions/" + reportId)
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.staff("staff-1", "TEAM_MEMBER")
                                .teams(TAN_LAP_TEAM).communes(TAN_LAP.code()).bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.teamId").value(TAN_LAP_TEAM))
                .andExpect(jsonPath("$.method").value("POINT_IN_POLYGON"))
                .andExpect(jsonPath("$.priority").value("URGENT"))
                .andExpect(jsonPath("$.ruleId").value("urgent-infrastructure-rapid-response"))
                .andExpect(jsonPath("$.ruleSetVersion").isNumber())
                .andExpect(jsonPath("$.deadlineBasis").value("CLOCK_HOURS"))
                .andExpect(jsonPath("$.hops.length()").value(1))
                .andExpect(jsonPath("$.hops[0].kind").value("ROUTED"))
                .andExpect(jsonPath("$.hops[0].assignment.reason").value(event.reason()))
                .andExpect(jsonPath("$.outbox").doesNotExist())
                .andExpect(jsonPath("$.appliedEventIds").doesNotExist());

        // Redeliver the same event, then a sentinel report on the same partition: once the sentinel is routed,
        // the redelivery has been handled too (one partition is consumed in order).
        kafka.publish(report, reportId, eventId, 0);
        String sentinelId = newReportId();
        kafka.publish(report(sentinelId, null, TAN_LAP.code(), "Rác", "Rác chưa thu gom"), sentinelId,
                UUID.randomUUID().toString(), 0);
        assertThat(kafka.await(Topics.REPORT_EVENTS, eventOf(ReportRouted.class, sentinelId), 1, EVENT_TIMEOUT))
                .hasSize(1);

        assertThat(kafka.readAll(Topics.REPORT_EVENTS, eventOf(ReportRouted.class, reportId), Duration.ofSeconds(3)))
                .hasSize(1);
    }

    @Test
    void reportWithoutUsableCommuneGoesToProvinceTriage() throws Exception {
        String reportId = newReportId();
        kafka.publish(report(reportId, new GeoPoint(21.0285, 105.8542), null, "Góp ý", "Đề nghị thêm cây xanh"),
                reportId);

        List<ConsumerRecord<String, byte[]>> routed =
                kafka.await(Topics.REPORT_EVENTS, eventOf(ReportRouted.class, reportId), 1, EVENT_TIMEOUT);

        assertThat(routed).hasSize(1);
        ReportRouted event = CloudEventsKafka.JSON.readValue(routed.get(0).value(), ReportRouted.class);
        assertThat(event.method()).isEqualTo("TRIAGE");
        assertThat(event.communeCode()).isNull();
        assertThat(event.teamId()).isEqualTo(TRIAGE_TEAM);
        assertThat(event.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void oldAddressWithoutLocationOrCodeIsRoutedToTheNewUnit() throws Exception {
        String reportId = newReportId();
        kafka.publish(new ReportSubmitted(reportId, "DL-OLD", "VE_SINH_MOI_TRUONG", "Rác tồn đọng",
                "Rác chưa thu gom 3 ngày", null, null, "thon 3, xa Hoa Thang, TP Buon Ma Thuot",
                IntakeChannel.HOTLINE, null, Instant.now()), reportId);

        ReportRouted event = CloudEventsKafka.JSON.readValue(kafka.await(Topics.REPORT_EVENTS,
                eventOf(ReportRouted.class, reportId), 1, EVENT_TIMEOUT).get(0).value(), ReportRouted.class);

        assertThat(event.method()).isEqualTo("ADDRESS_TEXT");
        assertThat(event.communeCode()).isEqualTo(TAN_LAP.code());
        assertThat(event.teamId()).isEqualTo(TAN_LAP_TEAM);
        assertThat(event.reason()).startsWith("Địa chỉ ghi Xã Hòa Thắng (Thành phố Buôn Ma Thuột) trước sắp xếp");
        // normal priority: working hours, so at least the 8 hours of the acknowledgement target
        assertThat(Duration.between(event.routedAt(), event.acknowledgeBy())).isGreaterThanOrEqualTo(
                Duration.ofHours(8));
    }

    @Test
    void unknownDecisionIsAProblem404() throws Exception {
        mvc.perform(get("/api/v1/routing/decisions/no-such-report").header(HttpHeaders.AUTHORIZATION,
                        PROVINCE_OPERATIONS))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void recordsWithoutEventIdOrWithMalformedJsonEndOnTheDeadLetterTopic() {
        String withoutId = newReportId();
        ReportSubmitted report = report(withoutId, null, TAN_LAP.code(), "Ổ gà", "");
        Map<String, String> headers = new LinkedHashMap<>(
                CloudEventsKafka.cloudEventHeaders(report, "unused", withoutId));
        headers.remove(CloudEventHeaders.ID);
        kafka.send(Topics.REPORT_EVENTS, null, withoutId, CloudEventsKafka.JSON.writeValueAsBytes(report),
                headers);
        String malformed = newReportId();
        kafka.send(Topics.REPORT_EVENTS, null, malformed, "{\"reportId\": ".getBytes(StandardCharsets.UTF_8),
                CloudEventsKafka.cloudEventHeaders(report, UUID.randomUUID().toString(), malformed));

        List<ConsumerRecord<String, byte[]>> dead = kafka.await(DLQ,
                r -> withoutId.equals(r.key()) || malformed.equals(r.key()), 2, Duration.ofSeconds(45));

        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(withoutId, malformed);
        assertThat(dead).allSatisfy(r -> assertThat(header(r, "x-exception-message")).isNotBlank());
        assertThat(dead).filteredOn(r -> withoutId.equals(r.key()))
                .allSatisfy(r -> assertThat(header(r, "x-exception-message")).contains("ce_id"));
        assertThat(dead).filteredOn(r -> malformed.equals(r.key()))
                .allSatisfy(r -> assertThat(header(r, "x-exception-message"))
                        .contains("not valid JSON for ReportSubmitted"));
        assertThat(kafka.readAll(Topics.REPORT_EVENTS, eventOf(ReportRouted.class, withoutId)
                .or(eventOf(ReportRouted.class, malformed)), Duration.ofSeconds(1))).isEmpty();
    }

    /**
     * A report's events arrive in order, so a status change or transfer request of a report without a routing case
     * means its submission was never routed here: waiting cannot help. Each is tried once and dead-lettered.
     */
    @Test
    void laterEventsOfAReportThatWasNeverRoutedHereGoToTheDeadLetterTopicWithoutRetry() {
        String reportId = newReportId();
        double failedBefore = failed(ReportStatusChanged.class) + failed(ReportTransferRequested.class);
        kafka.publish(new ReportStatusChanged(reportId, ReportStatus.ROUTED, ReportStatus.ACKNOWLEDGED, "staff-1",
                "TEAM_MEMBER", null, TAN_LAP_TEAM, Instant.now()), reportId);
        kafka.publish(new ReportTransferRequested(reportId, TAN_LAP_TEAM, null, null, "Không thuộc phường",
                "staff-1", Instant.now()), reportId);

        List<ConsumerRecord<String, byte[]>> dead = kafka.await(DLQ, r -> reportId.equals(r.key()), 2, EVENT_TIMEOUT);

        assertThat(dead).extracting(r -> header(r, CloudEventHeaders.TYPE)).containsExactly(
                EventCatalog.of(ReportStatusChanged.class).type(),
                EventCatalog.of(ReportTransferRequested.class).type());
        assertThat(dead).allSatisfy(r -> assertThat(header(r, "x-exception-message"))
                .contains("Report " + reportId + " has no routing case"));
        assertThat(failed(ReportStatusChanged.class) + failed(ReportTransferRequested.class) - failedBefore)
                .as("one attempt each").isEqualTo(2.0);
    }

    private double failed(Class<?> type) {
        var counter = meters.find("platform.events.consumed")
                .tags("type", EventCatalog.of(type).type(), "outcome", "failed").counter();
        return counter == null ? 0 : counter.count();
    }

    private static String newReportId() {
        return "rpt-" + UUID.randomUUID();
    }

    private static ReportSubmitted report(String reportId, GeoPoint location, String communeCode, String title,
                                          String description) {
        return new ReportSubmitted(reportId, "DL-" + reportId.substring(4, 12), "HT_GIAO_THONG", title, description,
                location, communeCode, null, IntakeChannel.PROVINCE_APP, null, Instant.now());
    }
}
