package vn.gov.daklak.feedback.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import vn.gov.daklak.contracts.report.IntakeChannel;
import vn.gov.daklak.feedback.FeedbackIntegrationTest;
import vn.gov.daklak.feedback.TestImages;
import vn.gov.daklak.feedback.intake.ReportIntake;
import vn.gov.daklak.feedback.intake.SubmitReportRequest;

/**
 * Hostile input, one test per finding of issue 12 that reaches feedback-service: each asserts the status code, that
 * the stored data is unchanged and that the service still answers.
 */
class HostileInputTest extends FeedbackIntegrationTest {
    @Autowired
    ReportIntake intake;

    @Test
    void finding1_aWebpWhoseChunkSizeOverflowsIsRefusedWithoutExhaustingMemory() {
        String id = submit();
        byte[] webp = ByteBuffer.allocate(36).order(ByteOrder.LITTLE_ENDIAN).put(ascii("RIFF")).putInt(28)
                .put(ascii("WEBP")).put(ascii("VP8X")).putInt(0x7FFFFFF0).array();
        var response = upload("/api/v1/reports/" + id + "/photos", resident(), List.of(webp));
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(reports.find(id).orElseThrow().photos()).isEmpty();
        assertStillUp();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u001B", "\uFFFE"})
    void finding3_textWithCharactersXmlForbidsIsRefusedAtIntake(String bad) throws Exception {
        long before = storedReports();
        String body = validReport().replace("Rác thải ùn ứ", "Rác" + String.format("\\u%04x", (int) bad.charAt(0))
                + "thải"); // escaped, as JSON carries a lone surrogate
        var response = post("/api/v1/reports", resident(), body);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("errors").get(0).get("field").asString()).isEqualTo("title");

        var form = new LinkedMultiValueMap<String, String>();
        form.add("service_code", "VE_SINH_MOI_TRUONG");
        form.add("lat", "12.6675");
        form.add("long", "108.0378");
        form.add("description", "Cống tắc" + bad);
        form.add("phone", "0912345678");
        form.add("api_key", OPEN311_KEY);
        var open311 = http().post().uri("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).retrieve().toEntity(String.class);
        assertThat(open311.getStatusCode().value()).isEqualTo(400);
        assertThat(storedReports()).isEqualTo(before);
        assertStillUp();
    }

    @Test
    void finding3_aLoneSurrogateInJsonIsRefused() {
        long before = storedReports();
        var response = post("/api/v1/reports", resident(), validReport().replace("Rác thải ùn ứ", "R\\ud800"));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(storedReports()).isEqualTo(before);
        assertStillUp();
    }

    @Test
    void finding3_theOpen311XmlFeedStaysWellFormedWhateverIsStored() throws Exception {
        // stored before the intake checked its text: written straight through the intake service
        var request = new SubmitReportRequest("VE_SINH_MOI_TRUONG", "Rác\u0000\u001B thải", "Mô tả\u0001\uFFFE\uD800 x",
                new SubmitReportRequest.Location(12.6675, 108.0378), null, null,
                new SubmitReportRequest.Reporter(null, "0912345678", null, null, null, "vi"), null);
        String id = intake.submit(request, IntakeChannel.OPEN311).id();
        var xml = http().get().uri("/open311/v2/requests.xml?service_request_id={id}", id).retrieve()
                .toEntity(byte[].class);
        assertThat(xml.getStatusCode().value()).isEqualTo(200);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBody())); // throws when not well-formed
        assertThat(document.getElementsByTagName("request").getLength()).isEqualTo(1);
        assertThat(http().get().uri("/open311/v2/requests.xml").retrieve().toEntity(byte[].class)
                .getStatusCode().value()).isEqualTo(200);
        assertStillUp();
    }

    @Test
    void finding4_aHugeBodyIsRefusedWith413BeforeItIsParsed() throws Exception {
        long before = storedReports();
        String huge = validReport().replace("Rác không được thu gom ba ngày nay", "x".repeat(20 * 1024 * 1024));
        var declared = post("/api/v1/reports", resident(), huge);
        assertThat(declared.getStatusCode().value()).isEqualTo(413);
        assertThat(declared.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();

        // without a Content-Length (chunked): cut off while reading
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                .header("Content-Type", "application/json").header("Authorization", resident())
                .header("Accept-Language", "vi")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).get("title").asString()).isEqualTo("Nội dung yêu cầu quá lớn");
        assertThat(storedReports()).isEqualTo(before);
        assertStillUp();
    }

    @Test
    void finding5_trackingByCodeShowsOnlyWhatThePublicViewShows() {
        String id = submit(validReport().replace("Rác không được thu gom ba ngày nay",
                "Gọi 0912/345/678 hoặc (091) 234-5678 hay ０９１２３４５６７８, CCCD 079123456789, "
                        + "thư nguyenvana(at)example.vn, tôi là Nguyễn Văn A"));
        String code = reports.find(id).orElseThrow().trackingCode();
        var tracked = http().get().uri("/api/v1/reports/track/{code}", code).retrieve().toEntity(String.class);
        assertThat(tracked.getStatusCode().value()).isEqualTo(200);
        assertThat(tracked.getBody()).doesNotContain("345", "5678", "０９１２", "079123456789", "nguyenvana",
                "Nguyễn Văn A").contains("[đã ẩn]");

        String sensitive = post("/api/v1/reports", resident(), validReport()
                .replace("VE_SINH_MOI_TRUONG", "BAO_LUC_GIA_DINH")
                .replace("Rác không được thu gom ba ngày nay", "Nhà số 5, chồng chị Lan đánh vợ")).getBody()
                .get("trackingCode").asString();
        var secret = http().get().uri("/api/v1/reports/track/{code}", sensitive).retrieve().toEntity(String.class);
        assertThat(secret.getStatusCode().value()).isEqualTo(200);
        assertThat(secret.getBody()).doesNotContain("chồng", "Lan", "Rác thải");
        assertThat(reports.find(id).orElseThrow().description()).as("stored as written, for the team")
                .contains("0912/345/678");
        assertStillUp();
    }

    @Test
    void finding6_aStrangersPhoneInTheBodyIsNeverWrittenTo() {
        String token = vn.gov.daklak.platform.test.TestTokens.resident("res-six").phone("+84911112222").bearer();
        var filed = post("/api/v1/reports", token, validReport().replace("0912345678", "0933334444"));
        assertThat(filed.getStatusCode().value()).isEqualTo(201);
        String id = filed.getBody().get("id").asString();
        assertThat(reports.find(id).orElseThrow().reporter().phone()).as("the token's verified phone")
                .isEqualTo("+84911112222");
        var event = awaitEvents(id, vn.gov.daklak.contracts.report.ReportSubmitted.class, 1).get(0);
        assertThat(event.value()).doesNotContain("933334444").contains("+84911112222");

        var withoutPhone = post("/api/v1/reports", resident("res-six-vneid"),
                validReport().replace("0912345678", "0933334444"));
        assertThat(withoutPhone.getStatusCode().value()).isEqualTo(201);
        assertThat(reports.find(withoutPhone.getBody().get("id").asString()).orElseThrow().reporter().phone())
                .as("no verified phone: no SMS to any").isNull();
        assertStillUp();
    }

    @Test
    void finding8_aWebpCarryingHtmlIsStoredOnlyAsReencodedPixelsAndHeicIsRefused() {
        String id = submit();
        byte[] webp = java.util.Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
        byte[] html = ascii("<html><script>alert(document.cookie)</script></html>");
        byte[] withHtml = ByteBuffer.allocate(webp.length + 8 + html.length).order(ByteOrder.LITTLE_ENDIAN)
                .put(webp).put(ascii("HTML")).putInt(html.length).put(html)
                .putInt(4, webp.length + 8 + html.length - 8).array();
        var stored = upload("/api/v1/reports/" + id + "/photos", resident(), List.of(withHtml));
        assertThat(stored.getStatusCode().value()).isEqualTo(201);
        assertThat(stored.getBody().get(0).get("mediaType").asString()).isEqualTo("image/png");
        byte[] served = http().get().uri(stored.getBody().get(0).get("url").asString())
                .header("Authorization", resident()).retrieve().body(byte[].class);
        assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("script");

        byte[] heic = ByteBuffer.allocate(32).putInt(24).put(ascii("ftypheic")).put(ascii("GPS-12.6675N")).array();
        assertThat(upload("/api/v1/reports/" + id + "/photos", resident(), List.of(heic)).getStatusCode().value())
                .isEqualTo(415);
        assertThat(reports.find(id).orElseThrow().photos()).hasSize(1);
        assertStillUp();
    }

    @Test
    void finding9_aNulInAPhotoFileNameOrAnOpen311ParameterIsA400() {
        String id = submit();
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("files", new ByteArrayResource(TestImages.jpeg(8, 8)) {
            @Override
            public String getFilename() {
                return "a\u0000.jpg";
            }
        });
        var upload = http().post().uri("/api/v1/reports/" + id + "/photos").contentType(MediaType.MULTIPART_FORM_DATA)
                .header("Authorization", resident()).body(parts).retrieve().toEntity(String.class);
        assertThat(upload.getStatusCode().value()).isBetween(400, 499);
        assertThat(reports.find(id).orElseThrow().photos()).isEmpty();

        var query = http().get().uri(URI.create("http://localhost:" + port
                + "/open311/v2/requests.xml?service_code=%00&status=open%00")).retrieve().toEntity(String.class);
        assertThat(query.getStatusCode().value()).isEqualTo(400);
        assertStillUp();
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void finding10_aParameterThatIsNotUtf8IsNotLoggedWithItsValue(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        long before = storedReports();
        String body = "service_code=VE_SINH_MOI_TRUONG&lat=12.6675&long=108.0378&api_key=" + OPEN311_KEY
                + "&description=C%E1%BB%91ng&phone=0977%FF665544";
        HttpRequest form = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(form, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(output.getAll()).doesNotContain("665544");
        assertThat(storedReports()).isEqualTo(before);
        assertStillUp();
    }

    @Test
    void finding12_answersCarryAContentSecurityAndReferrerPolicy() {
        var answer = http().get().uri("/api/v1/public/stats").retrieve().toEntity(String.class);
        assertThat(answer.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(answer.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(answer.getHeaders().getFirst("Strict-Transport-Security")).as("only over TLS").isNull();
        assertStillUp();
    }

    @Test
    void finding11_aRefusalDoesNotNameTheTeamThatHoldsTheReport() {
        String id = routedReport();
        var refused = post("/api/v1/reports/" + id + "/acknowledge", staffOf("66-99999-CDS", "outsider"), "{}");
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody().toString()).doesNotContain(TEAM);
        assertThat(reports.find(id).orElseThrow().status().name()).isEqualTo("ROUTED");
        assertStillUp();
    }

    private void assertStillUp() {
        assertThat(http().get().uri("/actuator/health/liveness").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(post("/api/v1/reports", resident(), validReport()).getStatusCode().value()).isEqualTo(201);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

}
