package vn.gov.daklak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.contracts.report.ReportFollowerAdded;
import vn.gov.daklak.platform.local.PlatformService;
import vn.gov.daklak.platform.local.PlatformServices;
import vn.gov.daklak.platform.test.KafkaTestClient;
import vn.gov.daklak.platform.test.TestInfrastructure;
import vn.gov.daklak.platform.test.mongo.StandInKeyedAccessExtension;

/**
 * The whole platform, as packaged ({@link SharedPlatform}: the services as separate JVMs over a real Kafka broker
 * and a MongoDB endpoint, containers where Docker exists, the embedded broker and wire-protocol server otherwise).
 * A citizen files a report through a channel; routing assigns it; the team acknowledges and resolves it; the citizen
 * is told at each step, in order, exactly once.
 */
@ExtendWith(SharedPlatform.class)
class CitizenReportFlowIT {
    static final Duration WAIT = SharedPlatform.WAIT;

    /** While a flow runs, the services read the stand-in by key, or as one of the named exemptions. */
    @RegisterExtension
    static final StandInKeyedAccessExtension KEYED_ACCESS =
            new StandInKeyedAccessExtension(EndToEndKeyedAccess.EXEMPTIONS);

    static PlatformServices services;
    static final PlatformHttp http = new PlatformHttp();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static PlatformSignIn signIn;

    @BeforeAll
    static void platform() {
        services = SharedPlatform.platform().services();
        signIn = SharedPlatform.platform().signIn();
    }

    static String url(PlatformService service, String path) {
        return services.baseUrl(service) + path;
    }

    @Test
    void aReportFlowsFromTheCitizenToTheTeamAndTheCitizenIsToldAtEachStepExactlyOnce() throws Exception {
        String resident = signIn.accessToken("0912345678", PlatformSignIn.RESIDENT_APP);
        var submitted = http.post(url(PlatformService.FEEDBACK, "/api/v1/reports"), """
                {"category":"VE_SINH_MOI_TRUONG","title":"Rác thải ùn ứ trên vỉa hè",
                 "description":"Rác không được thu gom ba ngày nay, bốc mùi hôi thối",
                 "location":{"lat":12.6675,"lon":108.0378},"addressText":"Đường Lê Duẩn, Buôn Ma Thuột",
                 "reporter":{"name":"Nguyễn Văn A","phone":"0912345678","preferredChannel":"SMS"}}""",
                resident);
        assertThat(submitted.status()).isEqualTo(201);
        String id = submitted.body().get("id").asString();
        String trackingCode = submitted.body().get("trackingCode").asString();

        JsonNode routed = http.await(url(PlatformService.FEEDBACK, "/api/v1/reports/" + id), resident,
                r -> r.get("status").asString().equals("ROUTED"), WAIT);
        JsonNode assignment = routed.get("assignment");
        String locatedCommune = http.get(url(PlatformService.ROUTING,
                "/api/v1/jurisdictions/locate?lat=12.6675&lon=108.0378")).body().get("communeCode").asString();
        assertThat(assignment.get("communeCode").asString()).isEqualTo(locatedCommune);
        String teamId = assignment.get("teamId").asString();
        assertThat(teamId).isEqualTo("66-" + locatedCommune + "-CDS");
        assertThat(assignment.get("teamName").asString()).startsWith("Tổ công nghệ số cộng đồng");
        assertThat(assignment.get("resolveBy").asString()).endsWith("+07:00");
        JsonNode decision = http.get(url(PlatformService.ROUTING, "/api/v1/routing/decisions/" + id), admin()).body();
        assertThat(assignment.get("ruleId").asString()).as("the decision record travels to the report")
                .isNotBlank().isEqualTo(decision.get("ruleId").asString());
        assertThat(assignment.get("method").asString()).isEqualTo(decision.get("method").asString());
        assertThat(assignment.get("reason").asString()).isNotBlank().isEqualTo(decision.get("reason").asString());

        String staff = teamMember("can-bo-01", "0900000002", teamId);
        assertThat(http.post(url(PlatformService.FEEDBACK, "/api/v1/reports/" + id + "/acknowledge"), "{}",
                resident).status()).as("a resident cannot act for the team").isEqualTo(403);
        assertThat(http.post(url(PlatformService.FEEDBACK, "/api/v1/reports/" + id + "/acknowledge"), "{}",
                staff).status()).isEqualTo(200);
        assertThat(uploadAfterPhoto(id, staff)).as("a resolution needs an after photo").isEqualTo(201);
        assertThat(http.post(url(PlatformService.FEEDBACK, "/api/v1/reports/" + id + "/resolve"),
                "{\"resolution\":\"Đã thu gom rác và phun khử mùi khu vực\"}", staff).status()).isEqualTo(200);

        String notifications = url(PlatformService.NOTIFICATION, "/api/v1/notifications?reportId=" + id);
        List<String> expected = List.of("report.received", "report.routed", "report.acknowledged", "report.resolved");
        http.await(notifications, admin(), list -> citizenTemplates(list).size() >= expected.size(), WAIT);
        Thread.sleep(3000); // a redelivery or a duplicate would show up by now
        JsonNode sent = http.get(notifications, admin()).body();
        assertThat(citizenTemplates(sent)).containsExactlyElementsOf(expected);
        List<JsonNode> toCitizen = sent.valueStream()
                .filter(n -> n.get("recipientKind").asString().equals("CITIZEN")).toList();
        toCitizen.forEach(n -> {
            assertThat(n.get("channel").asString()).isEqualTo("SMS");
            assertThat(n.get("status").asString()).isEqualTo("SENT");
        });
        assertThat(toCitizen.get(0).get("text").asString()).contains(trackingCode);
        assertThat(toCitizen.get(3).get("text").asString()).contains("Đã thu gom rác và phun khử mùi khu vực");

        try (var kafka = new KafkaTestClient(TestInfrastructure.shared().kafkaBootstrapServers())) {
            assertThat(kafka.readKeyFor(Topics.NOTIFICATION_DELIVERED, id, Duration.ofSeconds(5)).stream()
                    .filter(r -> r.value().contains("\"CITIZEN\"")).count()).isEqualTo(4);
        }
        JsonNode tracked = http.await(url(PlatformService.FEEDBACK, "/api/v1/reports/track/" + trackingCode),
                r -> r.get("timeline").valueStream().filter(e -> e.get("kind").asString().equals("NOTIFIED"))
                        .count() >= 4, WAIT);
        assertThat(tracked.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(tracked.get("statusLabel").asString()).isEqualTo("Đã xử lý xong");
        assertThat(tracked.toString()).as("tracking by code shows no personal data")
                .doesNotContain("0912345678", "Nguyễn Văn A");
    }

    @Test
    void whenTheTeamMergesADuplicateBothReportersAreToldOfTheResolution() throws Exception {
        String first = signIn.accessToken("0912000001", PlatformSignIn.RESIDENT_APP);
        String second = signIn.accessToken("0912000002", PlatformSignIn.RESIDENT_APP);
        String original = submitStreetlight(first, "0912000001");
        String duplicate = submitStreetlight(second, "0912000002");
        JsonNode routed = http.await(url(PlatformService.FEEDBACK, "/api/v1/reports/" + duplicate), second,
                r -> r.get("status").asString().equals("ROUTED"), WAIT);
        http.await(url(PlatformService.FEEDBACK, "/api/v1/reports/" + original), first,
                r -> r.get("status").asString().equals("ROUTED"), WAIT);
        String staff = teamMember("can-bo-02", "0900000003", routed.get("assignment").get("teamId").asString());

        assertThat(http.post(url(PlatformService.FEEDBACK, "/api/v1/reports/" + duplicate + "/duplicate"),
                "{\"duplicateOf\":\"" + original + "\"}", staff).status()).isEqualTo(200);
        try (var kafka = new KafkaTestClient(TestInfrastructure.shared().kafkaBootstrapServers())) {
            // the merge makes the duplicate's reporter a follower of the original: notification-service has it
            // before the team resolves the original (in real life minutes or days later, here milliseconds)
            kafka.awaitEvents(Topics.REPORT_EVENTS, original, EventCatalog.of(ReportFollowerAdded.class).type(), 1,
                    WAIT);
            kafka.awaitConsumed("notification-service", Topics.REPORT_EVENTS, WAIT);
        }
        assertThat(http.post(url(PlatformService.FEEDBACK, "/api/v1/reports/" + original + "/acknowledge"), "{}",
                staff).status()).isEqualTo(200);
        assertThat(uploadAfterPhoto(original, staff)).isEqualTo(201);
        assertThat(http.post(url(PlatformService.FEEDBACK, "/api/v1/reports/" + original + "/resolve"),
                "{\"resolution\":\"Đã thay bóng đèn mới\"}", staff).status()).isEqualTo(200);

        JsonNode told = http.await(url(PlatformService.NOTIFICATION, "/api/v1/notifications?reportId=" + original),
                admin(), list -> list.valueStream().filter(n -> n.get("templateKey").asString()
                        .equals("report.resolved")).count() >= 2, WAIT);
        assertThat(told.valueStream().filter(n -> n.get("templateKey").asString().equals("report.resolved"))
                .map(n -> n.get("status").asString())).containsOnly("SENT");
        for (String phone : List.of("%2B84912000001", "%2B84912000002")) {
            try {
                http.await(url(PlatformService.NOTIFICATION, "/api/v1/local-sinks?channel=SMS&address=" + phone),
                        messages -> messages.valueStream()
                                .anyMatch(m -> m.get("text").asString().contains("Đã thay bóng đèn mới")), WAIT);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nwhat notification-service recorded: " + told, e);
            }
        }
    }

    /** A claim of a JWT, read without checking it (the services check it). */
    private static String claimOf(String jwt, String claim) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1])).get(claim).asString();
    }

    private static String submitStreetlight(String token, String phone) {
        var submitted = http.post(url(PlatformService.FEEDBACK, "/api/v1/reports"), """
                {"category":"CHIEU_SANG_CAY_XANH","title":"Đèn đường không sáng",
                 "description":"Hai cột đèn trước chợ không sáng từ tối qua",
                 "location":{"lat":12.6852,"lon":108.0493},"addressText":"Đường Phan Bội Châu, Buôn Ma Thuột",
                 "reporter":{"phone":"%s","preferredChannel":"SMS"}}""".formatted(phone), token);
        assertThat(submitted.status()).isEqualTo(201);
        return submitted.body().get("id").asString();
    }

    /** A team member created by the province administrator, then signed in on the staff console. */
    private static String teamMember(String staffId, String phone, String teamId) throws InterruptedException {
        var created = http.post(url(PlatformService.IDENTITY, "/api/v1/staff"), """
                {"staffId":"%s","displayName":"Cán bộ %s","roles":["TEAM_MEMBER"],"teamIds":["%s"],
                 "preferredChannel":"SMS","phone":"%s"}""".formatted(staffId, staffId, teamId, phone), admin());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return signIn.accessToken(phone, PlatformSignIn.STAFF_APP);
    }

    private static String admin() throws InterruptedException {
        return signIn.adminToken();
    }

    @Test
    void aResidentSignsInWithACodeSentBySmsThroughNotificationServiceAndChoosesEnglish() throws Exception {
        JsonNode tokens = signIn.signIn("0987654321", PlatformSignIn.RESIDENT_APP);
        assertThat(tokens.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("refresh_token").asString()).isNotBlank();

        PlatformHttp.Response export = http.get(url(PlatformService.IDENTITY, "/api/v1/me/export"),
                tokens.get("access_token").asString());
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body().toString()).contains("+84987654321");
        assertThat(http.get(url(PlatformService.IDENTITY, "/api/v1/me/export"), "not-a-token").status())
                .isEqualTo(401);

        // the resident asks for English; identity tells notification-service by event, which then speaks English
        String token = tokens.get("access_token").asString();
        assertThat(http.put(url(PlatformService.IDENTITY, "/api/v1/me/contact-preferences"),
                "{\"preferredChannel\":\"SMS\",\"language\":\"en\"}", token).status()).isEqualTo(200);
        try (var kafka = new KafkaTestClient(TestInfrastructure.shared().kafkaBootstrapServers())) {
            // ContactPreferencesChanged: identity outbox → Kafka → handled by notification-service
            kafka.awaitKey(Topics.CONTACT_PREFERENCES, claimOf(token, "sub"), 1, WAIT);
            kafka.awaitConsumed("notification-service", Topics.CONTACT_PREFERENCES, WAIT);
        }
        var submitted = http.post(url(PlatformService.FEEDBACK, "/api/v1/reports"), """
                {"category":"VE_SINH_MOI_TRUONG","title":"Rác ven suối","description":"Rác đổ ven suối gần cầu",
                 "location":{"lat":12.6675,"lon":108.0378},"reporter":{"phone":"0987654321"}}""", token);
        assertThat(submitted.status()).isEqualTo(201);
        JsonNode told = http.await(url(PlatformService.NOTIFICATION, "/api/v1/notifications?reportId="
                + submitted.body().get("id").asString()), admin(), list -> list.size() > 0, WAIT);
        assertThat(told.get(0).get("text").asString()).startsWith("Your report has been received");
    }

    @Test
    void badInputIsRefusedWithProblemDetailsAndNothingIsPublished() throws Exception {
        var response = http.post(url(PlatformService.FEEDBACK, "/api/v1/reports"),
                "{\"category\":\"VE_SINH_MOI_TRUONG\",\"title\":\"x\",\"description\":\"y\","
                        + "\"location\":{\"lat\":123,\"lon\":108},\"reporter\":{\"phone\":\"0912345678\"}}",
                signIn.accessToken("0912345677", PlatformSignIn.RESIDENT_APP));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("location.lat");
    }

    @Test
    void everyServiceOffersProbesMetricsAndOpenApi() {
        for (PlatformService service : PlatformService.apiServices()) {
            assertThat(http.get(url(service, "/actuator/health/liveness")).body().get("status").asString())
                    .as(service + " liveness").isEqualTo("UP");
            assertThat(http.get(url(service, "/actuator/health/readiness")).body().get("status").asString())
                    .as(service + " readiness").isEqualTo("UP");
            JsonNode openApi = http.get(url(service, "/v3/api-docs")).body();
            assertThat(openApi.get("openapi").asString()).as(service + " OpenAPI").startsWith("3.");
            assertThat(openApi.get("components").get("securitySchemes").get("identity-service-token")
                    .get("scheme").asString()).as(service + " OpenAPI says how to authenticate").isEqualTo("bearer");
            assertThat(http.text(url(service, "/swagger-ui/index.html"))).as(service + " Swagger UI")
                    .startsWith("200");
            assertThat(http.text(url(service, "/actuator/prometheus"))).as(service + " Prometheus")
                    .startsWith("200").contains("application=\"" + service.moduleName() + "\"");
        }
    }

    /** The team's "after" photo, as the staff console uploads it (multipart, part name {@code files}). */
    private static int uploadAfterPhoto(String id, String staffToken) throws Exception {
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
                .header("Authorization", "Bearer " + staffToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<String> citizenTemplates(JsonNode notifications) {
        return notifications.valueStream().filter(n -> n.get("recipientKind").asString().equals("CITIZEN"))
                .map(n -> n.get("templateKey").asString()).toList();
    }
}
