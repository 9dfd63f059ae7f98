package vn.gov.daklak.console.signin;

import java.time.Instant;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.springframework.web.client.RestClient;

import vn.gov.daklak.console.api.ConsoleProperties;
import vn.gov.daklak.console.api.Json;
import vn.gov.daklak.console.api.ServiceClients;

/**
 * identity-service as this application's OAuth server: the phone one-time code (step 1 {@code POST
 * /api/v1/auth/otp}, step 2 the phone-code grant at {@code /oauth2/token}), refresh and revocation. The web console
 * is a public client, so it sends its {@code client_id} alone, as the platform's other web and app clients do.
 */
@Component
class IdentityClient {

    static final String PHONE_OTP_GRANT = "urn:vn:gov:daklak:params:oauth:grant-type:phone-otp";

    private final RestClient identity;

    IdentityClient(ConsoleProperties properties) {
        this.identity = ServiceClients.withoutToken(properties.services().identity());
    }

    /** Sends a code to {@code phone}; returns the challenge id to exchange with the code. */
    String requestCode(String phone, String clientId, String language) {
        Map<String, Object> answer = identity.post().uri("/api/v1/auth/otp")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("phone", phone, "clientId", clientId, "language", language))
                .retrieve().body(Json.OBJECT);
        return Json.text(answer, "challengeId");
    }

    SessionTokens exchangeCode(String clientId, String challengeId, String code) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", PHONE_OTP_GRANT);
        form.add("client_id", clientId);
        form.add("challenge_id", challengeId);
        form.add("code", code);
        return tokens(clientId, form);
    }

    /** The authorization code of identity-service's browser flow, with the PKCE verifier it was asked with. */
    SessionTokens exchangeAuthorizationCode(String clientId, String code, String redirectUri, String verifier) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("client_id", clientId);
        form.add("code", code);
        form.add("redirect_uri", redirectUri);
        form.add("code_verifier", verifier);
        return tokens(clientId, form);
    }

    SessionTokens refresh(SessionTokens tokens) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("client_id", tokens.clientId());
        form.add("refresh_token", tokens.refreshToken());
        return tokens(tokens.clientId(), form);
    }

    void revoke(SessionTokens tokens) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("client_id", tokens.clientId());
        form.add("token", tokens.refreshToken());
        form.add("token_type_hint", "refresh_token");
        identity.post().uri("/oauth2/revoke").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).retrieve().toBodilessEntity();
    }

    private SessionTokens tokens(String clientId, MultiValueMap<String, String> form) {
        Map<String, Object> answer = identity.post().uri("/oauth2/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Json.OBJECT);
        long expiresIn = ((Number) answer.get("expires_in")).longValue();
        return new SessionTokens(clientId, Json.text(answer, "access_token"), Json.text(answer, "refresh_token"),
                Instant.now().plusSeconds(expiresIn));
    }
}
