package vn.gov.daklak.feedback.mine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.contracts.report.ReportSubmitted;
import vn.gov.daklak.feedback.FeedbackIntegrationTest;
import vn.gov.daklak.feedback.report.Report;
import vn.gov.daklak.platform.test.TestTokens;

/**
 * Assisted filing (the hotline console, a community digital-technology team member) for a resident's phone, the
 * resident claiming those reports by the phone number of their sign-in, their own list, and categories that need a
 * VNeID level 2 sign-in.
 */
class AssistedFilingTest extends FeedbackIntegrationTest {

    private static String forPhone(String phone) {
        return """
                {"category":"DIEN","title":"Đèn đường hỏng","description":"Ba cột đèn không sáng",
                 "communeCode":"24133","onBehalfOf":{"phone":"%s"}}""".formatted(phone);
    }

    @Test
    void theHotlineAndACommunityTeamFileForAPhoneAndTheResidentClaimsThemOnce() {
        String phone = "+8498" + String.valueOf(System.nanoTime()).substring(0, 7);
        String local = "0" + phone.substring(3);
        var byHotline = post("/api/v1/reports", hotlineConsole(), forPhone(local));
        assertThat(byHotline.getStatusCode().value()).isEqualTo(201);
        String hotlineReport = byHotline.getBody().get("id").asString();
        String cds = TestTokens.staff("cds-01", "TEAM_MEMBER").teams(TEAM).communes(COMMUNE).bearer();
        var byTeam = post("/api/v1/reports", cds, forPhone(phone));
        assertThat(byTeam.getStatusCode().value()).isEqualTo(201);
        String teamReport = byTeam.getBody().get("id").asString();

        Report stored = reports.find(hotlineReport).orElseThrow();
        assertThat(stored.channel().name()).isEqualTo("HOTLINE");
        assertThat(stored.ownership().filedBy()).isEqualTo("app:daklak-hotline-console");
        assertThat(stored.ownerId()).isNull();
        assertThat(stored.ownership().assurance()).isNull();
        assertThat(stored.ownership().onBehalfPhoneKey()).as("a keyed hash, not the number").hasSize(64)
                .doesNotContain(local.substring(1));
        assertThat(stored.reporter().phone()).as("the contact for notifications").isEqualTo(local);
        ReportSubmitted event = json.readValue(awaitEvents(hotlineReport, ReportSubmitted.class, 1)
                .get(0).value(), ReportSubmitted.class);
        assertThat(event.channel().name()).isEqualTo("HOTLINE");
        assertThat(event.assurance()).as("nobody signed in as the resident").isNull();
        assertThat(reports.find(teamReport).orElseThrow().ownership().filedBy()).isEqualTo("staff:cds-01");

        String resident = TestTokens.resident("res-claims").phone(phone).bearer();
        assertThat(getEntity("/api/v1/reports/" + hotlineReport, resident).getStatusCode().value())
                .as("not theirs before claiming").isEqualTo(403);
        var claimed = post("/api/v1/me/reports/claim", resident, null);
        assertThat(claimed.getStatusCode().value()).isEqualTo(200);
        assertThat(claimed.getBody().get("claimed").asLong()).isEqualTo(2);
        assertThat(claimed.getBody().get("reportIds").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(hotlineReport, teamReport);
        assertThat(post("/api/v1/me/reports/claim", resident, null).getBody().get("claimed").asLong())
                .as("idempotent").isEqualTo(2);

        assertThat(getEntity("/api/v1/reports/" + hotlineReport, resident).getStatusCode().value()).isEqualTo(200);
        assertThat(post("/api/v1/reports/" + hotlineReport + "/citizen/edit", resident, "{\"title\":\"Đèn hỏng\"}")
                .getStatusCode().value()).isEqualTo(200);
        JsonNode mine = getEntity("/api/v1/me/reports?size=1", resident).getBody();
        assertThat(mine.get("totalItems").asLong()).isEqualTo(2);
        assertThat(mine.get("items")).hasSize(1);
        assertThat(mine.get("totalPages").asInt()).isEqualTo(2);

        String someoneElse = TestTokens.resident("res-other").phone(phone).bearer();
        assertThat(post("/api/v1/me/reports/claim", someoneElse, null).getBody().get("claimed").asLong())
                .as("already claimed by the first resident").isZero();
        assertThat(post("/api/v1/me/reports/claim", resident("res-no-phone"), null).getStatusCode().value())
                .as("a sign-in without phone_number").isEqualTo(403);

        JsonNode staffView = get("/api/v1/reports/" + hotlineReport);
        assertThat(staffView.get("intake").get("assurance").asString()).isEqualTo("none");
        assertThat(staffView.get("intake").get("filedBy").asString()).isEqualTo("app:daklak-hotline-console");
        assertThat(staffView.get("intake").get("claimed").asBoolean()).isTrue();
    }

    @Test
    void assistedFilingNeedsTheResidentsPhoneAndResidentsFileOnlyForThemselves() {
        var withoutPhone = post("/api/v1/reports", hotlineConsole(), validReport());
        assertThat(withoutPhone.getStatusCode().value()).isEqualTo(400);
        assertThat(withoutPhone.getBody().get("detail").asString()).contains("onBehalfOf.phone");
        var badPhone = post("/api/v1/reports", hotlineConsole(), forPhone("12345"));
        assertThat(badPhone.getStatusCode().value()).isEqualTo(400);
        assertThat(badPhone.getBody().get("errors").get(0).get("field").asString()).isEqualTo("onBehalfOf.phone");
        assertThat(post("/api/v1/reports", resident(), forPhone("0912000111")).getStatusCode().value())
                .isEqualTo(403);
        String viaZalo = TestTokens.resident("res-zalo").channel("ZALO_MINI_APP").acr("vneid-1").bearer();
        var zalo = post("/api/v1/reports", viaZalo, validReport());
        assertThat(zalo.getStatusCode().value()).isEqualTo(201);
        Report stored = reports.find(zalo.getBody().get("id").asString()).orElseThrow();
        assertThat(stored.channel().name()).isEqualTo("ZALO");
        assertThat(stored.ownerId()).isEqualTo("res-zalo");
        assertThat(stored.ownership().assurance()).isEqualTo("vneid-1");
    }

    @Test
    void aCategoryThatNeedsVneidLevel2RefusesAPhoneSignInAndAcceptsLevel2() {
        String report = validReport().replace("VE_SINH_MOI_TRUONG", VNEID_LEVEL2_CATEGORY);
        var byPhone = post("/api/v1/reports", TestTokens.resident("res-2").acr("phone").bearer(), report);
        assertThat(byPhone.getStatusCode().value()).isEqualTo(403);
        assertThat(byPhone.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(byPhone.getBody().get("detail").asString()).contains("VNeID level 2");
        assertThat(post("/api/v1/reports", TestTokens.resident("res-2").acr("vneid-1").bearer(), report)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(post("/api/v1/reports", hotlineConsole(), report.replace("\"reporter\"",
                "\"onBehalfOf\":{\"phone\":\"0912000111\"},\"reporter\"")).getStatusCode().value())
                .as("nobody signed in as the resident").isEqualTo(403);

        var byVneid = post("/api/v1/reports", TestTokens.resident("res-2").acr("vneid-2").bearer(), report);
        assertThat(byVneid.getStatusCode().value()).isEqualTo(201);
        assertThat(reports.find(byVneid.getBody().get("id").asString()).orElseThrow().ownership().assurance())
                .isEqualTo("vneid-2");
        ReportSubmitted level2 = json.readValue(awaitEvents(byVneid.getBody().get("id").asString(),
                ReportSubmitted.class, 1).get(0).value(), ReportSubmitted.class);
        assertThat(level2.assurance()).as("the assurance level travels with the report").isEqualTo("vneid-2");
        assertThat(post("/api/v1/reports", TestTokens.resident("res-2").bearer(), validReport()).getStatusCode()
                .value()).as("other categories need no VNeID").isEqualTo(201);
    }
}
