package vn.gov.daklak.identity.vneid;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser and an application going through the whole VNeID sign-in against the local test provider: authorization
 * request with PKCE, redirect to VNeID, the test citizen form, back to identity-service, the authorization code, the
 * token request.
 */
final class VneidSignIn {
    static final String CLIENT = "daklak-web";
    static final String REDIRECT = "https://phananh.daklak.gov.vn/auth/callback";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    VneidSignIn(String base) {
        this.base = base;
    }

    /** Signs in as the given test citizen; returns the final response of VNeID's step (302 expected). */
    HttpResponse<String> throughVneid(String nationalId, String fullName, String phone, String level) throws Exception {
        String verifier = randomVerifier();
        String state = UUID.randomUUID().toString();
        String authorize = base + "/oauth2/authorize?response_type=code&client_id=" + CLIENT + "&redirect_uri="
                + enc(REDIRECT) + "&scope=" + enc("openid profile feedback.submit identity.me") + "&state=" + state
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
        pending = new Pending(verifier, state);

        HttpResponse<String> toLogin = get(authorize);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(location(toLogin)).endsWith("/oauth2/authorization/vneid");

        HttpResponse<String> toVneid = get(location(toLogin));
        assertThat(toVneid.statusCode()).isEqualTo(302);
        URI vneidAuthorize = URI.create(location(toVneid));
        assertThat(vneidAuthorize.getPath()).isEqualTo("/mock-vneid/authorize");

        HttpResponse<String> page = get(vneidAuthorize.toString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("VNeID");

        Map<String, String> form = new LinkedHashMap<>(query(vneidAuthorize));
        form.put("national_id", nationalId);
        form.put("full_name", fullName);
        form.put("phone", phone == null ? "" : phone);
        form.put("level", level);
        HttpResponse<String> back = send(HttpRequest.newBuilder(URI.create(base + "/mock-vneid/authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
        assertThat(back.statusCode()).isEqualTo(302);
        return get(location(back));
    }

    /** Finishes after {@link #throughVneid}: follows to the application's redirect and redeems the code. */
    JsonNode tokens(HttpResponse<String> afterVneid) throws Exception {
        assertThat(afterVneid.statusCode()).as(afterVneid.body()).isEqualTo(302);
        HttpResponse<String> authorized = get(location(afterVneid));
        assertThat(authorized.statusCode()).as(authorized.body()).isEqualTo(302);
        URI callback = URI.create(location(authorized));
        assertThat(callback.toString()).startsWith(REDIRECT);
        Map<String, String> result = query(callback);
        assertThat(result.get("state")).isEqualTo(pending.state());

        HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of("grant_type", "authorization_code",
                        "code", result.get("code"), "redirect_uri", REDIRECT, "client_id", CLIENT,
                        "code_verifier", pending.verifier())))).build());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return JSON.readTree(token.body());
    }

    JsonNode signIn(String nationalId, String fullName, String phone, String level) throws Exception {
        return tokens(throughVneid(nationalId, fullName, phone, level));
    }

    private Pending pending;

    private HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : base + url))
                .header("Accept", "text/html").GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return browser.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8));
            }
        }
        return values;
    }

    private static String encode(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return out.toString();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, UTF_8);
    }

    private static String randomVerifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    private record Pending(String verifier, String state) {
    }
}
