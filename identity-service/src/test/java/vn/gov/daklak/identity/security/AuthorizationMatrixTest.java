package vn.gov.daklak.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.gov.daklak.identity.IdentityIntegrationTest;

/**
 * Every API endpoint of identity-service against every kind of caller: 401 without a token, 403 for the wrong kind
 * of caller, and through the access check for the right one (2xx, or 400/404 on a deliberately empty body or an
 * unknown id, so the matrix changes nothing). Administration needs a staff member with PROVINCE_ADMIN — not another
 * staff role, not an application claiming that role; a resident's own account needs a resident's token and acts only
 * on that resident. Bad tokens (forged, expired, alg none, wrong issuer or audience) are in
 * {@link TokenValidationIntegrationTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends IdentityIntegrationTest {

    enum Who { NOBODY, RESIDENT, TEAM_MEMBER, TEAM_LEAD, COMMUNE_CHAIRMAN, PROVINCE_OPERATIONS, OPS_VIEWER,
        APPLICATION, APPLICATION_CLAIMING_ADMIN, ADMIN }

    private final Map<Who, String> tokens = new LinkedHashMap<>();
    private String residentPhone;

    @BeforeAll
    void signIn() {
        residentPhone = newPhone();
        tokens.put(Who.RESIDENT, signInByPhone(residentPhone, RESIDENT_APP).get("access_token").asString());
        tokens.put(Who.TEAM_MEMBER, staff("can-bo-matrix", "TEAM_MEMBER"));
        tokens.put(Who.TEAM_LEAD, staff("to-truong-matrix", "TEAM_LEAD"));
        tokens.put(Who.COMMUNE_CHAIRMAN, staff("chu-tich-matrix", "COMMUNE_CHAIRMAN"));
        tokens.put(Who.PROVINCE_OPERATIONS, staff("dieu-hanh-matrix", "PROVINCE_OPERATIONS"));
        tokens.put(Who.OPS_VIEWER, staff("giam-sat-matrix", "OPS_VIEWER"));
        tokens.put(Who.APPLICATION, application("CHANNEL_APP"));
        tokens.put(Who.APPLICATION_CLAIMING_ADMIN, application("PROVINCE_ADMIN"));
        tokens.put(Who.ADMIN, adminToken());
    }

    /** method, path, body (null: none), callers allowed, the status they get. */
    static Stream<Arguments> adminEndpoints() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/staff/demo.admin", null, 200),
                Arguments.of("POST", "/api/v1/staff", "{}", 400),
                Arguments.of("PUT", "/api/v1/staff/demo.admin", "{}", 400),
                Arguments.of("POST", "/api/v1/teams", "{}", 400),
                Arguments.of("PUT", "/api/v1/teams/66-24133-CDS", "{}", 400),
                Arguments.of("GET", "/api/v1/clients", null, 200),
                Arguments.of("GET", "/api/v1/clients/daklak-web", null, 200),
                Arguments.of("POST", "/api/v1/clients", "{}", 400),
                Arguments.of("POST", "/api/v1/clients/no-such-client/revocation", "{}", 404),
                Arguments.of("POST", "/api/v1/clients/no-such-client/secret", "{}", 404),
                Arguments.of("GET", "/api/v1/signing-keys", null, 200),
                Arguments.of("GET", "/api/v1/audit", null, 200));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("adminEndpoints")
    void administrationIsForProvinceAdministratorsOnly(String method, String path, String body, int adminStatus) {
        assertProblem(call(method, path, body, null), 401, method + " " + path + " without a token");
        for (Who who : Who.values()) {
            if (who == Who.NOBODY || who == Who.ADMIN) {
                continue;
            }
            assertProblem(call(method, path, body, tokens.get(who)), 403, method + " " + path + " as " + who);
        }
        assertThat(call(method, path, body, tokens.get(Who.ADMIN)).status()).as(method + " " + path + " as ADMIN")
                .isEqualTo(adminStatus);
    }

    @Test
    void rotatingTheSigningKeyIsForAdministratorsOnly() {
        // an administrator's rotation is shown by TokenValidationIntegrationTest#rotationPublishes…
        assertProblem(call("POST", "/api/v1/signing-keys/rotation", "{}", null), 401, "rotation without a token");
        for (Who who : List.of(Who.RESIDENT, Who.TEAM_LEAD, Who.PROVINCE_OPERATIONS, Who.OPS_VIEWER,
                Who.APPLICATION_CLAIMING_ADMIN)) {
            assertProblem(call("POST", "/api/v1/signing-keys/rotation", "{}", tokens.get(who)), 403,
                    "rotation as " + who);
        }
    }

    @Test
    void aResidentsOwnAccountIsForThatResidentOnly() {
        for (String request : List.of("GET /api/v1/me/export", "GET /api/v1/me/contact-preferences",
                "PUT /api/v1/me/contact-preferences")) {
            String method = request.split(" ")[0];
            String path = request.split(" ")[1];
            String body = method.equals("PUT") ? "{\"preferredChannel\":\"SMS\",\"language\":\"vi\"}" : null;
            assertProblem(call(method, path, body, null), 401, request + " without a token");
            for (Who who : List.of(Who.TEAM_MEMBER, Who.PROVINCE_OPERATIONS, Who.OPS_VIEWER, Who.APPLICATION,
                    Who.ADMIN)) {
                assertProblem(call(method, path, body, tokens.get(who)), 403, request + " as " + who);
            }
            assertThat(call(method, path, body, tokens.get(Who.RESIDENT)).status()).as(request).isEqualTo(200);
        }
        assertThat(call("GET", "/api/v1/me/export", null, tokens.get(Who.RESIDENT)).body())
                .as("the export is of the token's resident").contains(residentPhone.substring(1));
        assertProblem(call("DELETE", "/api/v1/me", null, null), 401, "delete without a token");
        assertProblem(call("DELETE", "/api/v1/me", null, tokens.get(Who.ADMIN)), 403, "an admin deleting 'me'");
        assertProblem(call("DELETE", "/api/v1/me", null, tokens.get(Who.APPLICATION)), 403,
                "an application deleting 'me'");

        String other = newPhone();
        String otherToken = signInByPhone(other, RESIDENT_APP).get("access_token").asString();
        assertThat(call("DELETE", "/api/v1/me", null, otherToken).status()).isEqualTo(204);
        Response mine = call("GET", "/api/v1/me/export", null, tokens.get(Who.RESIDENT));
        assertThat(mine.status()).as("deleting one account leaves another alone").isEqualTo(200);
        assertThat(mine.body()).contains(residentPhone.substring(1)).doesNotContain(other.substring(1));
    }

    @Test
    void teamsAndAskingForACodeArePublic() {
        assertThat(call("GET", "/api/v1/teams", null, null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/teams/66-24133-CDS", null, null).status()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/auth/otp", "{}", null).status())
                .as("public, and a bad request is refused on its merits").isEqualTo(400);
        assertThat(call("GET", "/.well-known/openid-configuration", null, null).status()).isEqualTo(200);
        assertThat(call("GET", "/oauth2/jwks", null, null).status()).isEqualTo(200);
    }

    @Test
    void userInfoNeedsAToken() {
        assertThat(call("GET", "/userinfo", null, null).status()).isEqualTo(401);
        assertThat(call("GET", "/userinfo", null, tokens.get(Who.RESIDENT)).status()).isEqualTo(200);
    }

    private String staff(String staffId, String role) {
        Map<String, Object> claims = adminClaims();
        claims.put("sub", staffId);
        claims.put("roles", List.of(role));
        claims.put("team_ids", List.of("66-24133-CDS"));
        claims.put("commune_codes", List.of("24133"));
        return mint(claims, Instant.now(), Instant.now().plusSeconds(600));
    }

    private String application(String role) {
        Map<String, Object> claims = adminClaims();
        claims.put("sub", "daklak-hotline-console");
        claims.put("subject_type", "client");
        claims.put("roles", List.of(role));
        claims.remove("acr");
        claims.put("client_id", "daklak-hotline-console");
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

    private static void assertProblem(Response response, int status, String what) {
        assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
    }
}
