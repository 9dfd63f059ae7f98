package vn.gov.daklak.identity;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.platform.test.KafkaTestClient;
import vn.gov.daklak.platform.test.TestInfrastructure;
import vn.gov.daklak.platform.test.mongo.KeyedAccessExtension;

/**
 * The service on a real Kafka broker and a MongoDB endpoint ({@link TestInfrastructure}), on a fixed free port so the
 * issuer, the VNeID test provider and the tokens agree. Every integration test extends this class and declares no
 * properties of its own, so they all share one Spring context. Requests carry {@code X-Forwarded-For} with an address
 * of their own (the service trusts it in the tests), so per-IP limits of one test do not touch another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "identity.crypto.encryption-key=kz7auBMcfRWb8ctTvvIZxWQaC89blA+GGkUk7fnjomo=",
        "identity.crypto.hmac-key=lUeXOaTUgmP1ZSk1/vJlVfKqI9Niu9CXogr8y4J1EFQ=",
        "identity.vneid.client-id=daklak-feedback-test",
        "identity.vneid.client-secret=test-vneid-secret",
        "identity.vneid.mock.enabled=true",
        "identity.seed.demo-admin.phone=0900000001",
        "identity.clients.daklak-hotline-console.secret=test-hotline-secret",
        "server.forward-headers-strategy=framework",
        "logging.level.vn.gov.daklak=DEBUG"})
public abstract class IdentityIntegrationTest {
    /** Every command the service sends while a test runs reads by key, or is one of the named exemptions. */
    @RegisterExtension
    static final KeyedAccessExtension KEYED_ACCESS = new KeyedAccessExtension(IdentityKeyedAccess.EXEMPTIONS);

    protected static final int PORT = freePort();
    protected static final String BASE = "http://localhost:" + PORT;
    protected static final String ISSUER = BASE;
    protected static final String DEMO_ADMIN_PHONE = "+84900000001";
    protected static final String RESIDENT_APP = "daklak-province-app";
    protected static final String WEB_APP = "daklak-web";
    protected static final String STAFF_WEB = "daklak-staff-web";
    protected static final Duration TIMEOUT = Duration.ofSeconds(60);
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
        registry.add("server.port", () -> PORT);
        registry.add("identity.issuer", () -> ISSUER);
    }

    @Autowired
    protected JwtEncoder jwtEncoder;

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    protected static final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.shared().kafkaBootstrapServers());
    /** This test's own client address. */
    protected final String ip = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
            + (int) (Math.random() * 250);

    /** A fresh Vietnamese mobile number, so tests never share a phone. */
    protected static String newPhone() {
        return "09" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }

    protected Response post(String path, String json, String bearer) {
        HttpRequest.Builder request = request(path, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(request.build());
    }

    protected Response get(String path, String bearer) {
        return send(request(path, bearer).GET().build());
    }

    protected Response delete(String path, String bearer) {
        return send(request(path, bearer).DELETE().build());
    }

    protected Response form(String path, Map<String, String> fields, String basicUser, String basicSecret) {
        HttpRequest.Builder request = request(path, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":" + basicSecret).getBytes(UTF_8)));
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .header("X-Forwarded-For", ip).timeout(TIMEOUT);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request;
    }

    protected Response send(HttpRequest request) {
        return send(http, request);
    }

    protected static Response send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Asks for a code; returns the challenge id (202 expected). */
    protected String requestCode(String phone, String clientId) {
        Response response = post("/api/v1/auth/otp",
                "{\"phone\":\"" + phone + "\",\"clientId\":\"" + clientId + "\"}", null);
        if (response.status() != 202) {
            throw new AssertionError("code request answered " + response.status() + ": " + response.body());
        }
        return response.json().get("challengeId").asString();
    }

    /** The NotificationRequested the code went out in, read back from the topic. */
    protected ConsumerRecord<String, String> codeMessage(String challengeId) {
        List<ConsumerRecord<String, String>> records = kafka.awaitKey(Topics.NOTIFICATION_REQUESTED, challengeId, 1,
                TIMEOUT);
        if (records.isEmpty()) {
            throw new AssertionError("no NotificationRequested for challenge " + challengeId);
        }
        return records.get(0);
    }

    protected String codeOf(String challengeId) {
        return JSON.readTree(codeMessage(challengeId).value()).get("parameters").get("code").asString();
    }

    protected Response exchangeCode(String clientId, String challengeId, String code) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "urn:vn:gov:daklak:params:oauth:grant-type:phone-otp");
        fields.put("client_id", clientId);
        fields.put("challenge_id", challengeId);
        fields.put("code", code);
        return form("/oauth2/token", fields, null, null);
    }

    /** Phone sign-in end to end through a public application; returns the token response. */
    protected JsonNode signInByPhone(String phone, String clientId) {
        String challengeId = requestCode(phone, clientId);
        Response response = exchangeCode(clientId, challengeId, codeOf(challengeId));
        if (response.status() != 200) {
            throw new AssertionError("token request answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    /** A token signed with the service's own current key, claims as given (for admin calls and bad-token tests). */
    protected String mint(Map<String, Object> claims, Instant issuedAt, Instant expiresAt) {
        JwtClaimsSet.Builder builder = JwtClaimsSet.builder().issuedAt(issuedAt).expiresAt(expiresAt)
                .notBefore(issuedAt).id(UUID.randomUUID().toString());
        claims.forEach(builder::claim);
        return jwtEncoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type("at+jwt")
                .build(), builder.build())).getTokenValue();
    }

    /** What the staff web application's phone grant gives {@code demo.admin} (PROVINCE_ADMIN, scope identity.admin). */
    protected Map<String, Object> adminClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", "demo.admin");
        claims.put("aud", List.of("identity-service", "feedback-service"));
        claims.put("subject_type", "staff");
        claims.put("roles", List.of("PROVINCE_ADMIN"));
        claims.put("team_ids", List.of());
        claims.put("commune_codes", List.of());
        claims.put("acr", "phone");
        claims.put("client_id", STAFF_WEB);
        claims.put("channel", "STAFF_WEB");
        claims.put("scope", List.of("openid", "profile", "feedback.read", "feedback.manage", "feedback.submit",
                "identity.admin"));
        return claims;
    }

    protected String adminToken() {
        return mint(adminClaims(), Instant.now(), Instant.now().plusSeconds(300));
    }

    /** Claims of a JWT, unverified (the tests check what the service put in). */
    protected static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    protected static JsonNode header(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
    }

    protected static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected record Response(int status, String body, Map<String, List<String>> headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }
}
