package vn.gov.daklak.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.reference.Categories;
import vn.gov.daklak.reference.Category;
import vn.gov.daklak.reference.Commune;
import vn.gov.daklak.reference.Communes;

/**
 * Valid bodies for {@code POST /api/v1/reports}: everyday categories of the taxonomy, at the label point (inside the
 * boundary) of each of the 102 communes and wards in turn, the reporter's contact being the resident's own phone.
 */
final class ReportBodies {
    /** Common, non-sensitive categories residents file at commune level (reference-data categories.json). */
    static final List<String> CATEGORIES = List.of("VE_SINH_MOI_TRUONG", "HT_GIAO_THONG", "TRAT_TU_DO_THI",
            "CAP_NUOC", "THOAT_NUOC_NGAP", "CHIEU_SANG_CAY_XANH", "DIEN", "O_NHIEM_MOI_TRUONG");
    private static final List<String> TITLES = List.of("Rác thải ùn ứ", "Mặt đường hư hỏng", "Lấn chiếm vỉa hè",
            "Mất nước sinh hoạt", "Ngập úng sau mưa", "Đèn đường không sáng", "Mất điện kéo dài", "Khói bụi ô nhiễm");

    private final JsonMapper json;
    private final List<Commune> communes = Communes.all();
    private final AtomicLong counter = new AtomicLong();

    ReportBodies(JsonMapper json) {
        this.json = json;
    }

    /** An urgent report (a category urgent by default, e.g. fire), at the next commune's label point. */
    String urgent(String reporterPhone) {
        Category category = Categories.all().stream()
                .filter(c -> "urgent".equals(c.urgencyDefault()) && !c.sensitive()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no category is urgent by default"));
        long n = counter.getAndIncrement();
        Commune commune = communes.get((int) (n % communes.size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", category.code());
        body.put("title", category.nameVi());
        body.put("description", category.nameVi() + " tại " + commune.fullName() + " (benchmark, khẩn " + n + ")");
        body.put("location", Map.of("lat", commune.labelLat(), "lon", commune.labelLon()));
        body.put("addressText", "Gần trụ sở UBND " + commune.fullName());
        body.put("reporter", Map.of("name", "Người dân thử tải", "phone", reporterPhone, "preferredChannel", "SMS"));
        return json.writeValueAsString(body);
    }

    String next(String reporterPhone) {
        long n = counter.getAndIncrement();
        Commune commune = communes.get((int) (n % communes.size()));
        int c = (int) ((n / communes.size() + n) % CATEGORIES.size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", CATEGORIES.get(c));
        body.put("title", TITLES.get(c));
        body.put("description", TITLES.get(c) + " tại " + commune.fullName() + ", đề nghị xử lý (benchmark " + n + ")");
        body.put("location", Map.of("lat", commune.labelLat(), "lon", commune.labelLon()));
        body.put("addressText", "Gần trụ sở UBND " + commune.fullName());
        body.put("reporter", Map.of("name", "Người dân thử tải", "phone", reporterPhone, "preferredChannel", "SMS"));
        return json.writeValueAsString(body);
    }
}
