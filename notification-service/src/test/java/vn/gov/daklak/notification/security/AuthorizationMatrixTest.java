package vn.gov.daklak.notification.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.gov.daklak.contracts.notification.Channel;
import vn.gov.daklak.contracts.notification.RecipientKind;
import vn.gov.daklak.notification.NotificationServiceIntegrationTest;
import vn.gov.daklak.notification.dispatch.Notification;
import vn.gov.daklak.notification.dispatch.Notifications;
import vn.gov.daklak.notification.recipients.InboxKeys;
import vn.gov.daklak.notification.recipients.Recipient;
import vn.gov.daklak.notification.recipients.Route;
import vn.gov.daklak.notification.templates.RenderedMessage;
import vn.gov.daklak.platform.test.TestTokens;

/**
 * Who may call which endpoint, with real tokens checked against the test issuer's JWKS: every endpoint without a
 * token, with the wrong role, team or commune, as another resident, and with the right caller; refused tokens;
 * 401/403 as problem details. One report ({@link #REPORT_ID}, team {@link #TEAM} in commune {@link #COMMUNE}) has a
 * notification for resident {@link #RESIDENT_ID} and one for staff member {@link #STAFF_ID}, stored directly.
 *
 * <p>Delivery records are province-wide staff's only: this service does not keep a report's current team, so even
 * the report's own team is refused. Marking read someone else's notification is a 404 (as for an unknown one), so
 * nobody learns whether an id exists.
 */
class AuthorizationMatrixTest extends NotificationServiceIntegrationTest {
    static final String REPORT_ID = "rpt-authz-" + UUID.randomUUID();
    static final String TEAM = "66-24121-CDS";
    static final String COMMUNE = "24121";
    static final String OTHER_TEAM = "66-24403-CDS";
    static final String OTHER_COMMUNE = "24403";
    static final String RESIDENT_ID = "res-authz-" + UUID.randomUUID();
    static final String STAFF_ID = "can-bo-authz-" + UUID.randomUUID();
    static final String DELIVERIES = "/api/v1/notifications?reportId=" + REPORT_ID;
    static final String INBOX = "/api/v1/me/notifications";
    static final String LOCAL_SINKS = "/api/v1/local-sinks?channel=SMS&address=%2B84900000001";
    static final Notification FOR_RESIDENT = Notification.pending("ev-authz-" + REPORT_ID, REPORT_ID,
            new Recipient(RecipientKind.CITIZEN, "reporter:" + REPORT_ID, "vi",
                    List.of(new Route(Channel.IN_APP, "DL-AUTHZ")), null, Set.of(InboxKeys.resident(RESIDENT_ID))),
            new RenderedMessage("report.received", Map.of(), "Phản ánh DL-AUTHZ đã được tiếp nhận."), 1,
            Instant.now());
    static final Notification FOR_STAFF = Notification.pending("ev-authz-staff-" + REPORT_ID, REPORT_ID,
            new Recipient(RecipientKind.STAFF, STAFF_ID, "vi", List.of(new Route(Channel.IN_APP, STAFF_ID)), null,
                    Set.of(InboxKeys.staff(STAFF_ID))),
            new RenderedMessage("staff.assigned", Map.of(), "Phản ánh mới DL-AUTHZ được giao cho tổ."), 2,
            Instant.now());
    static final String ONE = "/api/v1/notifications/" + FOR_RESIDENT.id();
    static final String UNKNOWN = "/api/v1/notifications/no-such-notification";
    static final String READ_RESIDENTS = INBOX + "/" + FOR_RESIDENT.id() + "/read";
    static final String READ_STAFFS = INBOX + "/" + FOR_STAFF.id() + "/read";

    // the callers
    static final String NONE = null;
    static final String RESIDENT = TestTokens.resident(RESIDENT_ID).bearer();
    static final String OTHER_RESIDENT = TestTokens.resident("res-authz-other").bearer();
    static final String HOTLINE_APP = TestTokens.application("daklak-hotline", "HOTLINE", "CHANNEL_APP").bearer();
    static final String APP_CLAIMING_ADMIN =
            TestTokens.application("rogue-app", "PROVINCE_APP", "PROVINCE_ADMIN").bearer();
    static final String APP_CLAIMING_RESIDENT =
            TestTokens.application("rogue-app", "PROVINCE_APP", "RESIDENT").bearer();
    static final String MEMBER = TestTokens.staff(STAFF_ID, "TEAM_MEMBER").teams(TEAM).communes(COMMUNE).bearer();
    static final String LEAD = TestTokens.staff("lead-authz", "TEAM_MEMBER", "TEAM_LEAD").teams(TEAM)
            .communes(COMMUNE).bearer();
    static final String CHAIRMAN = TestTokens.staff("chair-authz", "COMMUNE_CHAIRMAN").communes(COMMUNE).bearer();
    static final String OTHER_TEAM_MEMBER = TestTokens.staff("member-authz-2", "TEAM_MEMBER").teams(OTHER_TEAM)
            .communes(OTHER_COMMUNE).bearer();
    static final String OTHER_CHAIRMAN = TestTokens.staff("chair-authz-2", "COMMUNE_CHAIRMAN")
            .communes(OTHER_COMMUNE).bearer();
    static final String OPS_VIEWER = TestTokens.staff("viewer-authz", "OPS_VIEWER").bearer();
    static final String ADMIN = TestTokens.staff("admin-authz", "PROVINCE_ADMIN").bearer();
    private static boolean stored;

    @Autowired
    Notifications notifications;

    @BeforeEach
    void twoNotifications() {
        if (!stored) {
            notifications.insert(FOR_RESIDENT);
            notifications.insert(FOR_STAFF);
            stored = true;
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        // public: docs, actuator, and the local SMS outbox of the embedded default
        for (String path : List.of("/v3/api-docs", "/actuator/info", LOCAL_SINKS)) {
            rows.add(row("GET", path, NONE, "nobody", 200));
            rows.add(row("GET", path, RESIDENT, "resident", 200));
        }
        rows.add(row("POST", "/api/v1/local-sinks", NONE, "nobody", 401));
        // delivery records of a report, and one of them: province operations and administrators only
        for (String path : List.of(DELIVERIES, ONE)) {
            rows.add(row("GET", path, NONE, "nobody", 401));
            rows.add(row("GET", path, RESIDENT, "the resident it went to", 403));
            rows.add(row("GET", path, HOTLINE_APP, "channel application", 403));
            rows.add(row("GET", path, APP_CLAIMING_ADMIN, "application with PROVINCE_ADMIN role", 403));
            rows.add(row("GET", path, MEMBER, "member of the report's team", 403));
            rows.add(row("GET", path, LEAD, "lead of the report's team", 403));
            rows.add(row("GET", path, CHAIRMAN, "chairman of the report's commune", 403));
            rows.add(row("GET", path, OTHER_TEAM_MEMBER, "member of another team", 403));
            rows.add(row("GET", path, OTHER_CHAIRMAN, "chairman of another commune", 403));
            rows.add(row("GET", path, OPS_VIEWER, "ops viewer", 403));
            rows.add(row("GET", path, OPERATIONS, "province operations", 200));
            rows.add(row("GET", path, ADMIN, "province admin", 200));
        }
        // an unknown notification: 404 only for those who may see any; 403 for the rest (no probing of ids)
        rows.add(row("GET", UNKNOWN, NONE, "nobody", 401));
        rows.add(row("GET", UNKNOWN, RESIDENT, "resident", 403));
        rows.add(row("GET", UNKNOWN, MEMBER, "team member", 403));
        rows.add(row("GET", UNKNOWN, OPERATIONS, "province operations", 404));
        // the caller's own inbox: residents and staff, from their token
        rows.add(row("GET", INBOX, NONE, "nobody", 401));
        rows.add(row("GET", INBOX, HOTLINE_APP, "channel application", 403));
        rows.add(row("GET", INBOX, APP_CLAIMING_RESIDENT, "application with RESIDENT role", 403));
        rows.add(row("GET", INBOX, RESIDENT, "resident", 200));
        rows.add(row("GET", INBOX, OTHER_RESIDENT, "another resident", 200));
        rows.add(row("GET", INBOX, MEMBER, "team member", 200));
        rows.add(row("GET", INBOX, OPS_VIEWER, "ops viewer", 200));
        rows.add(row("GET", INBOX, ADMIN, "province admin", 200));
        // marking read: only what is in the caller's own inbox; anyone else's is 404 like an unknown id
        for (String path : List.of(READ_RESIDENTS, READ_STAFFS)) {
            rows.add(row("POST", path, NONE, "nobody", 401));
            rows.add(row("POST", path, HOTLINE_APP, "channel application", 403));
            rows.add(row("POST", path, APP_CLAIMING_RESIDENT, "application with RESIDENT role", 403));
            rows.add(row("POST", path, OTHER_RESIDENT, "another resident", 404));
            rows.add(row("POST", path, ADMIN, "province admin", 404));
        }
        rows.add(row("POST", READ_RESIDENTS, MEMBER, "a staff member", 404));
        rows.add(row("POST", READ_RESIDENTS, RESIDENT, "the resident it went to", 204));
        rows.add(row("POST", READ_STAFFS, RESIDENT, "a resident", 404));
        rows.add(row("POST", READ_STAFFS, OTHER_TEAM_MEMBER, "another staff member", 404));
        rows.add(row("POST", READ_STAFFS, MEMBER, "the staff member it went to", 204));
        rows.add(row("POST", INBOX + "/no-such-notification/read", RESIDENT, "resident, unknown id", 404));
        // any other path needs a token
        rows.add(row("GET", "/api/v1/nothing-here", NONE, "nobody", 401));
        return rows.stream();
    }

    private static Arguments row(String method, String path, String authorization, String caller, int expected) {
        return Arguments.of(method + " " + path, caller, authorization, expected);
    }

    @ParameterizedTest(name = "{0} as {1} → {3}")
    @MethodSource("matrix")
    void whoMayCallWhat(String request, String caller, String authorization, int expected) {
        String[] methodAndPath = request.split(" ", 2);
        MockMvcRequestBuilder builder = http.method(HttpMethod.valueOf(methodAndPath[0])).uri(methodAndPath[1]);
        if (authorization != null) {
            builder.header(AUTHORIZATION, authorization);
        }
        MvcTestResult result = builder.exchange();
        assertThat(result).hasStatus(expected);
        if (expected == 401 || expected == 403 || expected == 404) {
            expectProblem(result, expected);
        }
        if (expected == 200 && (request.startsWith("GET " + DELIVERIES) || request.startsWith("GET " + ONE))) {
            assertThat(result).bodyText().contains(FOR_RESIDENT.id()).contains(REPORT_ID);
        }
    }

    @Test
    void eachCallerSeesOnlyTheirOwnInbox() {
        assertThat(inbox(RESIDENT)).contains(FOR_RESIDENT.id()).doesNotContain(FOR_STAFF.id());
        assertThat(inbox(MEMBER)).contains(FOR_STAFF.id()).doesNotContain(FOR_RESIDENT.id());
        assertThat(inbox(OTHER_RESIDENT)).doesNotContain(FOR_RESIDENT.id()).doesNotContain(FOR_STAFF.id());
        assertThat(inbox(LEAD)).as("a team mate's staff inbox is theirs alone").doesNotContain(FOR_STAFF.id());
        assertThat(inbox(ADMIN)).doesNotContain(FOR_RESIDENT.id()).doesNotContain(FOR_STAFF.id());
    }

    @Test
    void theInterimIdentityHeadersGrantNothing() {
        assertThat(http.get().uri(INBOX).header("X-Resident-Id", RESIDENT_ID)).hasStatus(401);
        assertThat(http.get().uri(INBOX).header("X-Staff-Id", STAFF_ID)).hasStatus(401);
        assertThat(http.get().uri(INBOX).header("X-Recipient-Address", "DL-AUTHZ")).hasStatus(401);
        // a header next to a token does not widen the inbox either
        assertThat(http.get().uri(INBOX).header(AUTHORIZATION, OTHER_RESIDENT).header("X-Resident-Id", RESIDENT_ID)
                .header("X-Recipient-Address", "DL-AUTHZ")).bodyText().doesNotContain(FOR_RESIDENT.id());
    }

    static Stream<Arguments> refusedTokens() {
        return TestTokens.refusedVariantsOf(() -> TestTokens.staff("admin-01", "PROVINCE_ADMIN"), "routing-service")
                .entrySet().stream().map(bad -> Arguments.of(bad.getKey(), bad.getValue()));
    }

    @ParameterizedTest(name = "{0} → 401")
    @MethodSource("refusedTokens")
    void refusedTokensAre401(String why, String token) {
        for (String path : List.of(DELIVERIES, ONE, INBOX)) {
            MvcTestResult result = http.get().uri(path).header(AUTHORIZATION, "Bearer " + token).exchange();
            assertThat(result).as(path).hasStatus(401);
            expectProblem(result, 401);
        }
        MvcTestResult read = http.post().uri(READ_RESIDENTS).header(AUTHORIZATION, "Bearer " + token).exchange();
        assertThat(read).hasStatus(401);
        expectProblem(read, 401);
    }

    private String inbox(String authorization) {
        MvcTestResult result = http.get().uri(INBOX).header(AUTHORIZATION, authorization).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), UTF_8);
    }

    private static void expectProblem(MvcTestResult result, int status) {
        assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.status").asNumber().isEqualTo(status);
        assertThat(result).bodyJson().extractingPath("$.title").asString().isNotEmpty();
        if (status == 401) {
            assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        }
    }
}
