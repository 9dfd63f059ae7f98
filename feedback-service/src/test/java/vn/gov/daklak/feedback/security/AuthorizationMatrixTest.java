package vn.gov.daklak.feedback.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import vn.gov.daklak.feedback.FeedbackIntegrationTest;
import vn.gov.daklak.feedback.SseTestClient;
import vn.gov.daklak.feedback.TestImages;
import vn.gov.daklak.platform.test.TestTokens;

/**
 * Every feedback endpoint: 401 without a token (problem details), 403 for the wrong kind of caller, another resident,
 * another team, another commune, an OPS_VIEWER and an application; success for the right caller. Then the tokens a
 * resource server must refuse, and the endpoints that answer without a token.
 */
class AuthorizationMatrixTest extends FeedbackIntegrationTest {
    private static final String OTHER_TEAM = "66-24121-CDS";

    /** The callers of the matrix, by name. */
    enum Who {
        OWNER, OTHER_RESIDENT, TEAM_MEMBER, TEAM_LEAD, COMMUNE_CHAIRMAN, OTHER_TEAM_MEMBER, OTHER_COMMUNE_CHAIRMAN,
        PROVINCE_OPERATIONS, PROVINCE_ADMIN, OPS_VIEWER, HOTLINE_CONSOLE, OPEN311_APP;

        String bearer() {
            return switch (this) {
                case OWNER -> TestTokens.resident(RESIDENT).bearer();
                case OTHER_RESIDENT -> TestTokens.resident("res-someone-else").bearer();
                case TEAM_MEMBER -> TestTokens.staff("can-bo-01", "TEAM_MEMBER").teams(TEAM).communes(COMMUNE).bearer();
                case TEAM_LEAD -> TestTokens.staff("to-truong", "TEAM_LEAD", "TEAM_MEMBER").teams(TEAM)
                        .communes(COMMUNE).bearer();
                case COMMUNE_CHAIRMAN -> TestTokens.staff("chu-tich", "COMMUNE_CHAIRMAN").teams("66-" + COMMUNE + "-UBND")
                        .communes(COMMUNE).bearer();
                case OTHER_TEAM_MEMBER -> TestTokens.staff("can-bo-khac", "TEAM_MEMBER", "TEAM_LEAD").teams(OTHER_TEAM)
                        .communes("24121").bearer();
                case OTHER_COMMUNE_CHAIRMAN -> TestTokens.staff("chu-tich-khac", "COMMUNE_CHAIRMAN")
                        .teams("66-24121-UBND").communes("24121").bearer();
                case PROVINCE_OPERATIONS -> TestTokens.staff("province-ops", "PROVINCE_OPERATIONS").bearer();
                case PROVINCE_ADMIN -> TestTokens.staff("province-admin", "PROVINCE_ADMIN").bearer();
                case OPS_VIEWER -> TestTokens.staff("viewer", "OPS_VIEWER").bearer();
                case HOTLINE_CONSOLE -> TestTokens.application("daklak-hotline-console", "HOTLINE_CONSOLE",
                        "CHANNEL_APP").bearer();
                case OPEN311_APP -> TestTokens.application("partner", "OPEN311_PARTNER", "OPEN311_PARTNER").bearer();
            };
        }
    }

    private static final List<Who> NOT_THE_OWNER = List.of(Who.OTHER_RESIDENT, Who.TEAM_MEMBER,
            Who.PROVINCE_OPERATIONS, Who.OPS_VIEWER, Who.HOTLINE_CONSOLE);
    private static final List<Who> NOT_THE_TEAM = List.of(Who.OWNER, Who.OTHER_TEAM_MEMBER,
            Who.OTHER_COMMUNE_CHAIRMAN, Who.OPS_VIEWER, Who.HOTLINE_CONSOLE, Who.OPEN311_APP);

    /** A prepared report: what the row's path needs. */
    record Prepared(String id, String photoId, String other) {
    }

    /** One row: the call, how to prepare the report, who is refused (403) and who succeeds (2xx). */
    record Row(String name, HttpMethod method, String path, String body, Function<AuthorizationMatrixTest,
            Prepared> setup, List<Who> refused, Who allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> endpoints() {
        Function<AuthorizationMatrixTest, Prepared> routed = t -> new Prepared(t.routedReport(), null, null);
        Function<AuthorizationMatrixTest, Prepared> acknowledged = t -> {
            String id = t.routedReport();
            t.asOperations(id, "acknowledge", "{}");
            return new Prepared(id, null, null);
        };
        Function<AuthorizationMatrixTest, Prepared> asked = t -> {
            String id = acknowledged.apply(t).id();
            t.asOperations(id, "ask", "{\"text\":\"Ở đâu?\"}");
            return new Prepared(id, null, null);
        };
        Function<AuthorizationMatrixTest, Prepared> withAfterPhoto = t -> {
            String id = acknowledged.apply(t).id();
            t.uploadAfterPhoto(id);
            return new Prepared(id, null, null);
        };
        Function<AuthorizationMatrixTest, Prepared> resolved = t -> {
            String id = withAfterPhoto.apply(t).id();
            t.asOperations(id, "resolve", "{\"resolution\":\"Đã xử lý\"}");
            return new Prepared(id, null, null);
        };
        Function<AuthorizationMatrixTest, Prepared> withPhoto = t -> {
            String id = t.routedReport();
            var uploaded = t.upload("/api/v1/reports/" + id + "/photos", Who.OWNER.bearer(),
                    List.of(TestImages.jpeg(32, 24)));
            assertThat(uploaded.getStatusCode().value()).isEqualTo(201);
            return new Prepared(id, uploaded.getBody().get(0).get("id").asString(), null);
        };
        Function<AuthorizationMatrixTest, Prepared> twoRouted = t -> new Prepared(t.routedReport(), null,
                t.routedReport());
        Function<AuthorizationMatrixTest, Prepared> none = t -> new Prepared("x", null, null);

        List<Row> rows = List.of(
                // filing and the check before it
                new Row("submit", HttpMethod.POST, "/api/v1/reports", validReport(), none,
                        List.of(Who.OPS_VIEWER, Who.OPEN311_APP), Who.OWNER),
                new Row("nearby", HttpMethod.GET, "/api/v1/reports/nearby?lat=12.6&lon=108&category=DIEN", null, none,
                        List.of(Who.OPS_VIEWER, Who.OPEN311_APP), Who.OWNER),
                // reading a report
                new Row("view (owner)", HttpMethod.GET, "/api/v1/reports/{id}", null, routed,
                        List.of(Who.OTHER_RESIDENT, Who.OTHER_TEAM_MEMBER, Who.OTHER_COMMUNE_CHAIRMAN, Who.OPS_VIEWER,
                                Who.HOTLINE_CONSOLE, Who.OPEN311_APP), Who.OWNER),
                new Row("view (team)", HttpMethod.GET, "/api/v1/reports/{id}", null, routed, List.of(), Who.TEAM_MEMBER),
                new Row("view (commune chairman)", HttpMethod.GET, "/api/v1/reports/{id}", null, routed, List.of(),
                        Who.COMMUNE_CHAIRMAN),
                new Row("photo", HttpMethod.GET, "/api/v1/reports/{id}/photos/{photo}", null, withPhoto,
                        List.of(Who.OTHER_RESIDENT, Who.OTHER_TEAM_MEMBER, Who.OPS_VIEWER, Who.HOTLINE_CONSOLE),
                        Who.OWNER),
                new Row("thumbnail", HttpMethod.GET, "/api/v1/reports/{id}/photos/{photo}/thumbnail", null, withPhoto,
                        List.of(Who.OTHER_RESIDENT, Who.OTHER_COMMUNE_CHAIRMAN, Who.OPS_VIEWER, Who.HOTLINE_CONSOLE),
                        Who.TEAM_MEMBER),
                // the resident's actions: their own reports only
                new Row("resident photos", HttpMethod.POST, "/api/v1/reports/{id}/photos", "PHOTO", routed,
                        NOT_THE_OWNER, Who.OWNER),
                new Row("answer", HttpMethod.POST, "/api/v1/reports/{id}/citizen/answer", "{\"text\":\"Số 12\"}",
                        asked, NOT_THE_OWNER, Who.OWNER),
                new Row("confirm", HttpMethod.POST, "/api/v1/reports/{id}/citizen/confirm", null, resolved,
                        NOT_THE_OWNER, Who.OWNER),
                new Row("reopen", HttpMethod.POST, "/api/v1/reports/{id}/citizen/reopen", "{\"reason\":\"Chưa xong\"}",
                        resolved, NOT_THE_OWNER, Who.OWNER),
                new Row("rate", HttpMethod.POST, "/api/v1/reports/{id}/citizen/rate", "{\"score\":4}", resolved,
                        NOT_THE_OWNER, Who.OWNER),
                new Row("edit", HttpMethod.POST, "/api/v1/reports/{id}/citizen/edit", "{\"title\":\"Mới\"}", routed,
                        NOT_THE_OWNER, Who.OWNER),
                new Row("withdraw", HttpMethod.POST, "/api/v1/reports/{id}/citizen/withdraw", "{\"reason\":\"Thôi\"}",
                        routed, NOT_THE_OWNER, Who.OWNER),
                new Row("follow", HttpMethod.POST, "/api/v1/reports/{id}/follow",
                        "{\"reporter\":{\"phone\":\"0987111222\"}}", routed,
                        List.of(Who.TEAM_MEMBER, Who.OPS_VIEWER, Who.HOTLINE_CONSOLE), Who.OTHER_RESIDENT),
                // the team's actions: staff of the report's team or commune, or province-wide
                new Row("acknowledge", HttpMethod.POST, "/api/v1/reports/{id}/acknowledge", "{}", routed, NOT_THE_TEAM,
                        Who.TEAM_MEMBER),
                new Row("start", HttpMethod.POST, "/api/v1/reports/{id}/start", "{}", acknowledged, NOT_THE_TEAM,
                        Who.COMMUNE_CHAIRMAN),
                new Row("ask", HttpMethod.POST, "/api/v1/reports/{id}/ask", "{\"text\":\"Ở đâu?\"}", acknowledged,
                        NOT_THE_TEAM, Who.TEAM_MEMBER),
                new Row("resolution photos", HttpMethod.POST, "/api/v1/reports/{id}/resolution-photos", "PHOTO",
                        acknowledged, NOT_THE_TEAM, Who.TEAM_MEMBER),
                new Row("resolve", HttpMethod.POST, "/api/v1/reports/{id}/resolve", "{\"resolution\":\"Xong\"}",
                        withAfterPhoto, NOT_THE_TEAM, Who.TEAM_MEMBER),
                new Row("reject", HttpMethod.POST, "/api/v1/reports/{id}/reject",
                        "{\"reason\":\"Không thuộc thẩm quyền\",\"responsibleParty\":\"Công an\"}", routed,
                        NOT_THE_TEAM, Who.PROVINCE_OPERATIONS),
                new Row("transfer", HttpMethod.POST, "/api/v1/reports/{id}/transfer", "{\"reason\":\"Sai địa bàn\"}",
                        acknowledged, NOT_THE_TEAM, Who.TEAM_MEMBER),
                new Row("duplicate", HttpMethod.POST, "/api/v1/reports/{id}/duplicate", "{\"duplicateOf\":\"{other}\"}",
                        twoRouted, NOT_THE_TEAM, Who.TEAM_MEMBER),
                new Row("claim", HttpMethod.POST, "/api/v1/reports/{id}/claim", null, routed, NOT_THE_TEAM,
                        Who.TEAM_MEMBER),
                new Row("assign", HttpMethod.POST, "/api/v1/reports/{id}/assign", "{\"memberId\":\"can-bo-01\"}",
                        routed, concat(NOT_THE_TEAM, Who.TEAM_MEMBER, Who.COMMUNE_CHAIRMAN), Who.TEAM_LEAD),
                new Row("add note", HttpMethod.POST, "/api/v1/reports/{id}/notes", "{\"text\":\"Nội bộ\"}", routed,
                        NOT_THE_TEAM, Who.TEAM_MEMBER),
                new Row("notes", HttpMethod.GET, "/api/v1/reports/{id}/notes", null, routed, NOT_THE_TEAM,
                        Who.COMMUNE_CHAIRMAN),
                // queues
                new Row("queue (member)", HttpMethod.GET, "/api/v1/teams/" + TEAM + "/queue", null, none,
                        List.of(Who.OWNER, Who.OTHER_TEAM_MEMBER, Who.OTHER_COMMUNE_CHAIRMAN, Who.OPS_VIEWER,
                                Who.HOTLINE_CONSOLE), Who.TEAM_MEMBER),
                new Row("queue (commune chairman)", HttpMethod.GET, "/api/v1/teams/" + TEAM + "/queue", null, none,
                        List.of(), Who.COMMUNE_CHAIRMAN),
                new Row("queue (province)", HttpMethod.GET, "/api/v1/teams/66-PROVINCE-TRIAGE/queue", null, none,
                        List.of(Who.TEAM_MEMBER, Who.COMMUNE_CHAIRMAN, Who.OPS_VIEWER), Who.PROVINCE_OPERATIONS),
                new Row("queue events", HttpMethod.GET, "/api/v1/teams/" + TEAM + "/queue/events", "SSE", none,
                        List.of(Who.OWNER, Who.OTHER_TEAM_MEMBER, Who.OTHER_COMMUNE_CHAIRMAN, Who.OPS_VIEWER,
                                Who.HOTLINE_CONSOLE), Who.TEAM_LEAD),
                // the audit log: province-wide staff read it (nobody changes it: AuditTrailTest)
                new Row("audit (province admin)", HttpMethod.GET, "/api/v1/audit?reportId={id}", null, acknowledged,
                        List.of(Who.TEAM_MEMBER, Who.TEAM_LEAD, Who.COMMUNE_CHAIRMAN, Who.OWNER, Who.OPS_VIEWER,
                                Who.HOTLINE_CONSOLE, Who.OPEN311_APP), Who.PROVINCE_ADMIN),
                new Row("audit (province operations)", HttpMethod.GET, "/api/v1/audit?reportId={id}", null,
                        acknowledged, List.of(), Who.PROVINCE_OPERATIONS),
                // the resident's own list
                new Row("my reports", HttpMethod.GET, "/api/v1/me/reports", null, none,
                        List.of(Who.TEAM_MEMBER, Who.OPS_VIEWER, Who.HOTLINE_CONSOLE), Who.OWNER),
                new Row("claim by phone", HttpMethod.POST, "/api/v1/me/reports/claim", null, none,
                        List.of(Who.TEAM_MEMBER, Who.PROVINCE_OPERATIONS, Who.OPS_VIEWER, Who.HOTLINE_CONSOLE),
                        null));
        return rows.stream().map(Arguments::of);
    }

    private static List<Who> concat(List<Who> list, Who... more) {
        List<Who> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void onlyTheRightCallersGetThrough(Row row) throws Exception {
        Prepared prepared = row.setup().apply(this);
        String path = row.path().replace("{id}", prepared.id()).replace("{photo}", String.valueOf(prepared.photoId()));
        String body = row.body() == null ? null : row.body().replace("{other}", String.valueOf(prepared.other()));

        ResponseEntity<String> anonymous = call(row.method(), path, body, null);
        assertThat(anonymous.getStatusCode().value()).as(row + " without a token").isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType()).hasToString("application/problem+json");

        for (Who who : row.refused()) {
            ResponseEntity<String> refused = call(row.method(), path, body, who.bearer());
            assertThat(refused.getStatusCode().value()).as(row + " as " + who + ": " + refused.getBody())
                    .isEqualTo(403);
            assertThat(refused.getHeaders().getContentType()).as(row + " as " + who)
                    .hasToString("application/problem+json");
        }
        Who allowed = row.allowed() != null ? row.allowed() : Who.OWNER;
        String bearer = row.allowed() != null ? allowed.bearer()
                : TestTokens.resident(RESIDENT).phone("+84912345678").bearer(); // claiming needs the phone
        ResponseEntity<String> ok = call(row.method(), path, body, bearer);
        assertThat(ok.getStatusCode().is2xxSuccessful()).as(row + " as " + allowed + ": " + ok.getStatusCode()
                + " " + ok.getBody()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void tokensTheServiceMustRefuse(String kind, String token) {
        ResponseEntity<String> response = call(HttpMethod.POST, "/api/v1/reports", validReport(), "Bearer " + token);
        assertThat(response.getStatusCode().value()).as(kind).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
    }

    static Stream<Arguments> badTokens() {
        return TestTokens.refusedVariantsOf(() -> TestTokens.resident(RESIDENT), "routing-service").entrySet()
                .stream().map(bad -> Arguments.of(bad.getKey(), bad.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicEndpoints")
    void publicEndpointsAnswerWithoutAToken(String path) {
        assertThat(call(HttpMethod.GET, path, null, null).getStatusCode().value()).as(path).isEqualTo(200);
        assertThat(call(HttpMethod.GET, path, null, Who.OPS_VIEWER.bearer()).getStatusCode().value())
                .as(path + " as OPS_VIEWER").isEqualTo(200);
    }

    static Stream<String> publicEndpoints() {
        return Stream.of("/api/v1/public/reports", "/api/v1/public/stats", "/open311/v2/discovery.json",
                "/open311/v2/services.json", "/open311/v2/requests.json", "/actuator/health/liveness", "/v3/api-docs");
    }

    @Test
    void trackingByCodeNeedsNoTokenAndShowsNoPersonalData() {
        String id = routedReport();
        asOperations(id, "acknowledge", "{}");
        String code = reports.find(id).orElseThrow().trackingCode();
        ResponseEntity<String> tracked = call(HttpMethod.GET, "/api/v1/reports/track/" + code, null, null);
        assertThat(tracked.getStatusCode().value()).isEqualTo(200);
        assertThat(tracked.getBody()).contains(id).doesNotContain("Nguyễn Văn A", "0912345678", "Lê Duẩn",
                "12.6675", "province-ops", "intake");
        assertThat(call(HttpMethod.GET, "/api/v1/reports/track/DL-2222222", null, null).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void theOwnerSeesTheResidentViewAndStaffSeeHowItCameIn() {
        String id = routedReport();
        String asOwner = call(HttpMethod.GET, "/api/v1/reports/" + id, null, Who.OWNER.bearer()).getBody();
        assertThat(asOwner).doesNotContain("\"intake\"");
        var asStaff = getEntity("/api/v1/reports/" + id, Who.TEAM_MEMBER.bearer()).getBody();
        assertThat(asStaff.get("intake").get("channel").asString()).isEqualTo("PROVINCE_APP");
        assertThat(asStaff.get("intake").get("assurance").asString()).isEqualTo("phone");
        assertThat(asStaff.get("intake").get("claimed").asBoolean()).isTrue();
    }

    void asOperations(String id, String action, String body) {
        var response = post("/api/v1/reports/" + id + "/" + action, Who.PROVINCE_OPERATIONS.bearer(), body);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(action + ": " + response.getBody()).isTrue();
    }

    private ResponseEntity<String> call(HttpMethod method, String path, String body, String authorization) {
        if ("SSE".equals(body)) {
            return sse(path, authorization);
        }
        var request = http().method(method).uri(path);
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        if ("PHOTO".equals(body)) {
            var parts = new LinkedMultiValueMap<String, Object>();
            parts.add("files", new org.springframework.core.io.ByteArrayResource(TestImages.jpeg(16, 16)) {
                @Override
                public String getFilename() {
                    return "anh.jpg";
                }
            });
            return request.contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(String.class);
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> sse(String path, String authorization) {
        String url = "http://localhost:" + port + path;
        try (var stream = new SseTestClient(url, authorization == null ? Map.of()
                : Map.of("Authorization", authorization))) {
            int status = stream.awaitOpen();
            var headers = new org.springframework.http.HttpHeaders();
            headers.setContentType(MediaType.parseMediaType(stream.contentType()));
            return ResponseEntity.status(status).headers(headers).body("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
