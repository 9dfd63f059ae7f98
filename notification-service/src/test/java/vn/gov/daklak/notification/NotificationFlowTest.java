package vn.gov.daklak.notification;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.identity.ContactPreferencesChanged;
import vn.gov.daklak.contracts.identity.StaffMemberUpserted;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.NotificationFailed;
import vn.gov.daklak.contracts.notification.NotificationRequested;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.contracts.report.EscalationLevel;
import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportEscalated;
import vn.gov.daklak.contracts.report.ReportFollowerAdded;
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
import vn.gov.daklak.platform.test.TestTokens;

/**
 * The service fed the way the other services feed it (see {@link NotificationServiceIntegrationTest}): Zalo on
 * WireMock, e-mail on GreenMail, SMS and in-app on the local sinks; delivery records read with a province operations
 * token, inboxes with the token of their resident or staff member.
 */
class NotificationFlowTest extends NotificationServiceIntegrationTest {
    private static final String GROUP = "notification-service";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant RESOLVE_BY = Instant.parse("2026-12-02T10:00:00Z");

    private static BrokerTestClient kafka;
    private static boolean bindingsReady;

    @Autowired
    JsonMapper json;
    @Autowired
    Notifications notifications;
    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void startClient() {
        kafka = new BrokerTestClient(TestInfrastructure.shared().kafkaBootstrapServers());
    }

    /** Once per run, before the first test: every binding has its partitions (see awaitGroupStable). */
    @BeforeEach
    void bindingsReady() {
        if (!bindingsReady) {
            kafka.awaitGroupStable(GROUP, Set.of(Topics.REPORT_EVENTS, Topics.NOTIFICATION_REQUESTED,
                    Topics.STAFF_DIRECTORY, Topics.CONTACT_PREFERENCES), Duration.ofSeconds(60));
            bindingsReady = true;
        }
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
    void aResidentWhoChoseEnglishHearsOfTheRoutingInEnglish() {
        String reportId = newReportId();
        kafka.publish(submitted(reportId, "en"), "ev-sub-" + reportId, reportId);
        kafka.publish(routed(reportId), "ev-rt-" + reportId, reportId);

        List<JsonNode> listed = awaitSent(reportId, 2);
        assertThat(listed).extracting(n -> n.get("templateKey").asString())
                .containsExactly("report.received", "report.routed");
        assertThat(listed.get(1).get("text").asString()).isEqualTo("Report " + tracking(reportId)
                + " has been assigned to Tổ công nghệ số cộng đồng, Phường Buôn Ma Thuột. Resolution deadline: "
                + "17:00 on 2 December 2026.");
    }

    /** Its submission would have come first on the same partition: waiting for it cannot help. */
    @Test
    void aStepOfAReportWhoseSubmissionWasNeverHandledHereIsDeadLetteredWithoutRetry() {
        String reportId = newReportId();
        double failedBefore = consumed(ReportRouted.class, "failed");
        kafka.publish(routed(reportId), "ev-rt-" + reportId, reportId);

        List<ConsumerRecord<String, byte[]>> dead = kafka.read(Topics.REPORT_EVENTS + ".notification-service.dlq",
                reportId, found -> !found.isEmpty(), WAIT, Duration.ZERO);
        assertThat(BrokerTestClient.header(dead.get(0), "x-exception-message")).contains(
                "No reporter contact for report " + reportId + ": its report.submitted was not handled here");
        assertThat(consumed(ReportRouted.class, "failed") - failedBefore).as("tried once").isEqualTo(1.0);
        assertThat(list(reportId)).isEmpty();
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
    void afterATransferTheNewRoutingIsToldBeforeTheStepsThatFollowIt() {
        String reportId = newReportId();
        kafka.publish(submitted(reportId, "vi"), "ev-sub-" + reportId, reportId);
        kafka.publish(routed(reportId), "ev-rt1-" + reportId, reportId);
        kafka.publish(statusChanged(reportId, ReportStatus.SUBMITTED, ReportStatus.ROUTED, null),
                "ev-st-rt1-" + reportId, reportId);
        kafka.publish(statusChanged(reportId, ReportStatus.ROUTED, ReportStatus.TRANSFERRED, "Không thuộc thẩm quyền"),
                "ev-tr-" + reportId, reportId);
        // routing's second decision, then what feedback-service did on reading it: the order they happened in
        kafka.publish(routed(reportId), "ev-rt2-" + reportId, reportId);
        kafka.publish(statusChanged(reportId, ReportStatus.TRANSFERRED, ReportStatus.ROUTED, null),
                "ev-st-rt2-" + reportId, reportId);
        kafka.publish(statusChanged(reportId, ReportStatus.ROUTED, ReportStatus.ACKNOWLEDGED, null),
                "ev-ack-" + reportId, reportId);

        assertThat(awaitSent(reportId, 5)).extracting(n -> n.get("templateKey").asString()).containsExactly(
                "report.received", "report.routed", "report.transferred", "report.routed", "report.acknowledged");
    }

    @Test
    void followersAreToldOfTheResolutionLikeTheReporterInTheirLanguageButNotOfTheTeamsQuestion() {
        String reportId = newReportId();
        String reporterPhone = newPhone();
        String followerPhone = newPhone();
        String englishPhone = newPhone();
        kafka.publish(submitted(reportId, new ReporterContact("Nguyễn Thị Hoa", reporterPhone, null, null,
                Channel.SMS, "vi")), "ev-sub-" + reportId, reportId);
        kafka.publish(routed(reportId), "ev-rt-" + reportId, reportId);
        awaitSent(reportId, 2);

        // a resident follows the report; a team merges another report, whose English-speaking reporter follows it
        ReportFollowerAdded follows = new ReportFollowerAdded(reportId,
                new ReporterContact("Lê Thị Mai", followerPhone, null, null, null, null), null, Instant.now());
        ReportFollowerAdded merged = new ReportFollowerAdded(reportId,
                new ReporterContact("John Smith", englishPhone, null, null, Channel.SMS, "en"), "rpt-merged",
                Instant.now());
        kafka.publish(follows, "ev-fol-" + reportId, reportId);
        kafka.awaitConsumed(GROUP, kafka.publish(merged, "ev-fol2-" + reportId, reportId), WAIT);

        kafka.publish(statusChanged(reportId, ReportStatus.ACKNOWLEDGED, ReportStatus.NEED_INFO,
                "Xin cho biết số nhà cụ thể?"), "ev-ask-" + reportId, reportId);
        ReportStatusChanged resolved = statusChanged(reportId, ReportStatus.IN_PROGRESS, ReportStatus.RESOLVED,
                "Đã vá ổ gà trước số nhà 12.");
        kafka.publish(resolved, "ev-res-" + reportId, reportId);

        List<JsonNode> listed = awaitSent(reportId, 6);
        assertThat(listed).extracting(n -> n.get("templateKey").asString()).containsExactlyInAnyOrder(
                "report.received", "report.routed", "report.need-info",
                "report.resolved", "report.resolved", "report.resolved");
        assertThat(listed).allSatisfy(n -> assertThat(n.get("recipientKind").asString()).isEqualTo("CITIZEN"));
        assertThat(listed).filteredOn(n -> n.get("templateKey").asString().equals("report.resolved"))
                .extracting(n -> n.get("id").asString()).doesNotHaveDuplicates();

        assertThat(localSink(Channel.SMS, reporterPhone)).filteredOn(t -> t.contains(tracking(reportId)))
                .hasSize(4).last().asString().startsWith("Phản ánh " + tracking(reportId) + " đã được giải quyết.");
        assertThat(localSink(Channel.SMS, followerPhone)).singleElement().asString()
                .startsWith("Phản ánh " + tracking(reportId) + " đã được giải quyết.")
                .contains("Đã vá ổ gà trước số nhà 12.");
        assertThat(localSink(Channel.SMS, englishPhone)).singleElement().asString()
                .startsWith("Report " + tracking(reportId) + " has been resolved.");

        // both events again (redelivered): nothing new for anyone
        kafka.awaitConsumed(GROUP, kafka.publish(follows, "ev-fol-" + reportId, reportId), WAIT);
        kafka.awaitConsumed(GROUP, kafka.publish(resolved, "ev-res-" + reportId, reportId), WAIT);
        assertThat(list(reportId)).hasSize(6);
        assertThat(localSink(Channel.SMS, followerPhone)).hasSize(1);
        assertThat(localSink(Channel.SMS, englishPhone)).hasSize(1);
        assertThat(localSink(Channel.SMS, reporterPhone)).filteredOn(t -> t.contains(tracking(reportId)))
                .hasSize(4);
    }

    @Test
    void residentOnZaloIsToldThroughZnsExactlyOnceEvenWhenTheEventIsRedelivered() {
        String reportId = newReportId();
        ReportSubmitted event = submitted(reportId, new ReporterContact("Y Điêng Niê", newPhone(), null, null,
                Channel.ZALO, "vi"));
        kafka.publish(event, "ev-sub-" + reportId, reportId);
        RecordMetadata again = kafka.publish(event, "ev-sub-" + reportId, reportId); // redelivered
        kafka.awaitConsumed(GROUP, again, WAIT);

        JsonNode received = awaitSent(reportId, 1).get(0);
        assertThat(received.get("channel").asString()).isEqualTo("ZALO");
        assertThat(received.get("provider").asString()).isEqualTo("zalo-zns");
        String id = received.get("id").asString();
        ZALO.verify(1, postRequestedFor(urlEqualTo(ZNS))
                .withHeader("access_token", equalTo("flow-token"))
                .withRequestBody(matchingJsonPath("$.tracking_id", equalTo(id)))
                .withRequestBody(matchingJsonPath("$.template_data.ma_phan_anh", equalTo(tracking(reportId))))
                .withRequestBody(matchingJsonPath("$.phone", equalTo("84" + event.reporter().phone().substring(1)))));
        NotificationDelivered delivered = json.readValue(kafka.read(Topics.NOTIFICATION_DELIVERED, reportId,
                found -> !found.isEmpty(), WAIT, Duration.ofSeconds(1)).get(0).value(), NotificationDelivered.class);
        assertThat(delivered.channel()).isEqualTo(Channel.ZALO);
        assertThat(delivered.providerMessageId()).isEqualTo("zns-flow");
        assertThat(meters.find("notification.sent").tags("channel", "ZALO", "provider", "zalo-zns", "outcome", "sent")
                .counter()).isNotNull();
        assertThat(meters.find("notification.delivery").tags("channel", "ZALO", "provider", "zalo-zns").timer())
                .isNotNull();
        assertThat(meters.find("resilience4j.circuitbreaker.state").tags("name", "zalo-zns", "state", "closed")
                .gauge().value()).isEqualTo(1.0);
    }

    @Test
    void residentWhoChoseEmailGetsAVietnameseEmailAndFindsItInTheirInAppInbox() throws Exception {
        String residentId = "res-" + UUID.randomUUID();
        String phone = newPhone();
        String email = residentId + "@example.vn";
        RecordMetadata preferences = kafka.publish(new ContactPreferencesChanged(residentId, Channel.EMAIL, phone,
                email, null, "vi", "21:00", "07:00", Instant.now()), "ev-pref-" + residentId, residentId);
        kafka.awaitConsumed(GROUP, preferences, WAIT);
        String reportId = newReportId();
        // the report names only the phone and SMS; the resident's preferences say e-mail
        kafka.publish(submitted(reportId, new ReporterContact("Hoa", phone, null, null, Channel.SMS, "vi")),
                "ev-sub-" + reportId, reportId);

        JsonNode received = awaitSent(reportId, 1).get(0);
        assertThat(received.get("channel").asString()).isEqualTo("EMAIL");
        MimeMessage mail = await().atMost(WAIT).until(() -> mailTo(email), java.util.Objects::nonNull);
        assertThat(mail.getSubject()).isEqualTo("Phản ánh " + tracking(reportId) + " đã được tiếp nhận");
        assertThat(part(mail, "text/plain")).startsWith("Phản ánh của bạn đã được tiếp nhận. Mã theo dõi: "
                + tracking(reportId));
        assertThat(part(mail, "text/html")).contains("<html lang=\"vi\">")
                .contains("Mã theo dõi: " + tracking(reportId));

        String id = received.get("id").asString();
        String resident = TestTokens.resident(residentId).bearer();
        List<JsonNode> inbox = inbox(resident, false);
        assertThat(inbox).extracting(n -> n.get("id").asString()).containsExactly(id);
        assertThat(inbox.get(0).get("text").asString()).startsWith("Phản ánh của bạn đã được tiếp nhận.");
        assertThat(inbox.get(0).get("read").asBoolean()).isFalse();
        // another resident's inbox does not have it, and nobody finds it by the phone number any more
        assertThat(inbox(TestTokens.resident("someone-else").bearer(), false)).isEmpty();

        assertThat(http.post().uri("/api/v1/me/notifications/{id}/read", id).header(AUTHORIZATION, resident))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(inbox(resident, true)).isEmpty();
        assertThat(http.post().uri("/api/v1/me/notifications/{id}/read", id)
                .header(AUTHORIZATION, TestTokens.resident("someone-else").bearer()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(http.get().uri("/api/v1/me/notifications")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(http.get().uri("/api/v1/me/notifications").header("X-Resident-Id", residentId))
                .as("the interim identity header is gone").hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theInboxCoversOnlyTheResidentsCurrentAddresses() {
        String victim = "res-" + UUID.randomUUID();
        String intruder = "res-" + UUID.randomUUID();
        String email = victim + "@example.vn";
        kafka.awaitConsumed(GROUP, kafka.publish(new ContactPreferencesChanged(victim, Channel.EMAIL, newPhone(),
                email, null, "vi", null, null, Instant.now()), "ev-pref-" + victim, victim), WAIT);
        String reportId = newReportId();
        kafka.publish(submitted(reportId, new ReporterContact("Hoa", null, email, null, Channel.EMAIL, "vi")),
                "ev-sub-" + reportId, reportId);
        awaitSent(reportId, 1);
        String intruderToken = TestTokens.resident(intruder).bearer();

        // had the intruder's preferences once held the address, switching back must leave nothing behind
        kafka.awaitConsumed(GROUP, kafka.publish(new ContactPreferencesChanged(intruder, Channel.EMAIL, newPhone(),
                email, null, "vi", null, null, Instant.now()), "ev-pref-1-" + intruder, intruder), WAIT);
        assertThat(inbox(intruderToken, false)).as("while the address is theirs").hasSize(1);
        kafka.awaitConsumed(GROUP, kafka.publish(new ContactPreferencesChanged(intruder, Channel.SMS, newPhone(),
                null, null, "vi", null, null, Instant.now().plusSeconds(1)), "ev-pref-2-" + intruder, intruder), WAIT);
        assertThat(inbox(intruderToken, false)).as("after switching back").isEmpty();
        assertThat(inbox(TestTokens.resident(victim).bearer(), false)).hasSize(1);
    }

    @Test
    void staffAreToldOfTheirNewAssignmentTheEscalationAndTheResidentsAnswer() {
        String teamId = "team-" + UUID.randomUUID();
        String memberPhone = newPhone();
        kafka.publish(new StaffMemberUpserted("cb-" + teamId, "Nguyễn Văn Bình", List.of("TEAM_MEMBER"),
                List.of(teamId), Channel.SMS, memberPhone, null, true, Instant.now()), "ev-staff-1-" + teamId, teamId);
        RecordMetadata lastStaff = kafka.publish(new StaffMemberUpserted("tt-" + teamId, "H'Hen Niê",
                List.of("TEAM_LEAD"), List.of(teamId), Channel.IN_APP, null, null, true, Instant.now()),
                "ev-staff-2-" + teamId, teamId);
        kafka.awaitConsumed(GROUP, lastStaff, WAIT);
        String reportId = newReportId();

        kafka.publish(submitted(reportId, "vi"), "ev-sub-" + reportId, reportId);
        kafka.publish(routed(reportId, teamId), "ev-rt-" + reportId, reportId);
        kafka.publish(new ReportEscalated(reportId, EscalationLevel.TEAM_LEAD, "Quá hạn tiếp nhận", "24133", teamId,
                RESOLVE_BY, Instant.now()), "ev-esc-" + reportId, reportId);
        kafka.publish(new ReportStatusChanged(reportId, ReportStatus.NEED_INFO, ReportStatus.IN_PROGRESS, "citizen",
                "CITIZEN", "Tôi đã gửi thêm ảnh.", teamId, Instant.now()), "ev-reply-" + reportId, reportId);

        List<JsonNode> all = await().atMost(WAIT).until(() -> list(reportId), l -> l.size() == 7
                && l.stream().allMatch(n -> n.get("status").asString().equals("SENT")));
        assertThat(all.stream().filter(n -> n.get("recipientKind").asString().equals("STAFF"))
                .map(n -> n.get("templateKey").asString()).toList()).containsExactlyInAnyOrder(
                "staff.assigned", "staff.assigned", "staff.escalated", "staff.citizen-replied",
                "staff.citizen-replied");
        assertThat(localSink(Channel.SMS, memberPhone)).containsExactly(
                "Phản ánh mới " + tracking(reportId) + " được giao cho Tổ công nghệ số cộng đồng, Phường Buôn Ma "
                        + "Thuột. Mức độ ưu tiên: bình thường. Hạn giải quyết: 17:00 ngày 02/12/2026.",
                "Người dân đã bổ sung thông tin cho phản ánh " + tracking(reportId) + ": “Tôi đã gửi thêm ảnh.”. "
                        + "Đề nghị tiếp tục xử lý.");
        assertThat(inbox(TestTokens.staff("tt-" + teamId, "TEAM_LEAD").teams(teamId).bearer(), false)).extracting(n -> n.get("templateKey").asString())
                .containsExactlyInAnyOrder("staff.assigned", "staff.escalated", "staff.citizen-replied");
    }

    @Test
    void malformedRecordEndsOnTheDeadLetterTopicWithTheReason() {
        String key = newReportId();
        kafka.publishRaw(ReportSubmitted.class, key, "{not json".getBytes(UTF_8), "ev-bad-" + key);

        List<ConsumerRecord<String, byte[]>> dead = kafka.read(Topics.REPORT_EVENTS + ".notification-service.dlq",
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

        List<ConsumerRecord<String, byte[]>> dead = kafka.read(Topics.REPORT_EVENTS + ".notification-service.dlq",
                reportId, found -> !found.isEmpty(), WAIT, Duration.ZERO);
        assertThat(BrokerTestClient.header(dead.get(0), "x-exception-message")).contains("ce_id");
        assertThat(list(reportId)).isEmpty();
    }

    @Test
    void requestedSignInCodeIsSentOnceAndNotShownOverHttp() {
        String phone = newPhone();
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
        JsonNode shown = json.readTree(body(http.get().uri("/api/v1/notifications/{id}", id)
                .header(AUTHORIZATION, OPERATIONS).exchange()));
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
        String phone = newPhone();
        Recipient recipient = new Recipient(RecipientKind.CITIZEN, "reporter:" + reportId, Channel.SMS, phone, "vi");
        Notification pending = Notification.pending("ev-crash-" + reportId, reportId, recipient,
                new RenderedMessage("report.closed", Map.of(), "Phản ánh đã được đóng."), 1,
                Instant.now().minusSeconds(60));
        assertThat(notifications.insert(pending)).isNotEqualTo(Notifications.Insertion.DUPLICATE);

        await().atMost(WAIT).untilAsserted(() -> assertThat(notifications.findById(pending.id()))
                .hasValueSatisfying(n -> {
                    assertThat(n.status().name()).isEqualTo("SENT");
                    assertThat(n.attempts()).isEqualTo(1);
                }));
        assertThat(localSink(Channel.SMS, phone)).containsExactly("Phản ánh đã được đóng.");
        assertThat(kafka.read(Topics.NOTIFICATION_DELIVERED, reportId, found -> !found.isEmpty(), WAIT,
                Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void listingWithoutReportIdIsAProblem() {
        assertThat(http.get().uri("/api/v1/notifications").header(AUTHORIZATION, OPERATIONS))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.status").asNumber().isEqualTo(400);
    }

    // --- helpers

    private List<JsonNode> awaitSent(String reportId, int count) {
        return await().atMost(WAIT).until(() -> list(reportId),
                l -> l.size() == count && l.stream().allMatch(n -> n.get("status").asString().equals("SENT")));
    }

    private List<JsonNode> list(String reportId) {
        MvcTestResult result = http.get().uri("/api/v1/notifications?reportId={id}", reportId)
                .header(AUTHORIZATION, OPERATIONS).exchange();
        assertThat(result).hasStatusOk();
        JsonNode array = json.readTree(body(result));
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).toList();
    }

    /** The inbox of the token's caller. */
    private List<JsonNode> inbox(String authorization, boolean unreadOnly) {
        MvcTestResult result = http.get().uri("/api/v1/me/notifications?unreadOnly={u}", unreadOnly)
                .header(AUTHORIZATION, authorization).exchange();
        assertThat(result).hasStatusOk();
        return java.util.stream.StreamSupport.stream(json.readTree(body(result)).spliterator(), false).toList();
    }

    /** The decoded body part of that MIME type, however multipart/related and alternative are nested. */
    private static String part(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static MimeMessage mailTo(String address) throws jakarta.mail.MessagingException {
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return message;
            }
        }
        return null;
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

    private double consumed(Class<?> type, String outcome) {
        var counter = meters.find("platform.events.consumed")
                .tags("type", EventCatalog.of(type).type(), "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
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
        return submitted(reportId, new ReporterContact("Nguyễn Thị Hoa", "0912345678", "hoa@example.vn", null,
                Channel.SMS, language));
    }

    private static ReportSubmitted submitted(String reportId, ReporterContact reporter) {
        return new ReportSubmitted(reportId, tracking(reportId), "ROAD_POTHOLE", "Ổ gà trên đường Lê Duẩn",
                "Ổ gà lớn gây nguy hiểm cho xe máy", new GeoPoint(12.6667, 108.05), "24133", "12 Lê Duẩn",
                IntakeChannel.PROVINCE_APP, reporter, Instant.now());
    }

    private static ReportRouted routed(String reportId) {
        return routed(reportId, "team-bmt-cds");
    }

    private static ReportRouted routed(String reportId, String teamId) {
        return new ReportRouted(reportId, "24133", "Phường Buôn Ma Thuột", teamId, "Tổ công nghệ số cộng đồng",
                "COMMUNITY_DIGITAL", "POINT_IN_POLYGON", "rule-default", "Theo vị trí", Priority.NORMAL,
                Instant.now().plusSeconds(3600), RESOLVE_BY, Instant.now());
    }

    private static String newPhone() {
        return "09" + (10_000_000 + (int) (Math.random() * 89_999_999));
    }

    private static ReportStatusChanged statusChanged(String reportId, ReportStatus from, ReportStatus to,
                                                     String note) {
        return new ReportStatusChanged(reportId, from, to, "staff-1", "TEAM_MEMBER", note, "team-bmt-cds",
                Instant.now());
    }
}
