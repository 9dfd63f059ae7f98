package vn.gov.daklak.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.identity.IdentityIntegrationTest;

/**
 * Every API endpoint of identity-service (and {@code /userinfo}) against every kind of caller, one row per endpoint ×
 * caller → expected status: 401 without a token, 403 for the wrong kind of caller (both as problem details with
 * {@code WWW-Authenticate: Bearer}), and through the access check for the right one — 2xx, or 400/404 on a
 * deliberately invalid body or an unknown id, so that the row changes nothing.
 * <ul>
 * <li>Administration needs a <em>staff member</em> with PROVINCE_ADMIN, signed in through an application given the
 * {@code identity.admin} scope: not another staff role, not a resident, not an application (even one whose token
 * claims PROVINCE_ADMIN), not a resident token claiming it, not an administrator signed in on the hotline console.</li>
 * <li>{@code /api/v1/me/**} needs a <em>resident's</em> token with the {@code identity.me} scope: not staff
 * (administrators included), not an application (even one whose token claims RESIDENT), not a resident's token an
 * application asked for without {@code identity.me}; it acts only on the token's subject ({@link
 * #aResidentActsOnlyOnTheirOwnAccount()}).</li>
 * <li>Team reads and asking for a sign-in code are public.</li>
 * </ul>
 * Tokens are identity's own: residents and the hotline console get theirs from the token endpoint (phone code,
 * client credentials); staff tokens are signed with the service's current key with the claims the token customizer
 * gives ({@link #mint}). Bad tokens (forged, expired, alg none, wrong issuer or audience) are in
 * {@link TokenValidationIntegrationTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends IdentityIntegrationTest {
    private static final String TEAM = "66-24133-CDS";
    private static final String HOTLINE = "daklak-hotline-console";
    private static final String HOTLINE_SECRET = "test-hotline-secret";
    /** Bodies that fail validation: the admin gets 400 and nothing is created or changed. */
    private static final String INVALID = "{}";

    enum Who {
        NOBODY, RESIDENT, RESIDENT_CLAIMING_ADMIN, TEAM_MEMBER, TEAM_LEAD, COMMUNE_CHAIRMAN, PROVINCE_OPERATIONS,
        OPS_VIEWER, STAFF_CLAIMING_RESIDENT, APPLICATION, APPLICATION_CLAIMING_ADMIN, APPLICATION_CLAIMING_RESIDENT,
        ADMIN,
        /** A PROVINCE_ADMIN signed in through the hotline console, which is not given {@code identity.admin}. */
        ADMIN_WITHOUT_ADMIN_SCOPE,
        /** A resident signed in through the province app, asking only for {@code openid feedback.submit}. */
        RESIDENT_WITHOUT_ME_SCOPE,
        /** A resident of their own, used only to delete their account. */
        RESIDENT_WHO_LEAVES
    }

    /** Everyone but the administrator (and nobody): refused administration with 403. */
    private static final List<Who> NOT_ADMINISTRATORS = List.of(Who.RESIDENT, Who.RESIDENT_CLAIMING_ADMIN,
            Who.TEAM_MEMBER, Who.TEAM_LEAD, Who.COMMUNE_CHAIRMAN, Who.PROVINCE_OPERATIONS, Who.OPS_VIEWER,
            Who.APPLICATION, Who.APPLICATION_CLAIMING_ADMIN, Who.ADMIN_WITHOUT_ADMIN_SCOPE);
    /** Valid tokens that are not a resident's own: refused {@code /api/v1/me} with 403. */
    private static final List<Who> NOT_RESIDENTS = List.of(Who.TEAM_MEMBER, Who.TEAM_LEAD, Who.COMMUNE_CHAIRMAN,
            Who.PROVINCE_OPERATIONS, Who.OPS_VIEWER, Who.STAFF_CLAIMING_RESIDENT, Who.ADMIN, Who.APPLICATION,
            Who.APPLICATION_CLAIMING_ADMIN, Who.APPLICATION_CLAIMING_RESIDENT, Who.RESIDENT_WITHOUT_ME_SCOPE);

    private final Map<Who, String> tokens = new EnumMap<>(Who.class);
    private String residentPhone;
    private String residentId;

    @BeforeAll
    void signIn() {
        residentPhone = newPhone();
        tokens.put(Who.RESIDENT, signInByPhone(residentPhone, RESIDENT_APP).get("access_token").asString());
        residentId = claims(tokens.get(Who.RESIDENT)).get("sub").asString();
        tokens.put(Who.RESIDENT_WHO_LEAVES, signInByPhone(newPhone(), WEB_APP).get("access_token").asString());
        tokens.put(Who.RESIDENT_CLAIMING_ADMIN, residentClaimingAdmin());
        tokens.put(Who.RESIDENT_WITHOUT_ME_SCOPE, residentWithScopes(newPhone(), "openid feedback.submit"));
        tokens.put(Who.TEAM_MEMBER, staff("can-bo-matrix", "TEAM_MEMBER"));
        tokens.put(Who.TEAM_LEAD, staff("to-truong-matrix", "TEAM_MEMBER", "TEAM_LEAD"));
        tokens.put(Who.COMMUNE_CHAIRMAN, staff("chu-tich-matrix", "COMMUNE_CHAIRMAN"));
        tokens.put(Who.PROVINCE_OPERATIONS, staff("dieu-hanh-matrix", "PROVINCE_OPERATIONS"));
        tokens.put(Who.OPS_VIEWER, staff("giam-sat-matrix", "OPS_VIEWER"));
        tokens.put(Who.STAFF_CLAIMING_RESIDENT, staff("can-bo-cu-dan-matrix", "RESIDENT"));
        tokens.put(Who.ADMIN, adminToken());
        tokens.put(Who.ADMIN_WITHOUT_ADMIN_SCOPE, adminThroughTheHotlineConsole());
        Response hotline = form("/oauth2/token", Map.of("grant_type", "client_credentials"), HOTLINE, HOTLINE_SECRET);
        assertThat(hotline.status()).as(hotline.body()).isEqualTo(200);
        tokens.put(Who.APPLICATION, hotline.json().get("access_token").asString());
        tokens.put(Who.APPLICATION_CLAIMING_ADMIN, application("PROVINCE_ADMIN"));
        tokens.put(Who.APPLICATION_CLAIMING_RESIDENT, application("RESIDENT"));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        // public: the team directory and step 1 of phone sign-in (an empty request is refused on its merits)
        for (String path : List.of("/api/v1/teams", "/api/v1/teams?communeCode=24133", "/api/v1/teams/" + TEAM)) {
            for (Who who : List.of(Who.NOBODY, Who.RESIDENT, Who.TEAM_MEMBER, Who.APPLICATION)) {
                rows.add(row("GET", path, null, who, 200));
            }
        }
        for (Who who : List.of(Who.NOBODY, Who.RESIDENT, Who.APPLICATION)) {
            rows.add(row("POST", "/api/v1/auth/otp", INVALID, who, 400));
        }
        // administration: staff with PROVINCE_ADMIN only
        admin(rows, "GET", "/api/v1/staff/demo.admin", null, 200);
        admin(rows, "POST", "/api/v1/staff", INVALID, 400);
        admin(rows, "PUT", "/api/v1/staff/demo.admin", INVALID, 400);
        admin(rows, "POST", "/api/v1/teams", INVALID, 400);
        admin(rows, "PUT", "/api/v1/teams/" + TEAM, INVALID, 400);
        admin(rows, "GET", "/api/v1/clients", null, 200);
        admin(rows, "GET", "/api/v1/clients/daklak-web", null, 200);
        admin(rows, "POST", "/api/v1/clients", INVALID, 400);
        admin(rows, "POST", "/api/v1/clients/no-such-client/revocation", null, 404);
        admin(rows, "POST", "/api/v1/clients/no-such-client/secret", null, 404);
        admin(rows, "GET", "/api/v1/signing-keys", null, 200);
        admin(rows, "GET", "/api/v1/audit", null, 200);
        admin(rows, "GET", "/api/v1/audit?limit=0", null, 400);
        // any other method or path under /api: administration as well
        admin(rows, "DELETE", "/api/v1/teams/" + TEAM, null, 405);
        admin(rows, "GET", "/api/v1/nothing-here", null, 404);
        // a resident's own account: the resident's token only
        resident(rows, "GET", "/api/v1/me/export", null, Who.RESIDENT, 200);
        resident(rows, "GET", "/api/v1/me/contact-preferences", null, Who.RESIDENT, 200);
        resident(rows, "PUT", "/api/v1/me/contact-preferences", INVALID, Who.RESIDENT, 400);
        resident(rows, "POST", "/api/v1/me/contact-preferences/verification", INVALID, Who.RESIDENT, 400);
        resident(rows, "DELETE", "/api/v1/me", null, Who.RESIDENT_WHO_LEAVES, 204);
        // OpenID Connect user info: a token the server issued with the openid scope
        rows.add(row("GET", "/userinfo", null, Who.NOBODY, 401));
        rows.add(row("GET", "/userinfo", null, Who.RESIDENT, 200));
        rows.add(row("GET", "/userinfo", null, Who.APPLICATION, 403));
        // a token signed with identity's key that the server never issued: userinfo looks tokens up, so 401
        rows.add(row("GET", "/userinfo", null, Who.ADMIN, 401));
        // last: the administrator's rotation (tokens of the previous key stay valid anyway)
        admin(rows, "POST", "/api/v1/signing-keys/rotation", null, 200);
        return rows.stream();
    }

    private static void admin(List<Arguments> rows, String method, String path, String body, int adminStatus) {
        rows.add(row(method, path, body, Who.NOBODY, 401));
        NOT_ADMINISTRATORS.forEach(who -> rows.add(row(method, path, body, who, 403)));
        rows.add(row(method, path, body, Who.ADMIN, adminStatus));
    }

    private static void resident(List<Arguments> rows, String method, String path, String body, Who resident,
                                 int residentStatus) {
        rows.add(row(method, path, body, Who.NOBODY, 401));
        NOT_RESIDENTS.forEach(who -> rows.add(row(method, path, body, who, 403)));
        rows.add(row(method, path, body, resident, residentStatus));
    }

    private static Arguments row(String method, String path, String body, Who who, int expected) {
        return Arguments.of(method, path, body, who, expected);
    }

    @ParameterizedTest(name = "{0} {1} {2} as {3} → {4}")
    @MethodSource("matrix")
    void whoMayCallWhat(String method, String path, String body, Who who, int expected) {
        Response response = call(method, path, body, tokens.get(who));

        assertThat(response.status()).as(method + " " + path + " as " + who + ": " + response.body())
                .isEqualTo(expected);
        if (path.equals("/userinfo") && (expected == 401 || expected == 403)) {
            assertOAuthError(response, expected, who != Who.NOBODY);
        } else if (expected == 401 || expected == 403) {
            assertProblem(response, expected);
        }
        if (who == Who.RESIDENT && expected == 200 && (path.equals("/userinfo") || path.startsWith("/api/v1/me"))) {
            JsonNode json = response.json();
            if (path.equals("/api/v1/me/export")) {
                assertThat(json.get("residentId").asString()).isEqualTo(residentId);
                assertThat(json.get("phone").asString()).endsWith(residentPhone.substring(1));
            } else if (path.equals("/userinfo")) {
                assertThat(json.get("sub").asString()).isEqualTo(residentId);
            }
        }
    }

    /**
     * The resident API has no resident id in it: whatever another resident's id is put in a query or a path, the
     * export and the deletion are of the token's resident.
     */
    @Test
    void aResidentActsOnlyOnTheirOwnAccount() {
        String victimPhone = newPhone();
        String victim = signInByPhone(victimPhone, RESIDENT_APP).get("access_token").asString();
        String victimId = claims(victim).get("sub").asString();

        for (String path : List.of("/api/v1/me/export?residentId=" + victimId, "/api/v1/me/export?sub=" + victimId)) {
            Response export = call("GET", path, null, tokens.get(Who.RESIDENT));
            assertThat(export.status()).as(path).isEqualTo(200);
            assertThat(export.json().get("residentId").asString()).as(path).isEqualTo(residentId);
            assertThat(export.body()).as(path).doesNotContain(victimId).doesNotContain(victimPhone.substring(1));
        }
        Response byPath = call("GET", "/api/v1/me/" + victimId + "/export", null, tokens.get(Who.RESIDENT));
        assertThat(byPath.status()).as(byPath.body()).isEqualTo(404);
        assertThat(byPath.body()).doesNotContain(victimPhone.substring(1));
        Response deleteByPath = call("DELETE", "/api/v1/me/" + victimId, null, tokens.get(Who.RESIDENT));
        assertThat(deleteByPath.status()).as(deleteByPath.body()).isIn(404, 405);

        // a third resident "deletes" the victim: it is their own account that goes
        String leaverPhone = newPhone();
        String leaver = signInByPhone(leaverPhone, RESIDENT_APP).get("access_token").asString();
        assertThat(call("DELETE", "/api/v1/me?residentId=" + victimId, null, leaver).status()).isEqualTo(204);

        Response victimsExport = call("GET", "/api/v1/me/export", null, victim);
        assertThat(victimsExport.status()).as("the victim's account is untouched").isEqualTo(200);
        assertThat(victimsExport.json().get("residentId").asString()).isEqualTo(victimId);
        assertThat(victimsExport.json().get("phone").asString()).endsWith(victimPhone.substring(1));
        assertThat(call("GET", "/api/v1/me/export", null, leaver).status())
                .as("the caller's own account is the one deleted").isEqualTo(404);
        assertThat(call("GET", "/api/v1/me/export", null, tokens.get(Who.RESIDENT)).status())
                .as("and nobody else's").isEqualTo(200);
    }

    private String staff(String staffId, String... roles) {
        Map<String, Object> claims = adminClaims();
        claims.put("sub", staffId);
        claims.put("roles", List.of(roles));
        claims.put("team_ids", List.of(TEAM));
        claims.put("commune_codes", List.of("24133"));
        claims.put("channel", "STAFF_WEB");
        claims.put("scope", List.of("openid", "profile", "feedback.read", "feedback.manage", "identity.admin"));
        return mint(claims, Instant.now(), Instant.now().plusSeconds(600));
    }

    /** A token shaped like the hotline console's own, with the given roles configured. */
    private String application(String role) {
        Map<String, Object> claims = adminClaims();
        claims.put("sub", HOTLINE);
        claims.put("subject_type", "client");
        claims.put("roles", List.of(role));
        claims.put("team_ids", List.of());
        claims.put("commune_codes", List.of());
        claims.remove("acr");
        claims.put("client_id", HOTLINE);
        claims.put("channel", "HOTLINE_CONSOLE");
        claims.put("scope", List.of("feedback.read", "feedback.manage", "identity.admin", "identity.me"));
        return mint(claims, Instant.now(), Instant.now().plusSeconds(600));
    }

    /** What the hotline console's phone grant gives a province administrator: its scopes, no {@code identity.admin}. */
    private String adminThroughTheHotlineConsole() {
        Map<String, Object> claims = adminClaims();
        claims.put("aud", List.of("feedback-service", "routing-service", "identity-service"));
        claims.put("client_id", HOTLINE);
        claims.put("channel", "HOTLINE_CONSOLE");
        claims.put("scope", List.of("feedback.read", "feedback.manage", "feedback.submit"));
        return mint(claims, Instant.now(), Instant.now().plusSeconds(600));
    }

    /** Phone sign-in through the province app asking for fewer scopes than the app may have. */
    private String residentWithScopes(String phone, String scope) {
        String challengeId = requestCode(phone, RESIDENT_APP);
        Response response = form("/oauth2/token", Map.of(
                "grant_type", "urn:vn:gov:daklak:params:oauth:grant-type:phone-otp", "client_id", RESIDENT_APP,
                "challenge_id", challengeId, "code", codeOf(challengeId), "scope", scope), null, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        String token = response.json().get("access_token").asString();
        assertThat(claims(token).get("scope").toString()).doesNotContain("identity.me");
        return token;
    }

    /** The signed-in resident's claims, with PROVINCE_ADMIN added to the roles. */
    private String residentClaimingAdmin() {
        JsonNode resident = claims(tokens.get(Who.RESIDENT));
        Map<String, Object> claims = adminClaims();
        claims.put("sub", resident.get("sub").asString());
        claims.put("subject_type", "resident");
        claims.put("roles", List.of("RESIDENT", "PROVINCE_ADMIN"));
        claims.put("client_id", RESIDENT_APP);
        claims.put("channel", "PROVINCE_APP");
        claims.put("scope", List.of("openid", "identity.me", "identity.admin"));
        return mint(claims, Instant.now(), Instant.now().plusSeconds(600));
    }

    private Response call(String method, String path, String body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(TIMEOUT)
                .header("X-Forwarded-For", ip)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    /**
     * {@code /userinfo} is the authorization server's (OIDC Core 5.3.3): its errors are OAuth ones (RFC 6750), not
     * problem details — a bare {@code WWW-Authenticate: Bearer} without a token, the error code otherwise.
     */
    private static void assertOAuthError(Response response, int status, boolean tokenPresented) {
        String challenge = String.valueOf(response.header("WWW-Authenticate"));
        if (!tokenPresented) {
            assertThat(challenge).as("WWW-Authenticate").startsWith("Bearer");
            return;
        }
        assertThat(challenge + " " + response.body()).as("error code")
                .contains(status == 403 ? "insufficient_scope" : "invalid_token");
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.header("Content-Type")).as("content type of " + response.body())
                .startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
}
