package vn.gov.daklak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import vn.gov.daklak.platform.local.PlatformService;

/**
 * The web console in a real browser against the whole platform: a resident files a report on the web, the team
 * member sees it arrive live in the queue, works it to resolution with an after photo, the resident sees the
 * resolution when tracking it, the public map shows it in its commune, and operations see every service up; a
 * resident signs in with VNeID (identity-service's authorization code flow with PKCE, its local test provider).
 * Screenshots of each step go to {@code target/browser-screenshots/}. The steps build on each other, in order.
 */
@ExtendWith(SharedPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebConsoleBrowserIT {

    static final String RESIDENT_PHONE = "0912300001";
    static final String MEMBER_PHONE = "0900000021";
    static final String OPERATIONS_PHONE = "0900000022";
    static final String TITLE = "Rác thải chất đống trước cổng chợ";
    static final double LAT = 12.6675;
    static final double LON = 108.0378;

    static WebConsoleFixtures fixtures;
    static Browser team;
    static Browser resident;
    static String reportId;
    static String trackingCode;

    @BeforeAll
    static void browsersAndStaff() throws Exception {
        assumeTrue(Browser.available(), "chromium and chromium-driver are installed (.ci/run installs them)");
        fixtures = new WebConsoleFixtures(SharedPlatform.platform());
        fixtures.staff("web-can-bo-01", "TEAM_MEMBER", fixtures.teamAt(LAT, LON), MEMBER_PHONE);
        fixtures.staff("web-van-hanh-01", "PROVINCE_OPERATIONS", "66-PROVINCE-TRIAGE", OPERATIONS_PHONE);
        String web = SharedPlatform.platform().services().baseUrl(PlatformService.WEB_CONSOLE);
        team = Browser.phone("team", web);
        resident = Browser.phone("resident", web);
    }

    @AfterAll
    static void closeBrowsers() {
        if (team != null) {
            team.close();
        }
        if (resident != null) {
            resident.close();
        }
    }

    @Test
    @Order(1)
    void aResidentFilesOnTheWebAndTheTeamMemberSeesItArriveLiveInTheQueue() throws Exception {
        fixtures.signIn(team, "staff", MEMBER_PHONE);
        assertThat(team.path()).isEqualTo("/console/teams/" + fixtures.teamAt(LAT, LON));
        team.await(d -> "open".equals(team.find("#live-state").getDomAttribute("data-state")));
        team.script("window.__samePage = 'yes';");
        team.screenshot("1-queue-before");

        resident.open("/report/new");
        assertThat(resident.path()).as("filing needs a sign-in by phone code").isEqualTo("/sign-in");
        fixtures.signIn(resident, "resident", RESIDENT_PHONE);
        assertThat(resident.path()).isEqualTo("/report/new");
        assertThat(resident.find("label[for=category]").getText()).isEqualTo("Lĩnh vực");
        resident.select("#category", "VE_SINH_MOI_TRUONG");
        assertThat(resident.find("#category option:checked").getText()).startsWith("Vệ sinh môi trường");
        resident.type("#title", TITLE);
        resident.type("#description", "Rác không được thu gom ba ngày nay, bốc mùi khó chịu");
        resident.type("#lat", String.valueOf(LAT));
        resident.type("#lon", String.valueOf(LON));
        resident.type("#addressText", "Đường Lê Duẩn, Buôn Ma Thuột");
        resident.type("#name", "Trần Thị B");
        resident.type("#phone", RESIDENT_PHONE);
        resident.find("#photos").sendKeys(photo("truoc.jpg", Color.DARK_GRAY).toAbsolutePath().toString());
        resident.screenshot("2-filing-form");
        resident.click("#submit-report");
        trackingCode = resident.awaitVisible("#tracking-code").getText();
        assertThat(trackingCode).startsWith("DL-");
        resident.screenshot("3-filed");

        String row = "tr.queue-item";
        team.await(d -> !d.findElements(By.xpath("//tr[contains(@class,'queue-item')][.//a[text()='" + TITLE
                + "']]")).isEmpty());
        assertThat(team.script("return window.__samePage;")).as("the queue was updated without a reload")
                .isEqualTo("yes");
        reportId = team.driver().findElement(By.xpath("//tr[contains(@class,'queue-item')][.//a[text()='"
                + TITLE + "']]")).getDomAttribute("data-report-id");
        assertThat(team.driver().findElements(By.cssSelector(row))).isNotEmpty();
        team.screenshot("4-queue-live");
    }

    @Test
    @Order(2)
    void theTeamMemberOpensItAcknowledgesItUploadsTheAfterPhotoAndResolvesIt() throws Exception {
        team.driver().findElement(By.linkText(TITLE)).click();
        team.awaitVisible("#routing-reason");
        assertThat(team.find("#routing-reason").getText()).isNotBlank();
        team.await(d -> "true".equals(team.find("#map").getDomAttribute("data-ready")));
        team.await(d -> Boolean.TRUE.equals(team.script(
                "var i = document.querySelector('figure[data-kind=REPORT] img');"
                        + " return i != null && i.complete && i.naturalWidth > 0;")));
        team.screenshot("5-report");

        team.click("#acknowledge");
        team.awaitVisible("#action-done");
        assertThat(team.find("#report-status").getDomAttribute("data-status")).isEqualTo("ACKNOWLEDGED");

        team.click("#resolve-form textarea");
        team.type("#resolution", "Đã thu gom và vệ sinh khu vực");
        team.click("#resolve");
        team.awaitVisible("#action-problem");
        assertThat(team.find("#action-problem").getText()).as("the API's refusal in words")
                .contains("Thao tác này không phù hợp với trạng thái hiện tại của phản ánh");
        team.screenshot("6-resolve-refused-without-photo");

        team.find("#after-files").sendKeys(photo("sau.jpg", Color.LIGHT_GRAY).toAbsolutePath().toString());
        team.click("#upload-after");
        team.awaitVisible("#action-done");
        team.await(d -> !d.findElements(By.cssSelector("figure[data-kind=RESOLUTION] img")).isEmpty());
        team.type("#resolution", "Đã thu gom và vệ sinh khu vực");
        team.click("#resolve");
        team.awaitVisible("#report-status[data-status=RESOLVED]");
        assertThat(team.find("#action-done").getText()).isEqualTo("Đã hoàn thành xử lý phản ánh.");
        assertThat(team.find("#report-resolution").getText()).isEqualTo("Đã thu gom và vệ sinh khu vực");
        team.screenshot("7-resolved");
    }

    @Test
    @Order(3)
    void theResidentSeesTheResolutionOnTheTrackingPage() {
        resident.open("/track");
        resident.type("#code", trackingCode);
        resident.find("#code").submit();
        resident.awaitVisible("#report-status");
        assertThat(resident.path()).isEqualTo("/track/" + trackingCode);
        assertThat(resident.find("#report-status").getDomAttribute("data-status")).isEqualTo("RESOLVED");
        assertThat(resident.find("#report-status").getText()).isEqualTo("Đã giải quyết");
        assertThat(resident.find("#report-resolution").getText()).isEqualTo("Đã thu gom và vệ sinh khu vực");
        resident.screenshot("8-tracking-resolved");
    }

    @Test
    @Order(4)
    void thePublicMapShowsTheReportInItsCommune() throws Exception {
        String commune = fixtures.communeAt(LAT, LON);
        try (Browser visitor = Browser.desktop("public", SharedPlatform.platform().services()
                .baseUrl(PlatformService.WEB_CONSOLE))) {
            visitor.open("/map?commune=" + commune);
            assertThat(visitor.find("h1").getText()).isEqualTo("Bản đồ phản ánh");
            visitor.await(d -> "true".equals(visitor.find("#map").getDomAttribute("data-ready")));
            assertThat(visitor.driver().findElements(By.cssSelector("path.commune-" + commune)))
                    .as("the commune's official boundary is drawn, without a tile server").hasSize(1);
            assertThat(visitor.driver().findElements(By.cssSelector("path.commune"))).hasSize(102);
            assertThat(visitor.driver().findElements(By.cssSelector("path.report-" + reportId)))
                    .as("the report's point on the map").hasSize(1);
            var item = visitor.find("#public-reports li[data-report-id='" + reportId + "']");
            assertThat(item.getDomAttribute("data-commune")).isEqualTo(commune);
            assertThat(item.getText()).contains(TITLE);
            assertThat(visitor.find("#commune-stats tr[data-commune='" + commune + "']").getText())
                    .as("the commune's figures").isNotBlank();
            visitor.screenshot("9-map");

            visitor.click("#switch-language");
            visitor.await(d -> visitor.find("h1").getText().equals("Report map"));
            visitor.screenshot("10-map-english");
        }
    }

    @Test
    @Order(5)
    void theOperationsOverviewShowsEveryServiceUp() throws Exception {
        try (Browser operations = Browser.desktop("operations", SharedPlatform.platform().services()
                .baseUrl(PlatformService.WEB_CONSOLE))) {
            operations.open("/operations");
            fixtures.signIn(operations, "staff", OPERATIONS_PHONE);
            if (!operations.path().equals("/operations")) {
                operations.open("/operations");
            }
            assertThat(operations.find("#all-up").getDomAttribute("data-all-up")).isEqualTo("true");
            for (PlatformService service : PlatformService.apiServices()) {
                assertThat(operations.find("#services tr[data-service='" + service.moduleName() + "']")
                        .getDomAttribute("data-status")).as(service.moduleName()).isEqualTo("UP");
            }
            assertThat(operations.driver().findElements(By.cssSelector("#consumer-lag tbody tr")))
                    .as("consumer groups read from the broker").isNotEmpty();
            operations.screenshot("11-operations");
        }
    }

    @Test
    @Order(6)
    void aResidentSignsInWithVneidThroughIdentityServiceWithAnAuthorizationCodeAndPkce() {
        try (Browser vneid = Browser.phone("vneid", SharedPlatform.platform().services()
                .baseUrl(PlatformService.WEB_CONSOLE))) {
            vneid.open("/report/new");
            vneid.click("#vneid");
            vneid.awaitVisible("input[name=national_id]");
            assertThat(vneid.driver().getCurrentUrl()).as("identity-service's local VNeID test provider")
                    .contains("/mock-vneid");
            vneid.type("input[name=national_id]", "066200009876");
            vneid.type("input[name=full_name]", "Phạm Thị D");
            vneid.screenshot("12-vneid-provider");
            vneid.click("button[type=submit]");
            vneid.await(d -> vneid.path().equals("/report/new"));
            assertThat(vneid.find("#sign-out").isDisplayed()).isTrue();
            vneid.screenshot("13-vneid-signed-in");
        }
    }

    static Path photo(String name, Color color) throws Exception {
        BufferedImage image = new BufferedImage(96, 64, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 96, 64);
        g.dispose();
        Path file = Path.of("target", "browser-photos", name);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }
}
