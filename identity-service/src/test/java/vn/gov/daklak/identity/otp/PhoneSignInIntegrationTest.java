package vn.gov.daklak.identity.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.contracts.CloudEventHeaders;
import vn.gov.daklak.contracts.EventCatalog;
import vn.gov.daklak.contracts.notification.NotificationRequested;
import vn.gov.daklak.identity.IdentityIntegrationTest;
import vn.gov.daklak.platform.test.KafkaTestClient;

/** Phone sign-in end to end: the code travels as NotificationRequested on the real broker; tries, lockout, limits. */
class PhoneSignInIntegrationTest extends IdentityIntegrationTest {

    @Test
    void aResidentSignsInWithTheCodeSentAsNotificationRequested() {
        String phone = newPhone();
        String challengeId = requestCode(phone, RESIDENT_APP);

        ConsumerRecord<String, String> record = codeMessage(challengeId);
        assertThat(KafkaTestClient.header(record, CloudEventHeaders.TYPE))
                .isEqualTo(EventCatalog.of(NotificationRequested.class).type());
        JsonNode request = JSON.readTree(record.value());
        assertThat(request.get("requestId").asString()).isEqualTo(challengeId);
        assertThat(request.get("templateKey").asString()).isEqualTo("otp.code");
        assertThat(request.get("channel").asString()).isEqualTo("SMS");
        assertThat(request.get("urgent").asBoolean()).isTrue();
        assertThat(request.get("recipientKind").asString()).isEqualTo("CITIZEN");
        assertThat(request.get("address").asString()).isEqualTo("+84" + phone.substring(1));
        String code = request.get("parameters").get("code").asString();
        assertThat(code).matches("\\d{6}");

        Response token = exchangeCode(RESIDENT_APP, challengeId, code);

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.header("Cache-Control")).contains("no-store");
        JsonNode body = token.json();
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isBetween(500L, 600L);
        assertThat(body.get("refresh_token")).isNotNull();
        assertThat(body.get("id_token")).isNotNull();
        String accessToken = body.get("access_token").asString();
        assertThat(header(accessToken).get("typ").asString()).isEqualTo("at+jwt");
        assertThat(header(accessToken).get("alg").asString()).isEqualTo("RS256");
        assertThat(header(accessToken).get("kid")).isNotNull();
        JsonNode claims = claims(accessToken);
        assertThat(claims.get("iss").asString()).isEqualTo(ISSUER);
        assertThat(claims.get("sub").asString()).startsWith("res-");
        assertThat(claims.get("subject_type").asString()).isEqualTo("resident");
        assertThat(claims.get("acr").asString()).isEqualTo("phone");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"RESIDENT\"]");
        assertThat(claims.get("team_ids").toString()).isEqualTo("[]");
        assertThat(claims.get("commune_codes").toString()).isEqualTo("[]");
        assertThat(claims.get("client_id").asString()).isEqualTo(RESIDENT_APP);
        assertThat(claims.get("channel").asString()).isEqualTo("PROVINCE_APP");
        assertThat(claims.get("aud").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("feedback-service", "notification-service", "identity-service");
        assertThat(claims.get("scope").isArray()).isTrue();
        assertThat(claims.get("scope").valueStream().map(JsonNode::asString)).contains("feedback.submit", "phone");
        assertThat(claims.get("phone_number").asString()).isEqualTo("+84" + phone.substring(1));
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(600);

        // the same phone signs in to the same account
        assertThat(claims(signInByPhone(phone, RESIDENT_APP).get("access_token").asString()).get("sub").asString())
                .isEqualTo(claims.get("sub").asString());
    }

    @Test
    void aCodeWorksOnceAndRefreshTokensRotate() {
        String phone = newPhone();
        String challengeId = requestCode(phone, WEB_APP);
        String code = codeOf(challengeId);
        JsonNode tokens = exchangeCode(WEB_APP, challengeId, code).json();

        Response again = exchangeCode(WEB_APP, challengeId, code);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("error").asString()).isEqualTo("invalid_grant");

        String refresh = tokens.get("refresh_token").asString();
        Response refreshed = form("/oauth2/token",
                Map.of("grant_type", "refresh_token", "client_id", WEB_APP, "refresh_token", refresh), null, null);
        assertThat(refreshed.status()).isEqualTo(200);
        JsonNode renewed = refreshed.json();
        assertThat(renewed.has("refresh_token")).as(refreshed.body()).isTrue();
        assertThat(renewed.get("refresh_token").asString()).isNotEqualTo(refresh);
        assertThat(claims(renewed.get("access_token").asString()).get("sub").asString())
                .isEqualTo(claims(tokens.get("access_token").asString()).get("sub").asString());
        assertThat(claims(renewed.get("access_token").asString()).get("acr").asString()).isEqualTo("phone");

        Response reused = form("/oauth2/token",
                Map.of("grant_type", "refresh_token", "client_id", WEB_APP, "refresh_token", refresh), null, null);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void aPublicApplicationRevokesItsRefreshToken() {
        JsonNode tokens = signInByPhone(newPhone(), RESIDENT_APP);
        String refresh = tokens.get("refresh_token").asString();

        Response revoked = form("/oauth2/revoke", Map.of("client_id", RESIDENT_APP, "token", refresh,
                "token_type_hint", "refresh_token"), null, null);

        assertThat(revoked.status()).isEqualTo(200);
        Response refreshed = form("/oauth2/token",
                Map.of("grant_type", "refresh_token", "client_id", RESIDENT_APP, "refresh_token", refresh), null, null);
        assertThat(refreshed.status()).isEqualTo(400);
    }

    @Test
    void aCodeOfAnotherApplicationIsRefused() {
        String challengeId = requestCode(newPhone(), RESIDENT_APP);

        Response response = exchangeCode(WEB_APP, challengeId, codeOf(challengeId));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void fiveWrongCodesEndThatCodeButNeverLockTheOwnerOut() {
        String phone = newPhone();
        String challengeId = requestCode(phone, RESIDENT_APP);
        String right = codeOf(challengeId);
        String wrong = right.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 4; attempt++) {
            Response response = exchangeCode(RESIDENT_APP, challengeId, wrong);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("error").asString()).isEqualTo("invalid_grant");
            assertThat(response.json().get("error_description").asString())
                    .isEqualTo("The code is wrong; " + (5 - attempt) + " tries left");
        }
        Response fifth = exchangeCode(RESIDENT_APP, challengeId, wrong);
        assertThat(fifth.json().get("error_description").asString()).contains("ask for a new one");

        Response rightTooLate = exchangeCode(RESIDENT_APP, challengeId, right);
        assertThat(rightTooLate.status()).isEqualTo(400);
        assertThat(rightTooLate.json().get("error").asString()).isEqualTo("invalid_grant");

        // the owner asks for a new code and signs in with it: the phone number is not locked
        String again = requestCode(phone, RESIDENT_APP);
        Response signedIn = exchangeCode(RESIDENT_APP, again, codeOf(again));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
    }

    @Test
    void codesPerPhoneNumberAreRateLimited() {
        String phone = newPhone();
        for (int i = 0; i < 3; i++) {
            requestCode(phone, RESIDENT_APP);
        }

        Response fourth = post("/api/v1/auth/otp",
                "{\"phone\":\"" + phone + "\",\"clientId\":\"" + RESIDENT_APP + "\"}", null);

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(Long.parseLong(fourth.header("Retry-After"))).isPositive();
    }

    @Test
    void codeRequestsPerIpAddressAreRateLimited() {
        for (int i = 0; i < 20; i++) {
            requestCode(newPhone(), RESIDENT_APP);
        }

        Response over = post("/api/v1/auth/otp",
                "{\"phone\":\"" + newPhone() + "\",\"clientId\":\"" + RESIDENT_APP + "\"}", null);

        assertThat(over.status()).isEqualTo(429);
    }

    @Test
    void badRequestsAreProblemDetails() {
        Response badPhone = post("/api/v1/auth/otp", "{\"phone\":\"99887\",\"clientId\":\"" + RESIDENT_APP + "\"}",
                null);
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.json().get("errors").get(0).get("field").asString()).isEqualTo("phone");
        assertThat(badPhone.body()).doesNotContain("99887");

        Response noPhoneGrant = post("/api/v1/auth/otp",
                "{\"phone\":\"" + newPhone() + "\",\"clientId\":\"open311-nobody\"}", null);
        assertThat(noPhoneGrant.status()).isEqualTo(400);
    }

    @Test
    void staffSignInCarriesRolesTeamsAndCommunes() {
        String adminToken = signInByPhone("0900000001", STAFF_WEB).get("access_token").asString();
        JsonNode admin = claims(adminToken);
        assertThat(admin.get("sub").asString()).isEqualTo("demo.admin");
        assertThat(admin.get("subject_type").asString()).isEqualTo("staff");
        assertThat(admin.get("roles").toString()).isEqualTo("[\"PROVINCE_ADMIN\"]");

        String phone = newPhone();
        String staffId = "lead-" + phone.substring(4);
        Response created = post("/api/v1/staff", """
                {"staffId":"%s","displayName":"Trần Thị Lan","roles":["TEAM_LEAD","TEAM_MEMBER"],
                 "teamIds":["66-24133-CDS","66-PROVINCE-TRIAGE"],"preferredChannel":"SMS","phone":"%s"}"""
                .formatted(staffId, phone), adminToken);
        assertThat(created.status()).isEqualTo(201);

        JsonNode staff = claims(signInByPhone(phone, STAFF_WEB).get("access_token").asString());
        assertThat(staff.get("sub").asString()).isEqualTo(staffId);
        assertThat(staff.get("subject_type").asString()).isEqualTo("staff");
        assertThat(staff.get("acr").asString()).isEqualTo("phone");
        assertThat(staff.get("roles").toString()).isEqualTo("[\"TEAM_MEMBER\",\"TEAM_LEAD\"]");
        assertThat(staff.get("team_ids").toString()).isEqualTo("[\"66-24133-CDS\",\"66-PROVINCE-TRIAGE\"]");
        assertThat(staff.get("commune_codes").toString()).isEqualTo("[\"24133\"]");
        assertThat(staff.get("aud").valueStream().map(JsonNode::asString))
                .contains("feedback-service", "routing-service", "notification-service", "identity-service");

        JsonNode audit = get("/api/v1/audit?action=staff.create&actor=demo.admin", adminToken).json();
        assertThat(audit.valueStream()).anySatisfy(entry -> {
            assertThat(entry.get("target").asString()).isEqualTo("/api/v1/staff");
            assertThat(entry.get("status").asInt()).isEqualTo(201);
            assertThat(entry.get("clientId").asString()).isEqualTo(STAFF_WEB);
        });
    }

    @Test
    void aNumberNoStaffHasGetsAChallengeButNoMessage() {
        String challengeId = requestCode(newPhone(), STAFF_WEB);

        assertThat(kafka.readKeyFor(vn.gov.daklak.contracts.Topics.NOTIFICATION_REQUESTED, challengeId,
                java.time.Duration.ofSeconds(2))).isEmpty();
        Response response = exchangeCode(STAFF_WEB, challengeId, "123456");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).isEqualTo("invalid_grant");
    }
}
