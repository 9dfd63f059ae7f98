package vn.gov.daklak.identity.vneid.mock;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import vn.gov.daklak.identity.vneid.MockVneidPaths;

/**
 * A tiny OpenID Connect provider standing in for VNeID in the embedded default and the tests
 * ({@code identity.vneid.mock.enabled=true}), so the whole sign-in runs on one machine. It shows a form where one
 * types the test citizen (national ID, name, phone) and picks the level, then issues an authorization code and an
 * RS256 ID token carrying the configured claims ({@code citizen_id}, {@code name}, {@code phone_number}, {@code loa}
 * by default). It checks the client secret, the redirect URI and PKCE. Codes live in memory (one instance).
 * Never enable it in production: anyone can be anyone here.
 */
@RestController
@RequestMapping(MockVneidPaths.BASE)
@ConditionalOnBooleanProperty("identity.vneid.mock.enabled")
class MockVneidController {
    private static final Duration CODE_TTL = Duration.ofMinutes(2);

    private final RSAKey key;
    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, String> claimNames;
    private final Clock clock;
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();

    MockVneidController(@Value("${identity.issuer}") String platformIssuer,
                        @Value("${identity.vneid.client-id}") String clientId,
                        @Value("${identity.vneid.client-secret}") String clientSecret,
                        @Value("${identity.vneid.claims.national-id:citizen_id}") String nationalIdClaim,
                        @Value("${identity.vneid.claims.name:name}") String nameClaim,
                        @Value("${identity.vneid.claims.phone:phone_number}") String phoneClaim,
                        @Value("${identity.vneid.claims.assurance:loa}") String assuranceClaim,
                        Clock clock) throws JOSEException {
        this.issuer = strip(platformIssuer) + MockVneidPaths.BASE;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.claimNames = Map.of("nationalId", nationalIdClaim, "name", nameClaim, "phone", phoneClaim,
                "assurance", assuranceClaim);
        this.clock = clock;
        this.key = new RSAKeyGenerator(2048).keyID("mock-vneid-" + UUID.randomUUID()).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).generate();
    }

    @GetMapping("/.well-known/openid-configuration")
    Map<String, Object> configuration() {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("issuer", issuer);
        configuration.put("authorization_endpoint", issuer + "/authorize");
        configuration.put("token_endpoint", issuer + "/token");
        configuration.put("jwks_uri", issuer + "/jwks");
        configuration.put("response_types_supported", List.of("code"));
        configuration.put("subject_types_supported", List.of("pairwise"));
        configuration.put("id_token_signing_alg_values_supported", List.of("RS256"));
        configuration.put("code_challenge_methods_supported", List.of("S256"));
        return configuration;
    }

    @GetMapping("/jwks")
    Map<String, Object> jwks() {
        return Map.of("keys", List.of(key.toPublicJWK().toJSONObject()));
    }

    @GetMapping(value = "/authorize", produces = MediaType.TEXT_HTML_VALUE)
    String form(@RequestParam MultiValueMap<String, String> request) {
        StringBuilder hidden = new StringBuilder();
        for (String name : List.of("client_id", "redirect_uri", "state", "nonce", "code_challenge",
                "code_challenge_method", "scope")) {
            String value = request.getFirst(name);
            if (value != null) {
                hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(HtmlUtils.htmlEscape(value)).append("\">");
            }
        }
        return """
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>VNeID (thử nghiệm)</title></head>
                <body><h1>Đăng nhập VNeID — nhà cung cấp thử nghiệm</h1>
                <p>Chỉ dùng trên máy phát triển. Nhập công dân thử nghiệm và mức định danh.</p>
                <form method="post" action="%s/authorize">%s
                <label>Số định danh cá nhân <input name="national_id" value="066200001234" pattern="\\d{12}"></label><br>
                <label>Họ và tên <input name="full_name" value="Nguyễn Văn An"></label><br>
                <label>Số điện thoại <input name="phone" value=""></label><br>
                <label>Mức định danh <select name="level"><option value="2">Mức 2</option>
                <option value="1">Mức 1</option></select></label><br>
                <button type="submit">Đồng ý</button></form></body></html>
                """.formatted(MockVneidPaths.BASE, hidden);
    }

    @PostMapping(value = "/authorize", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> approve(@RequestParam MultiValueMap<String, String> form) {
        String redirectUri = form.getFirst("redirect_uri");
        if (!clientId.equals(form.getFirst("client_id")) || redirectUri == null) {
            return ResponseEntity.badRequest().build();
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Pending(redirectUri, form.getFirst("nonce"), form.getFirst("code_challenge"),
                form.getFirst("national_id"), form.getFirst("full_name"), form.getFirst("phone"),
                form.getFirst("level"), clock.instant().plus(CODE_TTL)));
        URI location = UriComponentsBuilder.fromUriString(redirectUri).queryParam("code", code)
                .queryParam("state", form.getFirst("state")).encode().build().toUri();
        return ResponseEntity.status(HttpStatus.FOUND).location(location).build();
    }

    @PostMapping(value = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> token(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false)
                                              String authorization,
                                              @RequestParam MultiValueMap<String, String> form) throws JOSEException {
        if (!authenticated(authorization, form)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "invalid_client"));
        }
        Pending pending = codes.remove(String.valueOf(form.getFirst("code")));
        if (pending == null || pending.expiresAt().isBefore(clock.instant())
                || !pending.redirectUri().equals(form.getFirst("redirect_uri"))
                || !pkceOk(pending.codeChallenge(), form.getFirst("code_verifier"))) {
            return ResponseEntity.badRequest().body(Map.of("error", "invalid_grant"));
        }
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("vneid-" + sha256(pending.nationalId()).substring(0, 24))
                .audience(clientId)
                .claim("azp", clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim(claimNames.get("nationalId"), pending.nationalId())
                .claim(claimNames.get("name"), pending.fullName())
                .claim(claimNames.get("assurance"), pending.level());
        if (pending.nonce() != null) {
            claims.claim("nonce", pending.nonce());
        }
        if (pending.phone() != null && !pending.phone().isBlank()) {
            claims.claim(claimNames.get("phone"), pending.phone());
        }
        SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        idToken.sign(new RSASSASigner(key));
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(Map.of(
                "access_token", UUID.randomUUID().toString(),
                "token_type", "Bearer",
                "expires_in", 600,
                "scope", "openid",
                "id_token", idToken.serialize()));
    }

    private boolean authenticated(String authorization, MultiValueMap<String, String> form) {
        if (authorization != null && authorization.startsWith("Basic ")) {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), UTF_8);
            return decoded.equals(urlEncode(clientId) + ":" + urlEncode(clientSecret));
        }
        return clientId.equals(form.getFirst("client_id")) && clientSecret.equals(form.getFirst("client_secret"));
    }

    private static boolean pkceOk(String challenge, String verifier) {
        if (challenge == null) {
            return verifier == null;
        }
        return verifier != null && challenge.equals(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(digest(verifier.getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
    }

    private static String sha256(String value) {
        return java.util.HexFormat.of().formatHex(digest(value.getBytes(UTF_8)));
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String urlEncode(String value) {
        return java.net.URLEncoder.encode(value, UTF_8);
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private record Pending(String redirectUri, String nonce, String codeChallenge, String nationalId, String fullName,
                           String phone, String level, Instant expiresAt) {
        @Override
        public String toString() {
            return "Pending[" + redirectUri + "]";
        }
    }
}
