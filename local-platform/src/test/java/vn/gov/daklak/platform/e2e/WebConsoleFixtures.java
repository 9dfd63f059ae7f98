package vn.gov.daklak.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.platform.local.PlatformService;

/**
 * What the web console's tests set up through the APIs: staff accounts (as the demo administrator), the commune and
 * team a place belongs to; and the phone-code sign-in typed into a browser, reading the code from the local SMS sink
 * as the person would read it on their phone.
 */
final class WebConsoleFixtures {

    private final SharedPlatform.Running platform;
    private final Map<String, JsonNode> located = new HashMap<>();

    WebConsoleFixtures(SharedPlatform.Running platform) {
        this.platform = platform;
    }

    /** Creates (or finds) a staff member with one role in one team. */
    void staff(String staffId, String role, String teamId, String phone) throws InterruptedException {
        int status = platform.http().post(SharedPlatform.url(PlatformService.IDENTITY, "/api/v1/staff"), """
                {"staffId":"%s","displayName":"Cán bộ %s","roles":["%s"],"teamIds":["%s"],
                 "preferredChannel":"SMS","phone":"%s"}""".formatted(staffId, staffId, role, teamId, phone),
                admin()).status();
        assertThat(status).as("staff " + staffId).isIn(201, 409);
    }

    String communeAt(double lat, double lon) {
        return locate(lat, lon).get("communeCode").asString();
    }

    /** The community digital team of the commune a place lies in (where routing sends a public-order report). */
    String teamAt(double lat, double lon) {
        return "66-" + communeAt(lat, lon) + "-CDS";
    }

    /** Signs in on the page the browser shows (or the sign-in page): phone, then the code from the SMS. */
    void signIn(Browser browser, String kind, String phone) throws InterruptedException {
        if (!browser.path().equals("/sign-in")) {
            browser.open("/sign-in?kind=" + kind);
        }
        browser.type("#phone", phone);
        int before = platform.signIn().smsCount(phone);
        browser.click("#send-code");
        browser.awaitVisible("#code");
        browser.type("#code", platform.signIn().codeAfter(phone, before));
        browser.click("#verify");
        browser.await(d -> !browser.path().startsWith("/sign-in"));
    }

    String admin() throws InterruptedException {
        return platform.signIn().adminToken();
    }

    private JsonNode locate(double lat, double lon) {
        return located.computeIfAbsent(lat + "," + lon, key -> platform.http().get(SharedPlatform.url(
                PlatformService.ROUTING, "/api/v1/jurisdictions/locate?lat=" + lat + "&lon=" + lon)).body());
    }
}
