package vn.gov.daklak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.gov.daklak.platform.local.PlatformService;

/**
 * Who the web console lets in, against the whole platform: sessions signed in through its own forms (no browser
 * needed to read status codes). A resident is refused every staff page; a team member is refused another team's
 * report and queue (the services' 403, shown in words) and the operations and commune pages; no session is sent to
 * sign in; a form without its CSRF token is refused and changes nothing.
 */
@ExtendWith(SharedPlatform.class)
class WebConsoleAccessIT {

    static final String RESIDENT_PHONE = "0912300002";
    static final String OTHER_MEMBER_PHONE = "0900000023";
    static final String OTHER_COMMUNE = "24175";
    static final String REFUSED = "Không được phép";
    static final String SERVICE_REFUSED = "Bạn không có quyền xem hoặc xử lý nội dung này.";

    static SharedPlatform.Running platform;
    static WebConsoleFixtures fixtures;
    static String reportId;
    static String teamId;
    static String residentToken;

    @BeforeAll
    static void aRoutedReportAndAMemberOfAnotherTeam() throws Exception {
        platform = SharedPlatform.platform();
        fixtures = new WebConsoleFixtures(platform);
        teamId = fixtures.teamAt(12.6675, 108.0378);
        assertThat(teamId).doesNotContain(OTHER_COMMUNE);
        fixtures.staff("web-can-bo-khac", "TEAM_MEMBER", "66-" + OTHER_COMMUNE + "-CDS", OTHER_MEMBER_PHONE);
        residentToken = platform.signIn().accessToken(RESIDENT_PHONE, PlatformSignIn.RESIDENT_APP);
        var filed = platform.http().post(SharedPlatform.url(PlatformService.FEEDBACK, "/api/v1/reports"), """
                {"category":"VE_SINH_MOI_TRUONG","title":"Nước thải tràn ra đường",
                 "description":"Cống bị tắc, nước thải tràn ra mặt đường","location":{"lat":12.6675,"lon":108.0378},
                 "reporter":{"name":"Lê Văn C","phone":"%s","preferredChannel":"SMS"}}""".formatted(RESIDENT_PHONE),
                residentToken);
        assertThat(filed.status()).isEqualTo(201);
        reportId = filed.body().get("id").asString();
        platform.http().await(SharedPlatform.url(PlatformService.FEEDBACK, "/api/v1/reports/" + reportId),
                residentToken, r -> r.get("status").asString().equals("ROUTED"), SharedPlatform.WAIT);
    }

    static WebSession session() {
        return new WebSession(platform.services().baseUrl(PlatformService.WEB_CONSOLE));
    }

    @Test
    void withoutASessionEveryPageButThePublicOnesSendsToSignIn() {
        WebSession anonymous = session();
        assertThat(anonymous.get("/console").location()).endsWith("/sign-in?kind=staff");
        assertThat(anonymous.get("/console/reports/" + reportId).location()).endsWith("/sign-in?kind=staff");
        assertThat(anonymous.get("/operations").location()).endsWith("/sign-in?kind=staff");
        assertThat(anonymous.get("/overview").location()).endsWith("/sign-in?kind=staff");
        assertThat(anonymous.get("/report/new").location()).endsWith("/sign-in?kind=resident");
        for (String open : new String[] {"/", "/map", "/track", "/sign-in", "/public/communes.geojson"}) {
            assertThat(anonymous.get(open).status()).as(open).isEqualTo(200);
        }
    }

    @Test
    void aResidentIsRefusedEveryStaffPage() throws Exception {
        WebSession resident = session().signIn("resident", RESIDENT_PHONE, platform.signIn());
        for (String page : new String[] {"/console", "/console/teams/" + teamId, "/console/reports/" + reportId,
                "/overview", "/operations"}) {
            WebSession.Page answer = resident.get(page);
            assertThat(answer.status()).as(page).isEqualTo(403);
            assertThat(answer.body()).as(page).contains(REFUSED);
        }
        assertThat(resident.get("/report/new").status()).as("a resident files on the web").isEqualTo(200);
    }

    @Test
    void aTeamMemberIsRefusedAnotherTeamsReportAndQueueAndTheProvincePages() throws Exception {
        WebSession member = session().signIn("staff", OTHER_MEMBER_PHONE, platform.signIn());
        assertThat(member.get("/console/teams/66-" + OTHER_COMMUNE + "-CDS").status()).as("own queue")
                .isEqualTo(200);
        WebSession.Page report = member.get("/console/reports/" + reportId);
        assertThat(report.status()).as("another team's report").isEqualTo(403);
        assertThat(report.body()).contains(SERVICE_REFUSED);
        WebSession.Page queue = member.get("/console/teams/" + teamId);
        assertThat(queue.status()).as("another team's queue").isEqualTo(403);
        assertThat(queue.body()).contains(SERVICE_REFUSED);
        assertThat(member.get("/operations").status()).isEqualTo(403);
        assertThat(member.get("/overview").status()).isEqualTo(403);
        assertThat(member.get("/report/new").status()).as("filing is for residents").isEqualTo(403);
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefusedAndChangeNothing() throws Exception {
        WebSession anonymous = session();
        anonymous.get("/sign-in?kind=staff");
        int codes = platform.signIn().smsCount(OTHER_MEMBER_PHONE);
        assertThat(anonymous.postWithout("/sign-in/code", Map.of("kind", "staff", "phone", OTHER_MEMBER_PHONE))
                .status()).as("the sign-in form").isEqualTo(403);

        WebSession member = session().signIn("staff", OTHER_MEMBER_PHONE, platform.signIn());
        member.get("/console/teams/66-" + OTHER_COMMUNE + "-CDS");
        assertThat(member.postWithout("/console/reports/" + reportId + "/acknowledge", Map.of()).status())
                .as("a team action").isEqualTo(403);
        assertThat(member.postWithout("/console/reports/" + reportId + "/acknowledge",
                Map.of("_csrf", "forged-token")).status()).as("a forged token").isEqualTo(403);
        assertThat(member.postWithout("/sign-out", Map.of()).status()).as("sign-out").isEqualTo(403);
        assertThat(member.get("/console/teams/66-" + OTHER_COMMUNE + "-CDS").status())
                .as("still signed in").isEqualTo(200);

        assertThat(platform.http().get(SharedPlatform.url(PlatformService.FEEDBACK, "/api/v1/reports/" + reportId),
                residentToken).body().get("status").asString()).as("nothing changed").isEqualTo("ROUTED");
        assertThat(platform.signIn().smsCount(OTHER_MEMBER_PHONE)).as("no code sent by the refused form")
                .isEqualTo(codes + 1);

        assertThat(member.post("/sign-out", Map.of()).status()).as("sign-out with the token").isEqualTo(302);
        assertThat(member.get("/console/teams/66-" + OTHER_COMMUNE + "-CDS").status()).as("signed out")
                .isEqualTo(302);
    }
}
