package vn.gov.daklak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.platform.local.PlatformService;
import vn.gov.daklak.platform.local.PlatformServices;
import vn.gov.daklak.platform.test.KafkaTestClient;
import vn.gov.daklak.platform.test.TestInfrastructure;

/**
 * The whole platform, as packaged: the four services as separate JVMs over a real Kafka broker and a MongoDB
 * endpoint (containers where Docker exists, the embedded broker and wire-protocol server otherwise). A citizen files
 * a report through a channel; routing assigns it; the team acknowledges and resolves it; the citizen is told at each
 * step, in order, exactly once.
 */
class CitizenReportFlowIT {
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String BUON_MA_THUOT = "24133";

    static PlatformServices services;
    static final PlatformHttp http = new PlatformHttp();

    @BeforeAll
    static void startPlatform() throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        Path repoRoot = Path.of("").toAbsolutePath().getParent();
        services = PlatformServices.builder(repoRoot)
                .kafkaBootstrap(infrastructure.kafkaBootstrapServers())
                .mongoUri(infrastructure.mongoUri())
                .logDir(Path.of("target", "e2e-logs"))
                .freePorts()
                .start(Duration.ofMinutes(4));
        // the team directory travels from identity-service to routing-service over Kafka
        http.await(url(PlatformService.ROUTING, "/api/v1/teams?communeCode=" + BUON_MA_THUOT),
                body -> body.size() > 0, WAIT);
    }

    @AfterAll
    static void stopPlatform() {
        if (services != null) {
            services.close();
        }
    }

    static String url(PlatformService service, String path) {
        return services.baseUrl(service) + path;
    }

    @Test
    void aReportFlowsFromTheCitizenToTheTeamAndTheCitizenIsToldAtEachStepExactlyOnce() throws Exception {
        var submitted = http.post(url(PlatformService.FEEDBACK, "/api/v1/reports"), """
                {"category":"VE_SINH_MOI_TRUONG","title":"Rác thải ùn ứ trên vỉa hè",
                 "description":"Rác không được thu gom ba ngày nay, bốc mùi hôi thối",
                 "location":{"lat":12.6675,"lon":108.0378},"addressText":"Đường Lê Duẩn, Buôn Ma Thuột",
                 "reporter":{"name":"Nguyễn Văn A","phone":"0912345678","preferredChannel":"SMS"}}""",
                PlatformHttp.CHANNEL_KEY, null);
        assertThat(submitted.status()).isEqualTo(201);
        String id = submitted.body().get("id").asString();
        String trackingCode = submitted.body().get("trackingCode").asString();

        JsonNode routed = http.await(url(PlatformService.FEEDBACK, "/api/v1/reports/" + id),
                r -> r.get("status").asString().equals("ROUTED"), WAIT);
        JsonNode assignment = routed.get("assignment");
        String locatedCommune = http.get(url(PlatformService.ROUTING,
                "/api/v1/jurisdictions/locate?lat=12.6675&lon=108.0378")).body().get("communeCode").asString();
        assertThat(assignment.get("communeCode").asString()).isEqualTo(locatedCommune);
        assertThat(assignment.get("teamId").asString()).isEqualTo("66-" + locatedCommune + "-CDS");
        assertThat(assignment.get("teamName").asString()).startsWith("Tổ công nghệ số cộng đồng");
        assertThat(assignment.get("resolveBy").asString()).endsWith("+07:00");

        assertThat(http.post(url(PlatformService.FEEDBACK, "/api/v1/reports/" + id + "/acknowledge"), "{}",
                PlatformHttp.STAFF_KEY, "can-bo-01").status()).isEqualTo(200);
        assertThat(uploadAfterPhoto(id)).as("a resolution needs an after photo").isEqualTo(201);
        assertThat(http.post(url(PlatformService.FEEDBACK, "/api/v1/reports/" + id + "/resolve"),
                "{\"resolution\":\"Đã thu gom rác và phun khử mùi khu vực\"}", PlatformHttp.STAFF_KEY,
                "can-bo-01").status()).isEqualTo(200);

        String notifications = url(PlatformService.NOTIFICATION, "/api/v1/notifications?reportId=" + id);
        List<String> expected = List.of("report.received", "report.routed", "report.acknowledged", "report.resolved");
        http.await(notifications, list -> citizenTemplates(list).size() >= expected.size(), WAIT);
        Thread.sleep(3000); // a redelivery or a duplicate would show up by now
        JsonNode sent = http.get(notifications).body();
        assertThat(citizenTemplates(sent)).containsExactlyElementsOf(expected);
        sent.valueStream().forEach(n -> {
            assertThat(n.get("channel").asString()).isEqualTo("SMS");
            assertThat(n.get("status").asString()).isEqualTo("SENT");
        });
        assertThat(sent.get(0).get("text").asString()).contains(trackingCode);
        assertThat(sent.get(3).get("text").asString()).contains("Đã thu gom rác và phun khử mùi khu vực");

        try (var kafka = new KafkaTestClient(TestInfrastructure.shared().kafkaBootstrapServers())) {
            assertThat(kafka.readKeyFor(Topics.NOTIFICATION_DELIVERED, id, Duration.ofSeconds(5))).hasSize(4);
        }
        JsonNode tracked = http.await(url(PlatformService.FEEDBACK, "/api/v1/reports/track/" + trackingCode),
                r -> r.get("timeline").valueStream().filter(e -> e.get("kind").asString().equals("NOTIFIED"))
                        .count() == 4, WAIT);
        assertThat(tracked.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(tracked.get("statusLabel").asString()).isEqualTo("Đã xử lý xong");
    }

    @Test
    void badInputIsRefusedWithProblemDetailsAndNothingIsPublished() {
        var response = http.post(url(PlatformService.FEEDBACK, "/api/v1/reports"),
                "{\"category\":\"VE_SINH_MOI_TRUONG\",\"title\":\"x\",\"description\":\"y\","
                        + "\"location\":{\"lat\":123,\"lon\":108},\"reporter\":{\"phone\":\"0912345678\"}}",
                PlatformHttp.CHANNEL_KEY, null);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("location.lat");
    }

    @Test
    void everyServiceOffersProbesMetricsAndOpenApi() {
        for (PlatformService service : PlatformService.values()) {
            assertThat(http.get(url(service, "/actuator/health/liveness")).body().get("status").asString())
                    .as(service + " liveness").isEqualTo("UP");
            assertThat(http.get(url(service, "/actuator/health/readiness")).body().get("status").asString())
                    .as(service + " readiness").isEqualTo("UP");
            assertThat(http.get(url(service, "/v3/api-docs")).body().get("openapi").asString())
                    .as(service + " OpenAPI").startsWith("3.");
            assertThat(http.text(url(service, "/swagger-ui/index.html"))).as(service + " Swagger UI")
                    .startsWith("200");
            assertThat(http.text(url(service, "/actuator/prometheus"))).as(service + " Prometheus")
                    .startsWith("200").contains("application=\"" + service.moduleName() + "\"");
        }
    }

    /** The team's "after" photo, as the staff console uploads it (multipart, part name {@code files}). */
    private static int uploadAfterPhoto(String id) throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        String boundary = "daklak-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"sau.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(jpeg.toByteArray());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        url(PlatformService.FEEDBACK, "/api/v1/reports/" + id + "/resolution-photos")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Api-Key", PlatformHttp.STAFF_KEY).header("X-Staff-Id", "can-bo-01")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<String> citizenTemplates(JsonNode notifications) {
        return notifications.valueStream().filter(n -> n.get("recipientKind").asString().equals("CITIZEN"))
                .map(n -> n.get("templateKey").asString()).toList();
    }
}
