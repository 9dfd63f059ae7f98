package vn.gov.daklak.platform.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.platform.local.PlatformService;
import vn.gov.daklak.platform.local.PlatformServices;

/**
 * Signs in as residents and staff do on the embedded default: a one-time code requested from identity-service,
 * carried over Kafka to notification-service, read from its local SMS sink, exchanged for an access token.
 */
final class PlatformSignIn {
    static final String RESIDENT_APP = "daklak-province-app";
    static final String STAFF_APP = "daklak-staff-web";
    static final String DEMO_ADMIN_PHONE = "0900000001";
    private static final String PHONE_OTP_GRANT = "urn:vn:gov:daklak:params:oauth:grant-type:phone-otp";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final PlatformServices services;
    private final PlatformHttp http;
    private String adminToken;
    private long adminTokenUntil;

    PlatformSignIn(PlatformServices services, PlatformHttp http) {
        this.services = services;
        this.http = http;
    }

    /** The token response of a phone sign-in through {@code clientId}. */
    JsonNode signIn(String phone, String clientId) throws InterruptedException {
        int before = smsCount(phone);
        PlatformHttp.Response challenge = http.post(identity("/api/v1/auth/otp"),
                "{\"phone\":\"" + phone + "\",\"clientId\":\"" + clientId + "\"}", null);
        if (challenge.status() != 202) {
            throw new AssertionError("Sign-in code refused: " + challenge);
        }
        PlatformHttp.Response token = http.postForm(identity("/oauth2/token"), Map.of(
                "grant_type", PHONE_OTP_GRANT, "client_id", clientId,
                "challenge_id", challenge.body().get("challengeId").asString(), "code", codeAfter(phone, before)));
        if (token.status() != 200) {
            throw new AssertionError("Token refused: " + token);
        }
        return token.body();
    }

    /** How many SMS the local sink holds for {@code phone} (a Vietnamese number, 0…). */
    int smsCount(String phone) {
        return http.get(sink(phone)).body().size();
    }

    /**
     * The one-time code of the newest SMS to {@code phone} after the first {@code before} that holds one, once it has
     * arrived. Staff also get SMS about their team's reports, which may arrive in between.
     */
    String codeAfter(String phone, int before) throws InterruptedException {
        JsonNode messages = http.await(sink(phone), list -> code(list, before) != null, Duration.ofSeconds(30));
        return code(messages, before);
    }

    private static String code(JsonNode messages, int before) {
        for (int i = messages.size() - 1; i >= before; i--) {
            Matcher code = CODE.matcher(messages.get(i).get("text").asString());
            if (code.find()) {
                return code.group(1);
            }
        }
        return null;
    }

    private String sink(String phone) {
        String e164 = "+84" + phone.substring(1);
        return services.baseUrl(PlatformService.NOTIFICATION) + "/api/v1/local-sinks?channel=SMS&address="
                + URLEncoder.encode(e164, StandardCharsets.UTF_8);
    }

    /**
     * The demo administrator's token, signed in once and reused while it is valid: codes are limited to three per
     * phone and 20 per address in 15 minutes, and every end-to-end class needs the administrator.
     */
    synchronized String adminToken() throws InterruptedException {
        if (adminToken == null || System.nanoTime() > adminTokenUntil) {
            adminToken = accessToken(DEMO_ADMIN_PHONE, STAFF_APP);
            adminTokenUntil = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        }
        return adminToken;
    }

    String accessToken(String phone, String clientId) throws InterruptedException {
        return signIn(phone, clientId).get("access_token").asString();
    }

    private String identity(String path) {
        return services.baseUrl(PlatformService.IDENTITY) + path;
    }
}
