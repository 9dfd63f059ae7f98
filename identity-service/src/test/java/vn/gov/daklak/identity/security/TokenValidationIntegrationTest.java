package vn.gov.daklak.identity.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.identity.IdentityIntegrationTest;

/**
 * identity-service's own protected endpoints accept only its own valid tokens meant for it: a forged signature, an
 * expired token, {@code alg: none}, another issuer or another audience get 401. Plus discovery, JWKS and rotation.
 */
class TokenValidationIntegrationTest extends IdentityIntegrationTest {
    private static final String ADMIN_ENDPOINT = "/api/v1/staff/demo.admin";
    private static final String RESIDENT_ENDPOINT = "/api/v1/me/export";

    @Test
    void aValidTokenIsAccepted() {
        assertThat(get(ADMIN_ENDPOINT, adminToken()).status()).isEqualTo(200);
        assertThat(get(RESIDENT_ENDPOINT, residentToken(residentClaims())).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {ADMIN_ENDPOINT, RESIDENT_ENDPOINT, "/userinfo"})
    void aForgedSignatureIs401(String endpoint) throws Exception {
        String kid = header(adminToken()).get("kid").asString();
        RSAKey attacker = new RSAKeyGenerator(2048).keyID(kid).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                JWTClaimsSet.parse(endpoint.equals(ADMIN_ENDPOINT) ? adminClaims() : residentClaims()));
        forged.sign(new RSASSASigner(attacker));

        assertUnauthorized(endpoint, forged.serialize());
    }

    @ParameterizedTest
    @ValueSource(strings = {ADMIN_ENDPOINT, RESIDENT_ENDPOINT})
    void anExpiredTokenIs401(String endpoint) {
        Instant past = Instant.now().minusSeconds(1200);
        assertUnauthorized(endpoint, mint(claimsFor(endpoint), past, past.plusSeconds(600)));
    }

    @ParameterizedTest
    @ValueSource(strings = {ADMIN_ENDPOINT, RESIDENT_ENDPOINT, "/userinfo"})
    void anUnsignedTokenIs401(String endpoint) {
        Map<String, Object> claims = new LinkedHashMap<>(claimsFor(endpoint));
        claims.put("iat", Instant.now().getEpochSecond());
        claims.put("exp", Instant.now().plusSeconds(300).getEpochSecond());
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(JSON.writeValueAsString(claims)) + ".";

        assertUnauthorized(endpoint, none);
    }

    @ParameterizedTest
    @ValueSource(strings = {ADMIN_ENDPOINT, RESIDENT_ENDPOINT})
    void anotherIssuerIs401(String endpoint) {
        Map<String, Object> claims = new LinkedHashMap<>(claimsFor(endpoint));
        claims.put("iss", "https://id.example.org");
        assertUnauthorized(endpoint, mint(claims, Instant.now(), Instant.now().plusSeconds(300)));
    }

    @ParameterizedTest
    @ValueSource(strings = {ADMIN_ENDPOINT, RESIDENT_ENDPOINT})
    void anotherAudienceIs401(String endpoint) {
        Map<String, Object> claims = new LinkedHashMap<>(claimsFor(endpoint));
        claims.put("aud", List.of("feedback-service"));
        assertUnauthorized(endpoint, mint(claims, Instant.now(), Instant.now().plusSeconds(300)));
    }

    @Test
    void garbageAndMissingTokensAre401() {
        assertUnauthorized(ADMIN_ENDPOINT, "not.a.jwt");
        Response missing = get(ADMIN_ENDPOINT, null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aResidentTokenCannotUseAdminEndpointsNorAStaffTokenResidentOnes() {
        assertThat(get(ADMIN_ENDPOINT, residentToken(residentClaims())).status()).isEqualTo(403);
        assertThat(get(RESIDENT_ENDPOINT, adminToken()).status()).isEqualTo(403);
    }

    @Test
    void discoveryAndJwksDescribeTheIssuer() {
        JsonNode openid = get("/.well-known/openid-configuration", null).json();
        assertThat(openid.get("issuer").asString()).isEqualTo(ISSUER);
        assertThat(openid.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(openid.get("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(openid.get("grant_types_supported").valueStream().map(JsonNode::asString))
                .contains("urn:vn:gov:daklak:params:oauth:grant-type:phone-otp", "authorization_code",
                        "refresh_token", "client_credentials");
        assertThat(openid.get("acr_values_supported").toString()).contains("vneid-2");
        JsonNode oauth = get("/.well-known/oauth-authorization-server", null).json();
        assertThat(oauth.get("issuer").asString()).isEqualTo(ISSUER);

        JsonNode jwks = get("/oauth2/jwks", null).json();
        assertThat(jwks.get("keys").size()).isPositive();
        assertThat(jwks.toString()).doesNotContain("\"d\"").doesNotContain("\"p\"");
    }

    @Test
    void rotationPublishesTheNewKeyAndKeepsThePreviousOne() {
        String before = adminToken();
        String oldKid = header(before).get("kid").asString();

        Response rotated = post("/api/v1/signing-keys/rotation", "", before);
        assertThat(rotated.status()).isEqualTo(200);
        String newKid = rotated.json().get("kid").asString();

        List<String> published = get("/oauth2/jwks", null).json().get("keys").valueStream()
                .map(k -> k.get("kid").asString()).toList();
        assertThat(published).contains(oldKid, newKid);
        String after = adminToken();
        assertThat(header(after).get("kid").asString()).isEqualTo(newKid);
        assertThat(get(ADMIN_ENDPOINT, before).status()).as("tokens of the previous key stay valid").isEqualTo(200);
        assertThat(get(ADMIN_ENDPOINT, after).status()).isEqualTo(200);
        assertThat(get("/api/v1/audit?action=signing-key.rotate", after).json().size()).isPositive();
    }

    private void assertUnauthorized(String endpoint, String token) {
        Response response = get(endpoint, token);
        assertThat(response.status()).as(endpoint + " " + response.body()).isEqualTo(401);
    }

    private Map<String, Object> claimsFor(String endpoint) {
        return endpoint.equals(RESIDENT_ENDPOINT) ? residentClaims() : adminClaims();
    }

    private Map<String, Object> residentClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", "res-not-a-real-account");
        claims.put("aud", List.of("identity-service", "feedback-service"));
        claims.put("subject_type", "resident");
        claims.put("roles", List.of("RESIDENT"));
        claims.put("acr", "phone");
        claims.put("client_id", RESIDENT_APP);
        claims.put("scope", List.of("openid", "identity.me"));
        return claims;
    }

    private String residentToken(Map<String, Object> claims) {
        return mint(claims, Instant.now(), Instant.now().plusSeconds(300));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(UTF_8));
    }
}
