package vn.gov.daklak.notification;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReportTransferRequested;
import vn.gov.daklak.contracts.report.ReporterContact;
import vn.gov.daklak.platform.test.KafkaTestClient;
import vn.gov.daklak.platform.test.TestInfrastructure;

/**
 * Acceptance (issue 10, item 3): a consumer sees a report's events in order without retrying for a missing
 * predecessor. Many reports' events go to the report topic interleaved, each report's in the order they happened,
 * immediately one after the other; every event is handled exactly once (a retry or redelivery would be counted
 * again), nothing fails or is dead-lettered, and every resident is told "received", "routed", "acknowledged" in
 * that order.
 */
class ReportEventOrderTest extends NotificationServiceIntegrationTest {
    private static final String GROUP = "notification-service";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int REPORTS = 30;

    private static BrokerTestClient producer;
    private static KafkaTestClient kafka;

    @Autowired
    MeterRegistry meters;
    @Autowired
    JsonMapper json;

    @BeforeAll
    static void connect() {
        producer = new BrokerTestClient(TestInfrastructure.shared().kafkaBootstrapServers());
        kafka = new KafkaTestClient(TestInfrastructure.shared().kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        producer.close();
        kafka.close();
    }

    @Test
    void aConsumerSeesAReportsEventsInOrderWithoutRetryingForAMissingPredecessor() {
        kafka.awaitConsumed(GROUP, Topics.REPORT_EVENTS, WAIT); // what earlier tests left is handled first
        Map<String, Double> before = counts();
        Map<String, String> phones = new LinkedHashMap<>();
        List<History> histories = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            String reportId = "rpt-" + UUID.randomUUID();
            phones.put(reportId, "08" + (20_000_000 + i));
            histories.add(history(reportId, phones.get(reportId)));
        }

        // interleaved across reports, each report's events in the order they happened
        Random random = new Random(2025);
        while (!histories.isEmpty()) {
            History history = histories.get(random.nextInt(histories.size()));
            producer.publish(history.events().poll(), UUID.randomUUID().toString(), history.reportId());
            if (history.events().isEmpty()) {
                histories.remove(history);
            }
        }
        kafka.awaitConsumed(GROUP, Topics.REPORT_EVENTS, WAIT);

        Map<String, Double> after = counts();
        assertThat(delta(before, after, ReportSubmitted.class, "handled")).isEqualTo(REPORTS);
        assertThat(delta(before, after, ReportRouted.class, "handled")).isEqualTo(REPORTS);
        assertThat(delta(before, after, ReportStatusChanged.class, "handled")).isEqualTo(2 * REPORTS);
        assertThat(delta(before, after, ReportTransferRequested.class, "skipped"))
                .as("a type notification-service does not handle").isEqualTo(REPORTS);
        assertThat(EventCatalog.ALL).filteredOn(d -> Topics.REPORT_EVENTS.equals(d.topic())).allSatisfy(d -> {
            assertThat(delta(before, after, d.recordType(), "failed")).as("retried %s", d.type()).isZero();
            assertThat(delta(before, after, d.recordType(), "rejected")).as("rejected %s", d.type()).isZero();
        });
        assertThat(delta(before, after, "unknown", "rejected")).isZero();
        assertThat(kafka.await(Topics.REPORT_EVENTS + ".notification-service.dlq",
                r -> phones.containsKey(r.key()), found -> false, Duration.ofSeconds(2))).as("dead letters").isEmpty();

        phones.forEach((reportId, phone) -> {
            List<JsonNode> told = awaitSent(reportId);
            assertThat(told).extracting(n -> n.get("templateKey").asString())
                    .containsExactly("report.received", "report.routed", "report.acknowledged");
            assertThat(localSink(phone)).as("what %s received, in order", phone)
                    .containsExactlyElementsOf(told.stream().map(n -> n.get("text").asString()).toList());
        });
    }

    private record History(String reportId, Deque<Object> events) {
    }

    /** What happens to one report, in order: filed, routed, ROUTED, acknowledged, then a transfer asked. */
    private static History history(String reportId, String phone) {
        Instant now = Instant.now();
        String team = "team-order-" + reportId.substring(4, 12);
        return new History(reportId, new ArrayDeque<>(List.of(
                new ReportSubmitted(reportId, "DL-" + reportId.substring(4, 12).toUpperCase(), "ROAD_POTHOLE",
                        "Ổ gà trên đường Lê Duẩn", "Ổ gà lớn gây nguy hiểm cho xe máy", new GeoPoint(12.6667, 108.05),
                        "24133", "12 Lê Duẩn", IntakeChannel.PROVINCE_APP,
                        new ReporterContact("Nguyễn Thị Hoa", phone, null, null, Channel.SMS, "vi"), now),
                new ReportRouted(reportId, "24133", "Phường Buôn Ma Thuột", team, "Tổ công nghệ số cộng đồng",
                        "COMMUNITY_DIGITAL", "POINT_IN_POLYGON", "rule-default", "Theo vị trí", Priority.NORMAL,
                        now.plusSeconds(3600), Instant.parse("2026-12-02T10:00:00Z"), now),
                new ReportStatusChanged(reportId, ReportStatus.SUBMITTED, ReportStatus.ROUTED, "routing-service",
                        "SYSTEM", null, team, now),
                new ReportStatusChanged(reportId, ReportStatus.ROUTED, ReportStatus.ACKNOWLEDGED, "cb-1",
                        "TEAM_MEMBER", null, team, now),
                new ReportTransferRequested(reportId, team, null, "24121", "Không thuộc địa bàn phường", "cb-1",
                        now))));
    }

    private Map<String, Double> counts() {
        Map<String, Double> counts = new LinkedHashMap<>();
        meters.find("platform.events.consumed").counters().forEach(c -> counts.put(
                c.getId().getTag("type") + "/" + c.getId().getTag("outcome"), c.count()));
        return counts;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, Class<?> type,
                                String outcome) {
        return delta(before, after, EventCatalog.of(type).type(), outcome);
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String type,
                                String outcome) {
        String key = type + "/" + outcome;
        return after.getOrDefault(key, 0.0) - before.getOrDefault(key, 0.0);
    }

    private List<JsonNode> awaitSent(String reportId) {
        return await().atMost(WAIT).until(() -> notifications(reportId),
                l -> l.size() == 3 && l.stream().allMatch(n -> n.get("status").asString().equals("SENT")));
    }

    private List<JsonNode> notifications(String reportId) throws Exception {
        String body = http.get().uri("/api/v1/notifications?reportId={id}", reportId)
                .header(AUTHORIZATION, OPERATIONS).exchange().getResponse().getContentAsString(UTF_8);
        return StreamSupport.stream(json.readTree(body).spliterator(), false).toList();
    }

    private List<String> localSink(String phone) {
        try {
            String body = http.get().uri("/api/v1/local-sinks?channel={c}&address={a}", Channel.SMS, phone)
                    .exchange().getResponse().getContentAsString(UTF_8);
            return StreamSupport.stream(json.readTree(body).spliterator(), false)
                    .map(n -> n.get("text").asString()).toList();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
