package vn.gov.daklak.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.report.Priority;
import vn.gov.daklak.contracts.report.ReportRouted;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.feedback.report.Reports;
import vn.gov.daklak.platform.test.KafkaTestClient;
import vn.gov.daklak.platform.test.MutableClock;
import vn.gov.daklak.platform.test.TestInfrastructure;
import vn.gov.daklak.platform.test.TestTokens;
import vn.gov.daklak.platform.test.mongo.KeyedAccessExtension;

/**
 * feedback-service against a real Kafka broker and a MongoDB endpoint, playing routing-service by hand. Every
 * integration test class extends this one, so they all share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "feedback.open311.api-keys.8afb809f9a1a4ba588f4c42654ec99482e8169a42a0103dbdeab868342a91125=OPEN311",
        "feedback.privacy.phone-hash-key=Qk8xN2Y0a0JhZ1R5c2VjcmV0LWtleS1mb3ItdGVzdHMhIQ==",
        "feedback.categories.require-vneid-level2=" + FeedbackIntegrationTest.VNEID_LEVEL2_CATEGORY,
        "spring.main.allow-bean-definition-overriding=true",
        // the test clock stands still, so every filing of the suite falls in one window (FilingLimitsTest tests them)
        "feedback.filing.per-resident-per-hour=100000", "feedback.filing.per-resident-per-day=100000",
        "feedback.filing.per-application-per-minute=100000"})
@Import(FeedbackIntegrationTest.Clocks.class)
public abstract class FeedbackIntegrationTest {
    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock();
        }
    }

    /** The team and commune {@link #route} gives reports to. */
    protected static final String TEAM = "66-24133-CDS";
    protected static final String COMMUNE = "24133";
    /** The resident who files reports in {@link #submit}. */
    protected static final String RESIDENT = "res-1";
    /** Configured in this context as needing VNeID level 2. */
    protected static final String VNEID_LEVEL2_CATEGORY = "AN_NINH_TRAT_TU";
    /** The Open311 partner's {@code api_key}. */
    protected static final String OPEN311_KEY = "daklak-demo-key";
    protected static final Duration WAIT = Duration.ofSeconds(30);

    protected static KafkaTestClient kafka;

    /** Every command the service sends while a test runs reads by key, or is one of the named exemptions. */
    @RegisterExtension
    static final KeyedAccessExtension KEYED_ACCESS = new KeyedAccessExtension(FeedbackKeyedAccess.EXEMPTIONS);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(TestInfrastructure.shared().kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected Reports reports;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected MongoTemplate mongo;

    /** How many reports are stored: the collection's count (no filter, so not a scan). */
    protected long storedReports() {
        return mongo.estimatedCount("reports");
    }

    protected RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    /** {@code Authorization} of the resident {@link #RESIDENT} (signed in by phone, province app). */
    protected static String resident() {
        return resident(RESIDENT);
    }

    protected static String resident(String residentId) {
        return TestTokens.resident(residentId).bearer();
    }

    /** A lead and member of {@link #TEAM} (commune {@link #COMMUNE}). */
    protected static String staff(String staffId) {
        return TestTokens.staff(staffId, "TEAM_MEMBER", "TEAM_LEAD").teams(TEAM).communes(COMMUNE).bearer();
    }

    /** A lead and member of {@code teamId} (commune {@link #COMMUNE}). */
    protected static String staffOf(String teamId, String staffId) {
        return TestTokens.staff(staffId, "TEAM_MEMBER", "TEAM_LEAD").teams(teamId).communes(COMMUNE).bearer();
    }

    /** A lead and member of the team that has report {@code reportId} now (it must be routed). */
    protected String staffFor(String reportId, String staffId) {
        var report = reports.find(reportId).orElseThrow();
        return TestTokens.staff(staffId, "TEAM_MEMBER", "TEAM_LEAD").teams(report.currentTeamId())
                .communes(report.currentCommuneCode()).bearer();
    }

    /** Province operations: may see and act on every report and queue. */
    protected static String operations() {
        return TestTokens.staff("province-ops", "PROVINCE_OPERATIONS").bearer();
    }

    /** The hotline console's own token (assisted filing). */
    protected static String hotlineConsole() {
        return TestTokens.application("daklak-hotline-console", "HOTLINE_CONSOLE", "CHANNEL_APP").bearer();
    }

    protected ResponseEntity<JsonNode> post(String path, String authorization, String body) {
        var request = http().post().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return request.body(body == null ? "" : body).retrieve().toEntity(JsonNode.class);
    }

    protected ResponseEntity<JsonNode> getEntity(String path, String authorization) {
        var request = http().get().uri(path);
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return request.retrieve().toEntity(JsonNode.class);
    }

    /** The report as province operations see it (the staff view). */
    protected JsonNode get(String path) {
        return getEntity(path, operations()).getBody();
    }

    /** Posts {@code images} as the {@code files} parts of a multipart upload. */
    protected ResponseEntity<JsonNode> upload(String path, String authorization, List<byte[]> images) {
        var parts = new LinkedMultiValueMap<String, Object>();
        for (int i = 0; i < images.size(); i++) {
            String name = "photo-" + i + ".jpg";
            parts.add("files", new ByteArrayResource(images.get(i)) {
                @Override
                public String getFilename() {
                    return name;
                }
            });
        }
        return http().post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).header("Authorization", authorization)
                .body(parts).retrieve().toEntity(JsonNode.class);
    }

    /** The team's "after" photo that a resolution needs. */
    protected void uploadAfterPhoto(String id) {
        var uploaded = upload("/api/v1/reports/" + id + "/resolution-photos", staffFor(id, "staff-1"),
                List.of(TestImages.jpeg(64, 48)));
        assertThat(uploaded.getStatusCode().value()).isEqualTo(201);
    }

    protected static String validReport() {
        return """
                {"category":"VE_SINH_MOI_TRUONG","title":"Rác thải ùn ứ","description":"Rác không được thu gom ba ngày nay",
                 "location":{"lat":12.6675,"lon":108.0378},"addressText":"Đường Lê Duẩn, Buôn Ma Thuột",
                 "reporter":{"name":"Nguyễn Văn A","phone":"0912345678","preferredChannel":"SMS"}}""";
    }

    protected String submit() {
        return submit(validReport());
    }

    protected String submit(String report) {
        var response = post("/api/v1/reports", resident(), report);
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        return response.getBody().get("id").asString();
    }

    protected String routedReport() {
        return route(submit(), TEAM, clock.instant().plusSeconds(86_400));
    }

    /** Plays routing-service: assigns the report to {@code teamId}, to be resolved by {@code resolveBy}. */
    protected String route(String id, String teamId, java.time.Instant resolveBy) {
        var routed = new ReportRouted(id, COMMUNE, "Phường Buôn Ma Thuột", teamId, "Tổ CNS",
                "COMMUNITY_DIGITAL", "COMMUNE_CODE", "default-commune-team", "Theo mã xã", Priority.NORMAL,
                clock.instant().plusSeconds(3600), resolveBy, clock.instant());
        kafka.send(Topics.REPORT_EVENTS, id, EventCatalog.of(ReportRouted.class).type(),
                json.writeValueAsString(routed));
        awaitStatus(id, "ROUTED");
        awaitQueued(id);
        return id;
    }

    /**
     * The report's events of {@code type} on the topic of its lane (urgent reports have their own), once at least
     * {@code count} arrived (or timeout).
     */
    protected List<ConsumerRecord<String, String>> awaitEvents(String reportId, Class<?> type, int count) {
        String topic = reports.find(reportId).orElseThrow().lane().topic();
        return kafka.awaitEvents(topic, reportId, EventCatalog.of(type).type(), count, WAIT);
    }

    /** Until the team's queue has the report's last change (written right after the consumer's save). */
    protected void awaitQueued(String id) {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        while (!reports.find(id).orElseThrow().queueNotices().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(reports.find(id).orElseThrow().queueNotices()).isEmpty();
    }

    protected JsonNode awaitStatus(String id, String status) {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        JsonNode view = get("/api/v1/reports/" + id);
        while (!view.get("status").asString().equals(status) && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
            view = get("/api/v1/reports/" + id);
        }
        assertThat(view.get("status").asString()).isEqualTo(status);
        return view;
    }
}
