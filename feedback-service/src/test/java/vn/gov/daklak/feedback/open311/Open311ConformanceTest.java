package vn.gov.daklak.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.w3c.dom.Document;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.feedback.transparency.PublicApiTestSupport;

/**
 * Open311 GeoReport v2 conformance: every endpoint of the spec (discovery, services, service definition, POST
 * request, GET requests, GET request, token) and FixMyStreet's {@code servicerequestupdates}, each in JSON and XML,
 * with the spec's error documents and status codes.
 */
class Open311ConformanceTest extends PublicApiTestSupport {
    static final String BASE = "/open311/v2/";
    static final String COMMUNE = "24169";
    static final String COMMUNE_NAME = "Phường Ea Kao";

    @Test
    void discoveryNamesTheEndpointItsSpecificationAndFormats() {
        JsonNode discovery = anonymousJson(BASE + "discovery.json");
        JsonNode endpoint = discovery.get("endpoints").get(0);
        assertThat(endpoint.get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.get("url").asString()).isEqualTo("http://localhost:" + port + "/open311/v2");
        assertThat(endpoint.get("type").asString()).isEqualTo("production");
        assertThat(endpoint.get("formats").valueStream().map(JsonNode::asString))
                .containsExactly("text/xml", "application/json");
        assertThat(discovery.get("key_service").asString()).contains("api_key");

        var xml = anonymous(BASE + "discovery.xml");
        assertThat(xml.getHeaders().getContentType().toString()).isEqualTo("text/xml;charset=UTF-8");
        Document document = xml(xml.getBody());
        assertThat(xpath(document, "/discovery/endpoints/endpoint/formats/format[2]")).isEqualTo("application/json");
        assertThat(xpath(document, "/discovery/contact")).contains("Đắk Lắk");

        var browser = http().get().uri("/api/v1/reports/" + submit()).header("Authorization", resident())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .retrieve().toEntity(String.class);
        assertThat(browser.getHeaders().getContentType()).as("XML stays inside Open311")
                .hasToString("application/json");
    }

    @Test
    void servicesAreThe31CategoriesWithVietnameseNamesGroupsKeywordsAndDefinitions() {
        JsonNode services = anonymousJson(BASE + "services.json");
        assertThat(services.size()).isEqualTo(31);
        JsonNode roads = service(services, "HT_GIAO_THONG");
        assertThat(roads.get("service_name").asString()).isEqualTo("Hạ tầng giao thông, đường sá");
        assertThat(roads.get("group").asString()).isEqualTo("Sở Xây dựng");
        assertThat(roads.get("keywords").asString()).contains("ổ gà");
        assertThat(roads.get("metadata").asBoolean()).isTrue();
        assertThat(roads.get("type").asString()).isEqualTo("realtime");
        assertThat(service(services, "KHAC").get("metadata").asBoolean()).isFalse();
        Document xml = xml(anonymous(BASE + "services.xml?jurisdiction_id=daklak.gov.vn").getBody());
        assertThat(count(xml, "/services/service")).isEqualTo(31);
        assertThat(xpath(xml, "/services/service[service_code='DIEN']/service_name")).isEqualTo("Điện");

        JsonNode definition = anonymousJson(BASE + "services/HT_GIAO_THONG.json");
        JsonNode subcategory = definition.get("attributes").get(0);
        assertThat(subcategory.get("code").asString()).isEqualTo("subcategory");
        assertThat(subcategory.get("variable").asBoolean()).isTrue();
        assertThat(subcategory.get("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(subcategory.get("values").valueStream().map(v -> v.get("key").asString()))
                .contains("HT_GIAO_THONG.MAT_DUONG").hasSize(5);
        assertThat(anonymousJson(BASE + "services/CHAY_NO.json").get("attributes").get(0).get("description")
                .asString()).contains("114");
        Document violence = xml(anonymous(BASE + "services/BAO_LUC_GIA_DINH.xml").getBody());
        assertThat(xpath(violence, "/service_definition/attributes/attribute[code='PRIVACY_NOTICE']/variable"))
                .isEqualTo("false");

        assertError(anonymous(BASE + "services/KHONG_CO.json"), 404, "service_code provided was not found");
        assertError(anonymous(BASE + "services.json?jurisdiction_id=hanoi.gov.vn"), 404, "jurisdiction_id");
        assertError(anonymous(BASE + "services.csv"), 404, "format .csv");
    }

    @Test
    void aRequestPostedFormEncodedGoesThroughTheIntakeAndIsAnsweredWithItsIdNoticeAndToken() {
        var posted = form("requests.json", fields("service_code", "HT_GIAO_THONG",
                "attribute[subcategory]", "HT_GIAO_THONG.MAT_DUONG", "lat", "12.6101234", "long", "108.0437567",
                "address_string", "Đường Y Moan, " + COMMUNE_NAME, "description", "Ổ gà sâu giữa đường",
                "phone", "+84 912 345 678", "first_name", "An", "last_name", "Lê Văn",
                "media_url", "https://cdn.example.vn/o-ga.jpg", "api_key", OPEN311_KEY));

        assertThat(posted.getStatusCode().value()).as(posted.getBody()).isEqualTo(200);
        JsonNode created = json.readTree(posted.getBody()).get(0);
        String id = created.get("service_request_id").asString();
        String token = created.get("token").asString();
        assertThat(token).matches("DL-[2-9A-Z]{7}");
        assertThat(created.get("service_notice").asString()).contains(token);
        assertThat(created.get("account_id").isNull()).isTrue();

        var records = awaitEvents(id, ReportSubmitted.class, 1);
        ReportSubmitted submitted = json.readValue(records.get(0).value(), ReportSubmitted.class);
        assertThat(submitted.channel().name()).as("the channel of the api_key").isEqualTo("OPEN311");
        assertThat(submitted.categoryCode()).isEqualTo("HT_GIAO_THONG");
        assertThat(submitted.title()).isEqualTo("Mặt đường hư hỏng, ổ gà, lún sụt");
        assertThat(submitted.description()).startsWith("Ổ gà sâu giữa đường")
                .contains("https://cdn.example.vn/o-ga.jpg");
        assertThat(submitted.reporter().name()).isEqualTo("Lê Văn An");
        assertThat(submitted.reporter().phone()).isEqualTo("+84912345678");
        assertThat(submitted.location().lat()).isEqualTo(12.6101234);

        var xmlPosted = form("requests.xml", Map.of("service_code", "VE_SINH_MOI_TRUONG",
                "address_string", "Tổ dân phố 3, " + COMMUNE_NAME, "description", "Rác ùn ứ ở chợ",
                "email", "cu.dan@example.vn", "api_key", OPEN311_KEY));
        assertThat(xmlPosted.getStatusCode().value()).as(xmlPosted.getBody()).isEqualTo(200);
        Document answer = xml(xmlPosted.getBody());
        String byAddress = xpath(answer, "/service_requests/request/service_request_id");
        assertThat(xpath(answer, "/service_requests/request/service_notice")).contains("Mã theo dõi");
        assertThat(anonymousJson(BASE + "requests/" + byAddress + ".json").get(0).get("address_id").asString())
                .as("the commune named in address_string").isEqualTo(COMMUNE);

        JsonNode tokens = anonymousJson(BASE + "tokens/" + token + ".json");
        assertThat(tokens.get(0).get("service_request_id").asString()).isEqualTo(id);
        assertThat(xpath(xml(anonymous(BASE + "tokens/" + token + ".xml").getBody()),
                "/service_requests/request/service_request_id")).isEqualTo(id);
        assertError(anonymous(BASE + "tokens/DL-2222222.json"), 404, "token");
    }

    @Test
    void aBadPostIsRefusedInTheSpecsErrorFormatAndStoresNothing() {
        long before = storedReports();
        Map<String, String> valid = Map.of("service_code", "DIEN", "lat", "12.61", "long", "108.04",
                "description", "Dây điện võng thấp", "phone", "0912345678", "api_key", OPEN311_KEY);

        assertError(form("requests.json", without(valid, "api_key")), 400, "api_key was not provided");
        assertError(form("requests.json", with(valid, "api_key", "wrong-key")), 403, "api_key");
        assertError(form("requests.xml", with(valid, "api_key", "daklak-demo-staff-key")), 403, "Open311 partner");
        assertError(form("requests.json", without(valid, "service_code")), 400, "service_code was not provided");
        assertError(form("requests.json", with(valid, "service_code", "KHONG_CO")), 404, "service_code");
        assertError(form("requests.json", with(valid, "jurisdiction_id", "hue.gov.vn")), 404, "jurisdiction_id");
        assertError(form("requests.json", with(without(valid, "lat"), "long", "108.04")), 400, "together");
        assertError(form("requests.json", without(without(valid, "lat"), "long")), 400, "address_id");
        assertError(form("requests.json", without(valid, "phone")), 400, "email or phone is required");
        assertError(form("requests.json", with(valid, "attribute[subcategory]", "HT_GIAO_THONG.MAT_DUONG")), 400,
                "attribute[subcategory]");
        assertError(form("requests.json", with(valid, "media_url", "file:///etc/passwd")), 400, "media_url");
        var twoErrors = form("requests.json", with(with(valid, "phone", "12345"), "lat", "91"));
        assertError(twoErrors, 400, "phone: must be a Vietnamese mobile number");
        assertThat(json.readTree(twoErrors.getBody()).valueStream().map(e -> e.get("description").asString()))
                .containsExactly("lat: must be less than or equal to 90", "phone: must be a Vietnamese mobile number");

        assertThat(storedReports()).isEqualTo(before);
    }

    @Test
    void requestsAreSearchedReadOneByOneAndShowDeadlineTeamStatusNotesAndHistory() {
        String pothole = created("HT_GIAO_THONG", "Ổ gà trước chợ");
        String lamp = created("CHIEU_SANG_CAY_XANH", "Đèn đường tắt");
        Instant resolveBy = Instant.parse("2026-12-03T10:00:00Z");
        routeTo(pothole, COMMUNE, COMMUNE_NAME, resolveBy);
        routeTo(lamp, COMMUNE, COMMUNE_NAME, resolveBy);

        JsonNode open = anonymousJson(BASE + "requests/" + pothole + ".json").get(0);
        assertThat(open.get("status").asString()).isEqualTo("open");
        assertThat(open.get("service_code").asString()).isEqualTo("HT_GIAO_THONG");
        assertThat(open.get("service_name").asString()).isEqualTo("Hạ tầng giao thông, đường sá");
        assertThat(open.get("agency_responsible").asString()).isEqualTo(teamName(COMMUNE_NAME));
        assertThat(open.get("expected_datetime").asString()).isEqualTo("2026-12-03T17:00:00+07:00");
        assertThat(open.get("requested_datetime").asString()).endsWith("+07:00");
        assertThat(open.get("address").asString()).isEqualTo(COMMUNE_NAME + ", Tỉnh Đắk Lắk");
        assertThat(open.get("lat").asDouble()).isEqualTo(12.61);
        assertThat(open.get("long").asDouble()).isEqualTo(108.044);
        assertThat(open.has("extended_attributes")).isFalse();
        assertThat(anonymous(BASE + "requests/" + pothole + ".xml").getBody()).as("null as an empty element")
                .contains("<zipcode/>").doesNotContain("xsi:nil");

        acknowledge(pothole, "staff-1");
        resolve(pothole, "staff-1", "Đã vá ổ gà bằng bê tông nhựa");
        JsonNode closed = anonymousJson(BASE + "requests/" + pothole + ".json?extensions=true").get(0);
        assertThat(closed.get("status").asString()).isEqualTo("closed");
        assertThat(closed.get("status_notes").asString()).isEqualTo("Đã vá ổ gà bằng bê tông nhựa");
        JsonNode notes = closed.get("extended_attributes").get("notes");
        assertThat(notes.valueStream().map(n -> n.get("type").asString()))
                .containsExactly("opened", "activity", "activity", "closed");
        assertThat(notes.toString()).doesNotContain("staff-1");
        Document xml = xml(anonymous(BASE + "requests/" + pothole + ".xml?extensions=true").getBody());
        assertThat(xpath(xml, "/service_requests/request/long")).isEqualTo("108.044");
        assertThat(xpath(xml, "/service_requests/request/extended_attributes/notes/note[4]/type")).isEqualTo("closed");
        assertError(anonymous(BASE + "requests/no-such-id.json"), 404, "service_request_id provided was not found");
        assertError(anonymous(BASE + "requests/no-such-id.xml"), 404, "service_request_id");

        assertThat(ids(anonymousJson(BASE + "requests.json?service_request_id={ids}", pothole + "," + lamp)))
                .containsExactlyInAnyOrder(pothole, lamp);
        String window = "start_date={s}&end_date={e}";
        Instant from = clock.instant().minus(Duration.ofHours(1));
        Instant to = clock.instant().plus(Duration.ofHours(1));
        assertThat(ids(anonymousJson(BASE + "requests.json?service_code=HT_GIAO_THONG,CHIEU_SANG_CAY_XANH"
                + "&status=closed&" + window, from, to))).contains(pothole).doesNotContain(lamp);
        assertThat(ids(anonymousJson(BASE + "requests.json?service_code=CHIEU_SANG_CAY_XANH&status=open&" + window,
                from, to))).contains(lamp).doesNotContain(pothole);
        assertThat(ids(anonymousJson(BASE + "requests.json"))).as("the last 90 days by default").contains(pothole);
        assertThat(ids(anonymousJson(BASE + "requests.json?" + window, from.minus(Duration.ofDays(10)),
                from.minus(Duration.ofDays(5))))).doesNotContain(pothole, lamp);
        assertThat(count(xml(anonymous(BASE + "requests.xml?service_request_id={id}", lamp).getBody()),
                "/service_requests/request")).isEqualTo(1);

        assertError(anonymous(BASE + "requests.json?" + window, from, from.plus(Duration.ofDays(91))), 400, "90 days");
        assertError(anonymous(BASE + "requests.json?" + window, to, from), 400, "before");
        assertError(anonymous(BASE + "requests.xml?start_date=yesterday"), 400, "start_date");
        assertError(anonymous(BASE + "requests.json?status=pending"), 400, "status");
        assertError(anonymous(BASE + "requests.json?service_code=KHONG_CO"), 400, "service_code");
        assertError(anonymous(BASE + "requests.json?jurisdiction_id=hcm.gov.vn"), 404, "jurisdiction_id");
    }

    @Test
    void serviceRequestUpdatesListPublicStatusChangesAsFixMyStreetReadsThem() {
        String id = created("THOAT_NUOC_NGAP", "Cống nghẹt gây ngập");
        routeTo(id, COMMUNE, COMMUNE_NAME, clock.instant().plus(Duration.ofDays(2)));
        acknowledge(id, "staff-1");
        resolve(id, "staff-1", "Đã nạo vét cống");
        String window = "start_date={s}&end_date={e}";
        Instant from = clock.instant().minus(Duration.ofHours(1));
        Instant to = clock.instant().plus(Duration.ofHours(1));

        List<JsonNode> updates = anonymousJson(BASE + "servicerequestupdates.json?" + window, from, to).valueStream()
                .filter(u -> u.get("service_request_id").asString().equals(id)).toList();
        assertThat(updates).extracting(u -> u.get("status").asString())
                .containsExactlyInAnyOrder("OPEN", "OPEN", "ACTION_SCHEDULED", "FIXED");
        JsonNode fixed = updates.stream().filter(u -> u.get("status").asString().equals("FIXED")).findFirst()
                .orElseThrow();
        assertThat(fixed.get("description").asString()).isEqualTo("Đã nạo vét cống");
        assertThat(fixed.get("external_status_code").asString()).isEqualTo("RESOLVED");
        assertThat(fixed.get("updated_datetime").asString()).endsWith("+07:00");
        assertThat(updates).extracting(u -> u.get("update_id").asString()).doesNotHaveDuplicates();

        Document xml = xml(anonymous(BASE + "servicerequestupdates.xml?" + window, from, to).getBody());
        assertThat(xpath(xml, "/service_request_updates/request_update[service_request_id='" + id
                + "' and status='FIXED']/description")).isEqualTo("Đã nạo vét cống");
        assertThat(ids(anonymousJson(BASE + "servicerequestupdates.json?" + window, to.plus(Duration.ofHours(1)),
                to.plus(Duration.ofHours(2))), "service_request_id")).doesNotContain(id);
        assertError(anonymous(BASE + "servicerequestupdates.json?end_date=soon"), 400, "end_date");
    }

    private String created(String serviceCode, String description) {
        var posted = form("requests.json", Map.of("service_code", serviceCode, "lat", "12.6101234",
                "long", "108.0437567", "description", description, "phone", "0912345678", "api_key", OPEN311_KEY));
        assertThat(posted.getStatusCode().value()).as(posted.getBody()).isEqualTo(200);
        return json.readTree(posted.getBody()).get(0).get("service_request_id").asString();
    }

    private ResponseEntity<String> form(String resource, Map<String, String> fields) {
        var body = new LinkedMultiValueMap<String, String>();
        fields.forEach(body::add);
        return http().post().uri(BASE + resource).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(body)
                .retrieve().toEntity(String.class);
    }

    /** The spec's error document: {@code [{code, description}]} in JSON, {@code <errors><error>} in XML. */
    private void assertError(ResponseEntity<String> response, int status, String description) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        if (response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)) {
            JsonNode errors = json.readTree(response.getBody());
            assertThat(errors.isArray()).isTrue();
            assertThat(errors.get(0).get("code").asInt()).isEqualTo(status);
            assertThat(errors.valueStream().map(e -> e.get("description").asString()))
                    .anySatisfy(text -> assertThat(text).contains(description));
        } else {
            Document xml = xml(response.getBody());
            assertThat(xpath(xml, "/errors/error[1]/code")).isEqualTo(String.valueOf(status));
            assertThat(xpath(xml, "/errors")).contains(description);
        }
    }

    private static JsonNode service(JsonNode services, String code) {
        return services.valueStream().filter(s -> s.get("service_code").asString().equals(code)).findFirst()
                .orElseThrow();
    }

    private static List<String> ids(JsonNode requests) {
        return ids(requests, "service_request_id");
    }

    private static List<String> ids(JsonNode list, String field) {
        return list.valueStream().map(r -> r.get(field).asString()).toList();
    }

    private static Map<String, String> fields(String... namesAndValues) {
        var fields = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        var copy = new LinkedHashMap<>(fields);
        copy.put(name, value);
        return copy;
    }

    private static Map<String, String> without(Map<String, String> fields, String name) {
        var copy = new LinkedHashMap<>(fields);
        copy.remove(name);
        return copy;
    }
}
