package vn.gov.daklak.feedback.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binder.test.EnableTestBinder;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.NotificationDelivered;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.contracts.report.EscalationLevel;
import vn.gov.daklak.contracts.report.GeoPoint;
import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportEscalated;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.contracts.report.ReportStatus;
import vn.gov.daklak.contracts.report.ReportStatusChanged;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.contracts.report.ReporterContact;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.Reports;
import vn.gov.daklak.feedback.report.TimelineEntry;
import vn.gov.daklak.platform.outbox.OutboxRelay;
import vn.gov.daklak.platform.test.KafkaTestClient;
import vn.gov.daklak.platform.test.TestInfrastructure;

/**
 * The bindings of application.yml, on Spring Cloud Stream's test binder: which destination feeds which function;
 * what the service publishes in return goes through the outbox relay to the real broker.
 */
@SpringBootTest(properties = {"spring.cloud.stream.default-binder=integration",
        "feedback.privacy.phone-hash-key=Qk8xN2Y0a0JhZ1R5c2VjcmV0LWtleS1mb3ItdGVzdHMhIQ=="})
@EnableTestBinder
class AssignmentBindingsTest {
    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @Autowired
    InputDestination input;
    @Value("${platform.kafka.brokers}")
    String brokers;
    @Autowired
    Reports reports;
    @Autowired
    OutboxRelay relay;
    @Autowired
    JsonMapper json;
    @Autowired
    MeterRegistry meters;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(brokers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aRoutingDecisionOnTheReportTopicAssignsTheReportAndPublishesTheStatusChange() {
        String id = storedReport();
        var routed = new ReportRouted(id, "24133", "Phường Buôn Ma Thuột", "66-24133-CDS", "Tổ CNS",
                "COMMUNITY_DIGITAL", "COMMUNE_CODE", "default-commune-team", "Theo mã xã", Priority.NORMAL,
                Instant.now(), Instant.now(), Instant.now());

        input.send(cloudEvent(routed, "evt-" + id), Topics.REPORT_EVENTS);
        relay.drain();

        assertThat(reports.find(id).orElseThrow().status()).isEqualTo(ReportStatus.ROUTED);
        String statusChanged = EventCatalog.of(ReportStatusChanged.class).type();
        var published = kafka.await(Topics.REPORT_EVENTS, r -> id.equals(r.key())
                && statusChanged.equals(KafkaTestClient.header(r, "ce_type")), list -> !list.isEmpty(),
                Duration.ofSeconds(30)).get(0);
        var changed = json.readValue(published.value(), ReportStatusChanged.class);
        assertThat(changed.reportId()).isEqualTo(id);
        assertThat(changed.to()).isEqualTo(ReportStatus.ROUTED);
    }

    @Test
    void theOtherEventsOfTheReportTopicAreSkipped() {
        String id = storedReport();
        var escalated = new ReportEscalated(id, EscalationLevel.TEAM_LEAD, "Quá hạn tiếp nhận", "24133",
                "66-24133-CDS", Instant.now(), Instant.now());
        double skippedBefore = skipped(ReportEscalated.class);

        input.send(cloudEvent(escalated, "evt-esc-" + id), Topics.REPORT_EVENTS);

        assertThat(skipped(ReportEscalated.class) - skippedBefore).isEqualTo(1.0);
        assertThat(reports.find(id).orElseThrow().status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aDeliveredNotificationBecomesATimelineEntryOnce() {
        String id = storedReport();
        var delivered = new NotificationDelivered("n-1", id, RecipientKind.CITIZEN, Channel.SMS, "report.received",
                null, Instant.now());

        input.send(cloudEvent(delivered, "evt-n-" + id), Topics.NOTIFICATION_DELIVERED);
        input.send(cloudEvent(delivered, "evt-n-" + id), Topics.NOTIFICATION_DELIVERED);

        assertThat(reports.find(id).orElseThrow().timeline())
                .filteredOn(e -> e.kind() == TimelineEntry.Kind.NOTIFIED).singleElement()
                .extracting(TimelineEntry::note).asString().contains("SMS");
    }

    private double skipped(Class<?> type) {
        var counter = meters.find("platform.events.consumed")
                .tags("type", EventCatalog.of(type).type(), "outcome", "skipped").counter();
        return counter == null ? 0 : counter.count();
    }

    private String storedReport() {
        String id = UUID.randomUUID().toString();
        reports.add(Report.accept(new ReportSubmitted(id, "DL-" + id.substring(0, 7).toUpperCase(), "DIEN",
                "Đèn đường hỏng", "Tối om", new GeoPoint(12.67, 108.04), null, null, IntakeChannel.WEB,
                new ReporterContact(null, "0912345678", null, null, Channel.SMS, "vi"), Instant.now())), List.of());
        return id;
    }

    private Message<byte[]> cloudEvent(Object payload, String eventId) {
        return MessageBuilder.withPayload(json.writeValueAsBytes(payload))
                .setHeader("ce_id", eventId.getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_type", EventCatalog.of(payload.getClass()).type().getBytes(StandardCharsets.UTF_8))
                .setHeader("contentType", "application/json")
                .build();
    }
}
