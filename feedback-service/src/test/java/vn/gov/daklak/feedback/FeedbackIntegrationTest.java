package vn.gov.daklak.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
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
import vn.gov.daklak.feedback.report.ReportRepository;
import vn.gov.daklak.platform.test.KafkaTestClient;
import vn.gov.daklak.platform.test.MutableClock;
import vn.gov.daklak.platform.test.TestInfrastructure;

/**
 * feedback-service against a real Kafka broker and a MongoDB endpoint, playing routing-service by hand. Every
 * integration test class extends this one, so they all share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "feedback.api-keys.8afb809f9a1a4ba588f4c42654ec99482e8169a42a0103dbdeab868342a91125=channel:ZALO",
        "feedback.api-keys.c348e86479b94c1469030c98739cf784ba383c0a15ca3902a526d77d5572e2ec=staff-console",
        "spring.main.allow-bean-definition-overriding=true"})
@Import(FeedbackIntegrationTest.Clocks.class)
public abstract class FeedbackIntegrationTest {
    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock();
        }
    }

    protected static final String CHANNEL_KEY = "daklak-demo-key";
    protected static final String STAFF_KEY = "daklak-demo-staff-key";
    protected static final Duration WAIT = Duration.ofSeconds(30);

    protected static KafkaTestClient kafka;

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
    protected ReportRepository reports;
    @Autowired
    protected MutableClock clock;

    protected RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    protected ResponseEntity<JsonNode> post(String path, String key, String staffId, String body) {
        var request = http().post().uri(path).contentType(MediaType.APPLICATION_JSON).header("X-Api-Key", key);
        if (staffId != null) {
            request = request.header("X-Staff-Id", staffId);
        }
        return request.body(body == null ? "" : body).retrieve().toEntity(JsonNode.class);
    }

    protected JsonNode get(String path) {
        return http().get().uri(path).header("X-Api-Key", CHANNEL_KEY).retrieve().body(JsonNode.class);
    }

    /** Posts {@code images} as the {@code files} parts of a multipart upload. */
    protected ResponseEntity<JsonNode> upload(String path, String key, String staffId, List<byte[]> images) {
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
        var request = http().post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).header("X-Api-Key", key);
        if (staffId != null) {
            request = request.header("X-Staff-Id", staffId);
        }
        return request.body(parts).retrieve().toEntity(JsonNode.class);
    }

    /** The team's "after" photo that a resolution needs. */
    protected void uploadAfterPhoto(String id) {
        var uploaded = upload("/api/v1/reports/" + id + "/resolution-photos", STAFF_KEY, "staff-1",
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
        var response = post("/api/v1/reports", CHANNEL_KEY, null, report);
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        return response.getBody().get("id").asString();
    }

    protected String routedReport() {
        return route(submit(), "66-24133-CDS", clock.instant().plusSeconds(86_400));
    }

    /** Plays routing-service: assigns the report to {@code teamId}, to be resolved by {@code resolveBy}. */
    protected String route(String id, String teamId, java.time.Instant resolveBy) {
        var routed = new ReportRouted(id, "24133", "Phường Buôn Ma Thuột", teamId, "Tổ CNS",
                "COMMUNITY_DIGITAL", "COMMUNE_CODE", "default-commune-team", "Theo mã xã", Priority.NORMAL,
                clock.instant().plusSeconds(3600), resolveBy, clock.instant());
        kafka.send(Topics.REPORT_ROUTED, id, EventCatalog.of(ReportRouted.class).type(), json.writeValueAsString(routed));
        awaitStatus(id, "ROUTED");
        return id;
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
