package vn.gov.daklak.feedback.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The public transparency API and the privacy acceptance test over every public answer, Open311 included. */
class PublicTransparencyTest extends PublicApiTestSupport {

    @Test
    void theMapAndListFilterByCommuneCategoryStatusAndDatesAndPageWithoutAKey() {
        String commune = "24163";
        String road = submitIn(commune, "HT_GIAO_THONG", 12.72641, 108.11339, "Ổ gà lớn giữa đường");
        String waste = submitIn(commune, "VE_SINH_MOI_TRUONG", 12.72, 108.11, "Rác ùn ứ");
        String drain = submitIn(commune, "VE_SINH_MOI_TRUONG", 12.721, 108.112, "Rác chắn cống");
        String child = submitIn(commune, "BAO_VE_TRE_EM", 12.722, 108.113, "Trẻ em bị bỏ mặc");
        for (String id : List.of(road, waste, drain, child)) {
            routeTo(id, commune, "Phường Tân An", clock.instant().plus(Duration.ofDays(3)));
        }
        acknowledge(waste, "staff-1");
        post("/api/v1/reports/" + waste + "/start", staffFor(waste, "staff-1"), "{}");

        JsonNode all = anonymousJson("/api/v1/public/reports?commune={c}", commune);
        assertThat(ids(all)).containsExactlyInAnyOrder(road, waste, drain);
        assertThat(all.get("totalItems").asLong()).isEqualTo(3);
        JsonNode item = all.get("items").valueStream().filter(i -> i.get("id").asString().equals(road)).findFirst()
                .orElseThrow();
        assertThat(item.get("category").get("nameVi").asString()).isEqualTo("Hạ tầng giao thông, đường sá");
        assertThat(item.get("communeName").asString()).isEqualTo("Phường Tân An");
        assertThat(item.get("agency").asString()).isEqualTo("Tổ công nghệ số cộng đồng Phường Tân An");
        assertThat(item.get("location").get("lat").asDouble()).isEqualTo(12.726);
        assertThat(item.get("location").get("lon").asDouble()).isEqualTo(108.113);
        assertThat(item.get("statusLabel").asString()).isEqualTo("Đã chuyển đơn vị xử lý");
        assertThat(item.get("open").asBoolean()).isTrue();
        assertThat(item.get("submittedAt").asString()).endsWith("+07:00");

        assertThat(ids(anonymousJson("/api/v1/public/reports?commune={c}&category=HT_GIAO_THONG", commune)))
                .containsExactly(road);
        assertThat(ids(anonymousJson("/api/v1/public/reports?commune={c}&status=IN_PROGRESS,RESOLVED", commune)))
                .containsExactly(waste);
        assertThat(ids(anonymousJson("/api/v1/public/reports?commune={c}&category=BAO_VE_TRE_EM", commune))).isEmpty();
        LocalDate today = LocalDate.ofInstant(clock.instant(), PublicTime.VIETNAM);
        assertThat(ids(anonymousJson("/api/v1/public/reports?commune={c}&from={f}&to={t}", commune, today, today)))
                .hasSize(3);
        assertThat(ids(anonymousJson("/api/v1/public/reports?commune={c}&from={d}", commune, today.plusDays(1))))
                .isEmpty();

        JsonNode second = anonymousJson("/api/v1/public/reports?commune={c}&size=2&page=1", commune);
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(second.get("totalPages").asLong()).isEqualTo(2);

        for (String bad : List.of("commune=99999", "category=KHONG_CO", "status=DONE", "size=500",
                "from=2026-13-01", "from=2026-03-02&to=2026-03-01")) {
            var response = anonymous("/api/v1/public/reports?" + bad);
            assertThat(response.getStatusCode().value()).as(bad).isEqualTo(400);
            assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        }
    }

    @Test
    void statisticsCountReceivedResolvedOnTimeMedianAndSatisfactionPerCommuneAndCategory() {
        String commune = "24121";
        Instant start = clock.instant();
        String onTime = submitIn(commune, "CHIEU_SANG_CAY_XANH", 12.6579, 108.10684, "Đèn đường tắt");
        String late = submitIn(commune, "CHIEU_SANG_CAY_XANH", 12.658, 108.107, "Cây đổ chắn đường");
        String open = submitIn(commune, "CHIEU_SANG_CAY_XANH", 12.659, 108.108, "Đèn nhấp nháy");
        submitIn(commune, "AN_SINH_XA_HOI", 12.66, 108.109, "Chưa nhận trợ cấp");
        submitIn(commune, "BAO_LUC_GIA_DINH", 12.661, 108.11, "Bạo lực gia đình");
        routeTo(onTime, commune, "Phường Tân Lập", start.plus(Duration.ofDays(3)));
        routeTo(late, commune, "Phường Tân Lập", start.plus(Duration.ofHours(1)));
        routeTo(open, commune, "Phường Tân Lập", start.plus(Duration.ofDays(3)));
        acknowledge(onTime, "staff-1");
        acknowledge(late, "staff-1");

        clock.advance(Duration.ofDays(1));
        resolve(onTime, "staff-1", "Đã thay bóng đèn");
        clock.advance(Duration.ofDays(1));
        resolve(late, "staff-1", "Đã dọn cây đổ");
        rate(onTime, 5);
        rate(late, 2);

        LocalDate day = LocalDate.ofInstant(start, PublicTime.VIETNAM);
        JsonNode stats = anonymousJson("/api/v1/public/stats?commune={c}&from={f}&to={t}", commune, day.minusDays(1),
                day.plusDays(1));

        JsonNode lighting = row(stats, "CHIEU_SANG_CAY_XANH");
        assertThat(lighting.get("communeName").asString()).isEqualTo("Phường Tân Lập");
        assertThat(lighting.get("categoryName").asString()).isEqualTo("Chiếu sáng công cộng, cây xanh");
        assertThat(lighting.get("received").asLong()).isEqualTo(3);
        assertThat(lighting.get("resolved").asLong()).isEqualTo(2);
        assertThat(lighting.get("resolvedOnTime").asLong()).isEqualTo(1);
        assertThat(lighting.get("onTimeShare").asDouble()).isEqualTo(0.5);
        assertThat(lighting.get("medianHoursToResolve").asDouble()).isEqualTo(36.0);
        assertThat(lighting.get("averageSatisfaction").asDouble()).isEqualTo(3.5);
        assertThat(lighting.get("ratings").asLong()).isEqualTo(2);
        assertThat(row(stats, "AN_SINH_XA_HOI").get("received").asLong()).as("counted, never listed").isEqualTo(1);
        assertThat(stats.get("rows").valueStream().map(r -> r.get("categoryCode").asString()))
                .doesNotContain("BAO_LUC_GIA_DINH");
        assertThat(stats.get("total").get("received").asLong()).isEqualTo(4);

        assertThat(anonymous("/api/v1/public/stats?from=2024-01-01&to=2026-01-01").getStatusCode().value())
                .as("longer than 366 days").isEqualTo(400);
    }

    @Test
    void nothingSensitiveReachesAnyPublicEndpointOrOpen311Answer() {
        String commune = "24154";
        var response = post("/api/v1/reports", resident(), """
                {"category":"CHIEU_SANG_CAY_XANH","title":"Đèn hỏng trước nhà chị Trần Thị Bích Ngọc",
                 "description":"Đèn hỏng. Liên hệ chị trần thị bích ngọc 0987 654 321, CCCD 066190001234, ngoc.tran@example.vn, ảnh https://photos.example.vn/ngoc/123.jpg",
                 "communeCode":"%s","location":{"lat":12.656789,"lon":107.987654},
                 "addressText":"Số 12 hẻm 34 đường Y Wang",
                 "reporter":{"name":"Trần Thị Bích Ngọc","phone":"0987654321","email":"ngoc.tran@example.vn",
                             "zaloUserId":"zalo-ngoc-8841","preferredChannel":"ZALO"}}""".formatted(commune));
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        String id = response.getBody().get("id").asString();
        String trackingCode = response.getBody().get("trackingCode").asString();
        String violence = submitIn(commune, "BAO_LUC_GIA_DINH", 12.655, 107.987, "Chồng đánh vợ tại nhà số 5");
        String welfare = submitIn(commune, "AN_SINH_XA_HOI", 12.655, 107.987, "Hộ nghèo chưa nhận trợ cấp");
        String violenceCode = get("/api/v1/reports/" + violence).get("trackingCode").asString();
        for (String report : List.of(id, violence, welfare)) {
            routeTo(report, commune, "Phường Thành Nhất", clock.instant().plus(Duration.ofDays(2)));
        }
        acknowledge(id, "staff-secret-77");
        post("/api/v1/reports/" + id + "/ask", staffFor(id, "staff-secret-77"), "{\"text\":\"Cột đèn số mấy?\"}");
        post("/api/v1/reports/" + id + "/citizen/answer", resident(),
                "{\"text\":\"Cột số 7, nhà tôi ở cạnh, gọi 0987654321\"}");
        post("/api/v1/reports/" + id + "/assign", staffFor(id, "staff-secret-77"), "{\"memberId\":\"member-secret-99\"}");
        post("/api/v1/reports/" + id + "/notes", staffFor(id, "staff-secret-77"), "{\"text\":\"Ghi chú nội bộ bí mật\"}");
        resolve(id, "staff-secret-77", "Đã thay bóng đèn. Đã gọi lại cho chị Ngọc qua số 0987654321.");

        String window = "start_date={s}&end_date={e}";
        Instant from = clock.instant().minus(Duration.ofDays(1));
        Instant to = clock.instant().plus(Duration.ofDays(1));
        List<String> bodies = new ArrayList<>();
        for (String uri : List.of("/api/v1/public/reports?commune={c}", "/api/v1/public/reports?commune={c}&size=200",
                "/api/v1/public/stats?commune={c}")) {
            bodies.add(publicBody(uri, commune));
        }
        for (String format : List.of("json", "xml")) {
            bodies.add(publicBody("/open311/v2/requests." + format + "?" + window + "&extensions=true", from, to));
            bodies.add(publicBody("/open311/v2/requests." + format + "?service_request_id={ids}&extensions=true",
                    String.join(",", id, violence, welfare)));
            bodies.add(publicBody("/open311/v2/requests/" + id + "." + format + "?extensions=true"));
            bodies.add(publicBody("/open311/v2/servicerequestupdates." + format + "?" + window, from, to));
            bodies.add(publicBody("/open311/v2/tokens/" + trackingCode + "." + format));
        }

        assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotContain(
                "Bích Ngọc", "bích ngọc", "chị Ngọc", "0987654321", "987654321", "0987 654 321", "066190001234",
                "ngoc.tran@example.vn", "zalo-ngoc-8841", "photos.example.vn", "hẻm 34", "12.656789", "107.987654",
                "staff-secret-77", "member-secret-99", "Ghi chú nội bộ bí mật", "nhà tôi ở cạnh", violence,
                "Chồng đánh vợ", welfare, "Hộ nghèo"));
        assertThat(bodies.get(0)).contains(id, "[đã ẩn]", "12.657", "107.988", "Đã thay bóng đèn");
        assertThat(bodies.get(5)).as("the Open311 request with its history").contains(id, "Cột đèn số mấy?");

        for (String hidden : List.of(violence, welfare)) {
            assertThat(anonymous("/open311/v2/requests/" + hidden + ".json").getStatusCode().value()).isEqualTo(404);
        }
        assertThat(anonymous("/open311/v2/tokens/" + violenceCode + ".json").getStatusCode().value()).isEqualTo(404);
        assertThat(anonymous("/api/v1/reports/" + id).getStatusCode().value())
                .as("only /api/v1/public/** is open").isEqualTo(401);
    }

    private String publicBody(String uri, Object... variables) {
        var response = anonymous(uri, variables);
        assertThat(response.getStatusCode().value()).as(uri + " → " + response.getBody()).isEqualTo(200);
        return response.getBody();
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }

    private static JsonNode row(JsonNode stats, String category) {
        return stats.get("rows").valueStream().filter(r -> r.get("categoryCode").asString().equals(category))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + category + " in " + stats));
    }
}
