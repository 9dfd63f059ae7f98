package vn.gov.daklak.identity.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.identity.IdentityIntegrationTest;

/** Channel applications: their own tokens, registration by an administrator, revocation, rate limits. */
class ChannelClientsIntegrationTest extends IdentityIntegrationTest {

    @Test
    void theHotlineConsoleGetsATokenOfItsOwn() {
        Response response = form("/oauth2/token", Map.of("grant_type", "client_credentials",
                "scope", "feedback.read feedback.manage"), "daklak-hotline-console", "test-hotline-secret");

        assertThat(response.status()).isEqualTo(200);
        JsonNode claims = claims(response.json().get("access_token").asString());
        assertThat(claims.get("sub").asString()).isEqualTo("daklak-hotline-console");
        assertThat(claims.get("subject_type").asString()).isEqualTo("client");
        assertThat(claims.get("channel").asString()).isEqualTo("HOTLINE_CONSOLE");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"CHANNEL_APP\"]");
        assertThat(claims.get("acr")).isNull();
        assertThat(claims.get("scope").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("feedback.read", "feedback.manage");
        assertThat(claims.get("aud").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("feedback-service", "routing-service", "identity-service");
        assertThat(response.json().get("refresh_token")).isNull();
    }

    @Test
    void aWrongSecretIsRefused() {
        Response response = form("/oauth2/token", Map.of("grant_type", "client_credentials"),
                "daklak-hotline-console", "guess");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void anAdministratorRegistersAndRevokesAPartner() {
        String clientId = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        Response registered = post("/api/v1/clients", """
                {"clientId":"%s","name":"Đối tác Open311","channel":"OPEN311_PARTNER","confidential":true,
                 "grantTypes":["client_credentials"],"scopes":["open311"],"audiences":["feedback-service"],
                 "roles":["OPEN311_PARTNER"]}""".formatted(clientId), adminToken());
        assertThat(registered.status()).isEqualTo(201);
        String secret = registered.json().get("clientSecret").asString();
        assertThat(secret).hasSizeGreaterThan(30);
        assertThat(get("/api/v1/clients/" + clientId, adminToken()).json().get("clientSecret").isNull()).isTrue();

        Response token = form("/oauth2/token", Map.of("grant_type", "client_credentials"), clientId, secret);
        assertThat(token.status()).isEqualTo(200);
        // a single audience is written as a string (RFC 7519 allows both forms)
        assertThat(claims(token.json().get("access_token").asString()).get("aud").asString())
                .isEqualTo("feedback-service");

        assertThat(post("/api/v1/clients/" + clientId + "/revocation", "", adminToken()).json()
                .get("revoked").asBoolean()).isTrue();

        Response afterRevocation = form("/oauth2/token", Map.of("grant_type", "client_credentials"), clientId,
                secret);
        assertThat(afterRevocation.status()).isEqualTo(401);
        assertThat(afterRevocation.json().get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void revokingAResidentApplicationEndsItsRefreshTokens() {
        String clientId = "app-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post("/api/v1/clients", """
                {"clientId":"%s","name":"Ứng dụng thử","channel":"PROVINCE_APP","confidential":false,
                 "grantTypes":["phone_otp","refresh_token"],"scopes":["feedback.submit"],
                 "audiences":["feedback-service"],"signsIn":"RESIDENT"}""".formatted(clientId), adminToken())
                .status()).isEqualTo(201);
        String refresh = signInByPhone(newPhone(), clientId).get("refresh_token").asString();

        post("/api/v1/clients/" + clientId + "/revocation", "", adminToken());

        Response refreshed = form("/oauth2/token",
                Map.of("grant_type", "refresh_token", "client_id", clientId, "refresh_token", refresh), null, null);
        assertThat(refreshed.status()).isEqualTo(401);
    }

    @Test
    void tokenRequestsPerApplicationAreRateLimited() {
        String clientId = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = post("/api/v1/clients", """
                {"clientId":"%s","name":"Đối tác chậm","channel":"OPEN311_PARTNER","confidential":true,
                 "grantTypes":["client_credentials"],"scopes":["open311"],"audiences":["feedback-service"],
                 "rateLimitPerMinute":2}""".formatted(clientId), adminToken()).json().get("clientSecret").asString();

        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(form("/oauth2/token", Map.of("grant_type", "client_credentials"), clientId, secret)
                    .status());
        }

        // fixed one-minute windows: even if a window ends during the loop, five calls exceed two per window
        assertThat(statuses.subList(0, 2)).containsOnly(200);
        assertThat(statuses).contains(429);
    }

    @Test
    void registrationNamesBadFields() {
        Response response = post("/api/v1/clients", """
                {"clientId":"X","name":"","channel":"FAX","confidential":true,"grantTypes":[],"scopes":[],
                 "audiences":[]}""", adminToken());

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void onlyProvinceAdministratorsManageApplications() {
        Map<String, Object> claims = adminClaims();
        claims.put("roles", java.util.List.of("PROVINCE_OPERATIONS"));
        String operations = mint(claims, java.time.Instant.now(), java.time.Instant.now().plusSeconds(60));

        assertThat(get("/api/v1/clients", operations).status()).isEqualTo(403);
        assertThat(get("/api/v1/clients", null).status()).isEqualTo(401);
        assertThat(get("/api/v1/clients", adminToken()).status()).isEqualTo(200);
    }
}
