package vn.gov.daklak.notification;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.NotificationFailed;
import vn.gov.daklak.contracts.notification.NotificationRequested;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReporterContact;
import vn.gov.daklak.notification.dispatch.Notification;
import vn.gov.daklak.notification.dispatch.Notifications;
import vn.gov.daklak.notification.recipients.Recipient;
import vn.gov.daklak.notification.templates.RenderedMessage;
import vn.gov.daklak.platform.test.TestInfrastructure;

/** The service against a real Kafka broker and a MongoDB endpoint, fed the way the other services feed it. */
@SpringBootTest(properties = {
        "notification.dispatch.sweep-interval=500ms",
        "notification.dispatch.sweep-grace=1s"})
@AutoConfigureMockMvc
class NotificationFlowTest {
    private static final String GROUP = "notification-service";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant RESOLVE_BY = Instant.parse("2026-12-02T10:00:00Z");

    private static BrokerTestClient kafka;

    @Autowired
    MockMvcTester http;
    @Autowired
    JsonMapper json;
    @Autowired
    Notifications notifications;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @BeforeAll
    static void startClient() {
        kafka = new BrokerTestClient(TestInfrastructure.shared().kafkaBootstrapServers());
    }

    @AfterAll
    static void stopClient() {
        kafka.close();
    }

    @Test
    void residentIsToldAtSubmissionRoutingAndResolutionExactlyOnceAndInOrder() {
        String reportId = newReportId();
        double sentBefore = sentCount(Channel.SMS);
        kafka.publish(submitted(reportId, "vi"), "ev-sub-" + reportId, reportId);
        RecordMetadata routed = kafka.publish(routed(reportId), "ev-rt-" + reportId, reportId);
        kafka.publish(statusChanged(reportId, ReportStatus.IN_PROGRESS, ReportStatus.RESOLVED, "Đã vá ổ gà trước số nhà 12."),
                "ev-res-" + reportId, reportId);

        List<JsonNode> listed = awaitSent(reportId, 3);
        assertThat(listed).extracting(n -> n.get("templateKey").asString())
                .containsExactly("report.received", "report.routed", "report.resolved");
        assertThat(listed).allSatisfy(n -> {
            assertThat(n.get("recipientKind").asString()).isEqualTo("CITIZEN");
            assertThat(n.get("channel").asString()).isEqualTo("SMS");
            assertThat(n.get("address").asString()).isEqualTo("091****678");
            assertThat(n.get("createdAt").isNull()).isFalse();
            assertThat(n.get("sentAt").isNull()).isFalse();
        });
        assertThat(listed.get(0).get("text").asString()).isEqualTo("Phản ánh của bạn đã được tiếp nhận. Mã theo dõi: "
                + tracking(reportId) + ". Chúng tôi sẽ thông báo cho bạn ở mỗi bước xử lý.");
        assertThat(listed.get(1).get("text").asString()).isEqualTo("Phản ánh " + tracking(reportId)
                + " đã được chuyển đến Tổ công nghệ số cộng đồng, Phường Buôn Ma Thuột. Thời hạn giải quyết: "
                + "17:00 ngày 02/12/2026.");
        assertThat(listed.get(2).get("text").asString()).contains("Kết quả: “Đã vá ổ gà trước số nhà 12.”");

        List<ConsumerRecord<String, byte[]>> delivered = kafka.read(Topics.NOTIFICATION_DELIVERED, reportId,
                found -> found.size() >= 3, WAIT, Duration.ofSeconds(1));
        assertThat(delivered).hasSize(3);
        List<NotificationDelivered> events = delivered.stream()
                .map(r -> json.readValue(r.value(), NotificationDelivered.class)).toList();
        assertThat(events).extracting(NotificationDelivered::templateKey)
                .containsExactly("report.received", "report.routed", "report.resolved");
        assertThat(events).extracting(NotificationDelivered::notificationId)
                .containsExactlyElementsOf(listed.stream().map(n -> n.get("id").asString()).toList());
        assertThat(delivered).allSatisfy(r -> {
            assertThat(BrokerTestClient.header(r, "ce_type")).isEqualTo("vn.gov.daklak.feedback.notification.delivered");
            assertThat(BrokerTestClient.header(r, "ce_id")).isNotBlank();
        });
        assertThat(sentCount(Channel.SMS) - sentBefore).isEqualTo(3.0);

        // the same routing event again (a redelivery): already handled, nothing new
        RecordMetadata again = kafka.publish(routed(reportId), "ev-rt-" + reportId, reportId);
        assertThat(again.partition()).isEqualTo(routed.partition());
        kafka.awaitConsumed(GROUP, again, WAIT);
        assertThat(list(reportId)).hasSize(3);
        assertThat(localSink(Channel.SMS, "0912345678")).filteredOn(text -> text.contains(tracking(reportId)))
                .hasSize(3);
    }

    @Test
    void routingThatOvertakesTheSubmissionWaitsForItAndTheResidentHearsInOrder() throws InterruptedException {
        String reportId = newReportId();
        kafka.publish(routed(reportId), "ev-rt-" + reportId, reportId);
        Thread.sleep(1500);
        assertThat(list(reportId)).isEmpty();

        kafka.publish(submitted(reportId, "en"), "ev-sub-" + reportId, reportId);

        List<JsonNode> listed = awaitSent(reportId, 2);
        assertThat(listed).extracting(n -> n.get("templateKey").asString())
                .containsExactly("report.received", "report.routed");
        assertThat(listed.get(1).get("text").asString()).isEqualTo("Report " + tracking(reportId)
                + " has been assigned to Tổ công nghệ số cộng đồng, Phường Buôn Ma Thuột. Resolution deadline: "
                + "17:00 on 2 December 2026.");
        List<ConsumerRecord<String, byte[]>> delivered = kafka.read(Topics.NOTIFICATION_DELIVERED, reportId,
                found -> found.size() >= 2, WAIT, Duration.ZERO);
        assertThat(delivered).extracting(r -> json.readValue(r.value(), NotificationDelivered.class).templateKey())
                .containsExactly("report.received", "report.routed");
    }

    @Test
    void internalStatusChangesAreNotAnnounced() {
        String reportId = newReportId();
        kafka.publish(submitted(reportId, "vi"), "ev-sub-" + reportId, reportId);
        kafka.publish(routed(reportId), "ev-rt-" + reportId, reportId);
        kafka.publish(statusChanged(reportId, ReportStatus.SUBMITTED, ReportStatus.ROUTED, null),
                "ev-st-rt-" + reportId, reportId);
        kafka.publish(statusChanged(reportId, ReportStatus.ACKNOWLEDGED, ReportStatus.IN_PROGRESS, null),
                "ev-ip-" + reportId, reportId);
        kafka.publish(statusChanged(reportId, ReportStatus.IN_PROGRESS, ReportStatus.NEED_INFO,
                "Xin gửi thêm ảnh hiện trường?"), "ev-ni-" + reportId, reportId);

        List<JsonNode> listed = awaitSent(reportId, 3);
        assertThat(listed).extracting(n -> n.get("templateKey").asString())
                .containsExactly("report.received", "report.routed", "report.need-info");
        assertThat(listed.get(2).get("text").asString()).isEqualTo("Phản ánh " + tracking(reportId)
                + " cần bổ sung thông tin. Cán bộ hỏi: “Xin gửi thêm ảnh hiện trường?”. Vui lòng trả lời trên ứng "
                + "dụng hoặc trang tra cứu phản ánh.");
    }

    @Test
    void afterATransferTheNewRoutingIsToldBeforeTheStepsThatFollowIt() throws InterruptedException {
        String reportId = newReportId();
        kafka.publish(submitted(reportId, "vi"), "ev-sub-" + reportId, reportId);
        kafka.publish(routed(reportId), "ev-rt1-" + reportId, reportId);
        kafka.publish(statusChanged(reportId, ReportStatus.SUBMITTED, ReportStatus.ROUTED, null),
                "ev-st-rt1-" + reportId, reportId);
        kafka.publish(statusChanged(reportId, ReportStatus.ROUTED, ReportStatus.TRANSFERRED, "Không thuộc thẩm quyền"),
                "ev-tr-" + reportId, reportId);
        awaitSent(reportId, 3);
        // the status topic runs ahead of the routed topic: ROUTED and ACKNOWLEDGED before the second report.routed
        kafka.publish(statusChanged(reportId, ReportStatus.TRANSFERRED, ReportStatus.ROUTED, null),
                "ev-st-rt2-" + reportId, reportId);
        kafka.publish(statusChanged(reportId, ReportStatus.ROUTED, ReportStatus.ACKNOWLEDGED, null),
                "ev-ack-" + reportId, reportId);
        Thread.sleep(1500);
        kafka.publish(routed(reportId), "ev-rt2-" + reportId, reportId);

        assertThat(awaitSent(reportId, 5)).extracting(n -> n.get("templateKey").asString()).containsExactly(
                "report.received", "report.routed", "report.transferred", "report.routed", "report.acknowledged");
    }

    @Test
    void malformedRecordEndsOnTheDeadLetterTopicWithTheReason() {
        String key = newReportId();
        kafka.publishRaw(ReportSubmitted.class, key, "{not json".getBytes(UTF_8), "ev-bad-" + key);

        List<ConsumerRecord<String, byte[]>> dead = kafka.read(Topics.REPORT_SUBMITTED + ".notification-service.dlq",
                key, found -> !found.isEmpty(), WAIT, Duration.ZERO);
        assertThat(dead).hasSize(1);
        assertThat(BrokerTestClient.header(dead.get(0), "x-exception-message"))
                .contains("not valid JSON for ReportSubmitted");
        assertThat(new String(dead.get(0).value(), UTF_8)).isEqualTo("{not json");
    }

    @Test
    void recordWithoutEventIdEndsOnTheDeadLetterTopic() throws Exception {
        String reportId = newReportId();
        kafka.publishRaw(ReportSubmitted.class, reportId, json.writeValueAsBytes(submitted(reportId, "vi")), null);

        List<ConsumerRecord<String, byte[]>> dead = kafka.read(Topics.REPORT_SUBMITTED + ".notification-service.dlq",
                reportId, found -> !found.isEmpty(), WAIT, Duration.ZERO);
        assertThat(BrokerTestClient.header(dead.get(0), "x-exception-message")).contains("ce_id");
        assertThat(list(reportId)).isEmpty();
    }

    @Test
    void requestedSignInCodeIsSentOnceAndNotShownOverHttp() {
        String phone = "09" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String requestId = "otp-" + UUID.randomUUID();
        NotificationRequested request = new NotificationRequested(requestId, RecipientKind.CITIZEN, null, Channel.SMS,
                phone, "otp.code", Map.of("code", "482913"), "vi", true, null, Instant.now());
        kafka.publish(request, "ev-otp-1-" + requestId, phone);
        // published again under a new event id: the request id keeps it to one message
        RecordMetadata second = kafka.publish(request, "ev-otp-2-" + requestId, phone);
        kafka.awaitConsumed(GROUP, second, WAIT);

        await().atMost(WAIT).untilAsserted(() -> assertThat(localSink(Channel.SMS, phone)).containsExactly(
                "Mã xác thực của bạn là 482913. Không chia sẻ mã này với bất kỳ ai."));
        String id = notificationIdFor("request:" + requestId, phone);
        JsonNode shown = json.readTree(body(http.get().uri("/api/v1/notifications/{id}", id).exchange()));
        assertThat(shown.get("text").asString()).isEqualTo("***");
        assertThat(shown.get("address").asString()).doesNotContain(phone.substring(3, 7));
    }

    @Test
    void unsendableRequestIsRecordedAsFailedAndAnswered() {
        String requestId = "bad-" + UUID.randomUUID();
        NotificationRequested request = new NotificationRequested(requestId, RecipientKind.STAFF, "staff-7",
                Channel.EMAIL, "can.bo@daklak.gov.vn", "no.such.template", Map.of(), "vi", false, null,
                Instant.now());
        kafka.publish(request, "ev-" + requestId, "staff-7");

        String id = notificationIdFor("request:" + requestId, "staff-7", RecipientKind.STAFF, Channel.EMAIL,
                "can.bo@daklak.gov.vn");
        List<ConsumerRecord<String, byte[]>> failed = kafka.read(Topics.NOTIFICATION_FAILED, id,
                found -> !found.isEmpty(), WAIT, Duration.ZERO);
        NotificationFailed event = json.readValue(failed.get(0).value(), NotificationFailed.class);
        assertThat(event.permanent()).isTrue();
        assertThat(event.reason()).contains("no.such.template");
        assertThat(notifications.findById(id)).hasValueSatisfying(n -> assertThat(n.status().name())
                .isEqualTo("FAILED"));
    }

    @Test
    void notificationLeftPendingByACrashIsDeliveredOnceByTheSweep() {
        String reportId = newReportId();
        Recipient recipient = new Recipient(RecipientKind.CITIZEN, "reporter:" + reportId, Channel.EMAIL,
                reportId + "@example.vn", "vi");
        Notification pending = Notification.pending("ev-crash-" + reportId, reportId, recipient,
                new RenderedMessage("report.closed", Map.of(), "Phản ánh đã được đóng."), 1,
                Instant.now().minusSeconds(60));
        assertThat(notifications.insert(pending)).isTrue();

        await().atMost(WAIT).untilAsserted(() -> assertThat(notifications.findById(pending.id()))
                .hasValueSatisfying(n -> {
                    assertThat(n.status().name()).isEqualTo("SENT");
                    assertThat(n.attempts()).isEqualTo(1);
                }));
        assertThat(localSink(Channel.EMAIL, reportId + "@example.vn")).containsExactly("Phản ánh đã được đóng.");
        assertThat(kafka.read(Topics.NOTIFICATION_DELIVERED, reportId, found -> !found.isEmpty(), WAIT,
                Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void listingWithoutReportIdIsAProblem() {
        assertThat(http.get().uri("/api/v1/notifications")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.status").asNumber().isEqualTo(400);
    }

    // --- helpers

    private List<JsonNode> awaitSent(String reportId, int count) {
        return await().atMost(WAIT).until(() -> list(reportId),
                l -> l.size() == count && l.stream().allMatch(n -> n.get("status").asString().equals("SENT")));
    }

    private List<JsonNode> list(String reportId) {
        MvcTestResult result = http.get().uri("/api/v1/notifications?reportId={id}", reportId).exchange();
        assertThat(result).hasStatusOk();
        JsonNode array = json.readTree(body(result));
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).toList();
    }

    private List<String> localSink(Channel channel, String address) {
        MvcTestResult result = http.get().uri("/api/v1/local-sinks?channel={c}&address={a}", channel, address)
                .exchange();
        assertThat(result).hasStatusOk();
        JsonNode array = json.readTree(body(result));
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.get("text").asString()).toList();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private double sentCount(Channel channel) {
        var counter = meters.find("notification.sent").tag("channel", channel.name()).tag("outcome", "sent")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static String notificationIdFor(String sourceId, String phone) {
        return notificationIdFor(sourceId, phone, RecipientKind.CITIZEN, Channel.SMS, phone);
    }

    private static String notificationIdFor(String sourceId, String recipientId, RecipientKind kind,
                                            Channel channel, String address) {
        return Notification.pending(sourceId, null, new Recipient(kind, recipientId, channel, address, "vi"),
                new RenderedMessage("x", Map.of(), "x"), 0, Instant.EPOCH).id();
    }

    private static String newReportId() {
        return "rpt-" + UUID.randomUUID();
    }

    private static String tracking(String reportId) {
        return "DL-" + reportId.substring(4, 12).toUpperCase();
    }

    private static ReportSubmitted submitted(String reportId, String language) {
        return new ReportSubmitted(reportId, tracking(reportId), "ROAD_POTHOLE", "Ổ gà trên đường Lê Duẩn",
                "Ổ gà lớn gây nguy hiểm cho xe máy", new GeoPoint(12.6667, 108.05), "24133", "12 Lê Duẩn",
                IntakeChannel.PROVINCE_APP, new ReporterContact("Nguyễn Thị Hoa", "0912345678", "hoa@example.vn",
                        null, Channel.ZALO, language), Instant.now());
    }

    private static ReportRouted routed(String reportId) {
        return new ReportRouted(reportId, "24133", "Phường Buôn Ma Thuột", "team-bmt-cds", "Tổ công nghệ số cộng đồng",
                "COMMUNITY_DIGITAL", "POINT_IN_POLYGON", "rule-default", "Theo vị trí", Priority.NORMAL,
                Instant.now().plusSeconds(3600), RESOLVE_BY, Instant.now());
    }

    private static ReportStatusChanged statusChanged(String reportId, ReportStatus from, ReportStatus to,
                                                     String note) {
        return new ReportStatusChanged(reportId, from, to, "staff-1", "TEAM_MEMBER", note, "team-bmt-cds",
                Instant.now());
    }
}
