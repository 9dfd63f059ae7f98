package vn.gov.daklak.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Access tokens as identity-service issues them (RS256, {@code typ: at+jwt}, the platform's claims), signed by a test
 * key whose JWKS this class serves over HTTP, so a service under test checks them exactly as in production.
 * {@link TestInfrastructure#register} points {@code platform.security.issuer} here. Also makes the bad tokens every
 * service must refuse: forged signature, {@code alg: none}, expired, wrong issuer, wrong audience.
 */
public final class TestTokens {
    public static final List<String> ALL_SERVICES = List.of("feedback-service", "routing-service",
            "notification-service", "identity-service");

    private static final RSAKey KEY = generate("test-key-1");
    private static final RSAKey FORGER = generate("test-key-1");
    private static final String ISSUER = serveJwks();

    private TestTokens() {
    }

    /** The issuer the tokens name, also the base of the JWKS ({@code /oauth2/jwks}). */
    public static String issuer() {
        return ISSUER;
    }

    public static Builder resident(String residentId) {
        return new Builder(residentId, "resident").roles("RESIDENT").acr("phone").clientId("daklak-province-app")
                .channel("PROVINCE_APP").scopes("openid", "feedback.submit", "feedback.read", "identity.me");
    }

    public static Builder staff(String staffId, String... roles) {
        return new Builder(staffId, "staff").roles(roles).acr("phone").clientId("daklak-staff-web")
                .channel("STAFF_WEB").scopes("openid", "feedback.read", "feedback.manage", "feedback.submit");
    }

    /** A channel application's own token (client credentials), e.g. the hotline console. */
    public static Builder application(String clientId, String channel, String... roles) {
        return new Builder(clientId, "client").roles(roles).clientId(clientId).channel(channel)
                .scopes("feedback.submit", "feedback.read");
    }

    /**
     * The tokens every service must refuse with 401, by what is wrong with them: each is {@code caller} made wrong in
     * one way (forged signature, expired, {@code alg: none}, another issuer, another service's audience), plus a
     * string that is no JWT at all. {@code caller} should be allowed on the endpoint the test calls, so only the
     * defect can explain the refusal.
     */
    public static Map<String, String> refusedVariantsOf(Supplier<Builder> caller, String anotherService) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("forged signature", caller.get().forged());
        tokens.put("expired", caller.get().expired().token());
        tokens.put("alg none", caller.get().unsigned());
        tokens.put("wrong issuer", caller.get().issuer("http://evil.example").token());
        tokens.put("wrong audience", caller.get().audience(anotherService).token());
        tokens.put("not a JWT", "not-a-token");
        return tokens;
    }

    public static final class Builder {
        private final String subject;
        private final String subjectType;
        private List<String> roles = List.of();
        private List<String> teams = List.of();
        private List<String> communes = List.of();
        private List<String> scopes = List.of();
        private List<String> audiences = ALL_SERVICES;
        private String acr;
        private String clientId;
        private String channel;
        private String phone;
        private String issuer = ISSUER;
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(10);

        private Builder(String subject, String subjectType) {
            this.subject = subject;
            this.subjectType = subjectType;
        }

        public Builder roles(String... values) {
            roles = List.of(values);
            return this;
        }

        public Builder teams(String... values) {
            teams = List.of(values);
            return this;
        }

        public Builder communes(String... values) {
            communes = List.of(values);
            return this;
        }

        public Builder scopes(String... values) {
            scopes = List.of(values);
            return this;
        }

        public Builder audience(String... values) {
            audiences = List.of(values);
            return this;
        }

        public Builder acr(String value) {
            acr = value;
            return this;
        }

        public Builder clientId(String value) {
            clientId = value;
            return this;
        }

        public Builder channel(String value) {
            channel = value;
            return this;
        }

        public Builder phone(String value) {
            phone = value;
            return this;
        }

        public Builder issuer(String value) {
            issuer = value;
            return this;
        }

        /** Issued an hour ago with a 10-minute lifetime. */
        public Builder expired() {
            issuedAt = Instant.now().minus(Duration.ofHours(1));
            return this;
        }

        /** The signed access token. */
        public String token() {
            return sign(KEY);
        }

        /** The same claims, signed by another key that claims the real key's id. */
        public String forged() {
            return sign(FORGER);
        }

        /** The same claims with {@code alg: none} and no signature. */
        public String unsigned() {
            String header = base64("{\"alg\":\"none\",\"typ\":\"at+jwt\"}");
            return header + "." + base64(claims().toString()) + ".";
        }

        /** An {@code Authorization} header value. */
        public String bearer() {
            return "Bearer " + token();
        }

        private JWTClaimsSet claims() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject)
                    .audience(new ArrayList<>(audiences)).issueTime(Date.from(issuedAt))
                    .notBeforeTime(Date.from(issuedAt)).expirationTime(Date.from(issuedAt.plus(lifetime)))
                    .jwtID(UUID.randomUUID().toString()).claim("scope", scopes).claim("subject_type", subjectType)
                    .claim("roles", roles).claim("team_ids", teams).claim("commune_codes", communes);
            if (acr != null && !subjectType.equals("client")) {
                claims.claim("acr", acr);
            }
            if (clientId != null) {
                claims.claim("client_id", clientId);
            }
            if (channel != null) {
                claims.claim("channel", channel);
            }
            if (phone != null) {
                claims.claim("phone_number", phone);
            }
            return claims.build();
        }

        private String sign(RSAKey key) {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                        .type(new JOSEObjectType("at+jwt")).build(), claims());
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String base64(String json) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serveJwks() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] jwks = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.setExecutor(null);
            server.start();
            Thread stopper = new Thread(() -> server.stop(0));
            Runtime.getRuntime().addShutdownHook(stopper);
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new IllegalStateException("Could not serve the test JWKS", e);
        }
    }
}
