package vn.gov.daklak.identity.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.identity.IdentityIntegrationTest;
import vn.gov.daklak.platform.test.KafkaTestClient;

/**
 * A resident says how they want to be told of their reports; identity-service keeps it and publishes
 * {@code ContactPreferencesChanged} (through the account's outbox) for notification-service.
 */
class ContactPreferencesIntegrationTest extends IdentityIntegrationTest {

    @Test
    void aResidentChoosesZaloInEnglishWithQuietHoursAndNotificationServiceIsTold() {
        String phone = newPhone();
        JsonNode tokens = signInByPhone(phone, RESIDENT_APP);
        String token = tokens.get("access_token").asString();
        String residentId = claims(token).get("sub").asString();

        JsonNode defaults = get("/api/v1/me/contact-preferences", token).json();
        assertThat(defaults.get("preferredChannel").asString()).as("a phone sign-in is reached by SMS")
                .isEqualTo("SMS");
        assertThat(defaults.get("language").asString()).isEqualTo("vi");

        Response saved = put("/api/v1/me/contact-preferences", """
                {"preferredChannel":"ZALO","language":"en","quietHoursStart":"22:00","quietHoursEnd":"06:30"}""",
                token);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(get("/api/v1/me/contact-preferences", token).json().get("preferredChannel").asString())
                .isEqualTo("ZALO");

        ConsumerRecord<String, String> event = kafka.awaitKey(Topics.CONTACT_PREFERENCES, residentId, 1, TIMEOUT)
                .get(0);
        JsonNode changed = JSON.readTree(event.value());
        assertThat(changed.get("preferredChannel").asString()).isEqualTo("ZALO");
        assertThat(changed.get("phone").asString()).as("the signed-in phone, for SMS and Zalo")
                .isEqualTo("+84" + phone.substring(1));
        assertThat(changed.get("language").asString()).isEqualTo("en");
        assertThat(changed.get("quietHoursStart").asString()).isEqualTo("22:00");
        assertThat(KafkaTestClient.header(event, "ce_type")).contains("contact-preferences");
    }

    @Test
    void aNewEmailOrZaloIdIsUsedOnlyAfterTheCodeSentToItIsEntered() {
        String token = signInByPhone(newPhone(), RESIDENT_APP).get("access_token").asString();
        String residentId = claims(token).get("sub").asString();
        String email = "nguoidan-" + residentId.substring(4, 12) + "@example.vn";

        Response asked = put("/api/v1/me/contact-preferences", """
                {"preferredChannel":"EMAIL","email":"%s","zaloUserId":"zalo-778899","language":"vi"}"""
                .formatted(email), token);
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        JsonNode state = asked.json();
        assertThat(state.get("email").isNull()).as("not in effect before it is verified").isTrue();
        assertThat(state.get("preferredChannel").asString()).as("e-mail has no verified address yet")
                .isEqualTo("SMS");
        assertThat(state.get("pendingVerification").valueStream().map(p -> p.get("channel").asString()))
                .containsExactlyInAnyOrder("EMAIL", "ZALO");
        JsonNode published = JSON.readTree(kafka.awaitKey(Topics.CONTACT_PREFERENCES, residentId, 1, TIMEOUT)
                .get(0).value());
        assertThat(published.get("email").isNull()).as("only verified addresses reach notification-service")
                .isTrue();
        assertThat(published.get("zaloUserId").isNull()).isTrue();

        // the codes went out through notification-service: to the new address (e-mail) and by Zalo to the phone
        var requests = kafka.awaitKey(Topics.NOTIFICATION_REQUESTED, residentId, 2, TIMEOUT).stream()
                .map(r -> JSON.readTree(r.value())).toList();
        JsonNode toEmail = requests.stream().filter(r -> r.get("channel").asString().equals("EMAIL")).findFirst()
                .orElseThrow();
        assertThat(toEmail.get("address").asString()).isEqualTo(email);
        String code = toEmail.get("parameters").get("code").asString();

        String wrong = code.equals("000000") ? "111111" : "000000";
        Response refused = post("/api/v1/me/contact-preferences/verification",
                "{\"channel\":\"EMAIL\",\"code\":\"" + wrong + "\"}", token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(get("/api/v1/me/contact-preferences", token).json().get("email").isNull()).isTrue();

        Response verified = post("/api/v1/me/contact-preferences/verification",
                "{\"channel\":\"EMAIL\",\"code\":\"" + code + "\"}", token);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("email").asString()).isEqualTo(email);
        assertThat(verified.json().get("preferredChannel").asString()).isEqualTo("EMAIL");
        assertThat(verified.json().get("pendingVerification").valueStream().map(p -> p.get("channel").asString()))
                .containsExactly("ZALO");
        JsonNode now = JSON.readTree(kafka.awaitKey(Topics.CONTACT_PREFERENCES, residentId, 2, TIMEOUT).get(1)
                .value());
        assertThat(now.get("email").asString()).isEqualTo(email);
        assertThat(now.get("zaloUserId").isNull()).as("the Zalo id still waits for its code").isTrue();

        assertThat(post("/api/v1/me/contact-preferences/verification",
                "{\"channel\":\"EMAIL\",\"code\":\"" + code + "\"}", token).status())
                .as("a code is used once").isEqualTo(400);
    }

    @Test
    void wrongCodesEndTheVerificationAfterFiveTries() {
        String token = signInByPhone(newPhone(), RESIDENT_APP).get("access_token").asString();
        String residentId = claims(token).get("sub").asString();
        put("/api/v1/me/contact-preferences", "{\"preferredChannel\":\"SMS\",\"email\":\"x-" + residentId
                .substring(4, 12) + "@example.vn\"}", token);
        String code = JSON.readTree(kafka.awaitKey(Topics.NOTIFICATION_REQUESTED, residentId, 1, TIMEOUT).get(0)
                .value()).get("parameters").get("code").asString();
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(post("/api/v1/me/contact-preferences/verification",
                    "{\"channel\":\"EMAIL\",\"code\":\"" + wrong + "\"}", token).status()).isEqualTo(400);
        }
        assertThat(post("/api/v1/me/contact-preferences/verification",
                "{\"channel\":\"EMAIL\",\"code\":\"" + code + "\"}", token).status())
                .as("after five wrong codes even the right one is refused").isEqualTo(400);
        assertThat(get("/api/v1/me/contact-preferences", token).json().get("email").isNull()).isTrue();
    }

    @Test
    void preferencesThatCannotReachTheResidentAreRefused() {
        String token = signInByPhone(newPhone(), RESIDENT_APP).get("access_token").asString();
        Response noEmail = put("/api/v1/me/contact-preferences", "{\"preferredChannel\":\"EMAIL\"}", token);
        assertThat(noEmail.status()).isEqualTo(400);
        assertThat(noEmail.body()).contains("e-mail");
        assertThat(put("/api/v1/me/contact-preferences",
                "{\"preferredChannel\":\"SMS\",\"quietHoursStart\":\"25:00\",\"quietHoursEnd\":\"07:00\"}", token)
                .status()).isEqualTo(400);
        assertThat(put("/api/v1/me/contact-preferences",
                "{\"preferredChannel\":\"SMS\",\"quietHoursStart\":\"21:00\"}", token).status()).isEqualTo(400);
        assertThat(put("/api/v1/me/contact-preferences", "{\"preferredChannel\":\"SMS\"}", null).status())
                .isEqualTo(401);
        assertThat(put("/api/v1/me/contact-preferences", "{\"preferredChannel\":\"SMS\"}", adminToken()).status())
                .as("staff have no resident account").isEqualTo(403);
    }

    private Response put(String path, String json, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(TIMEOUT)
                .header("X-Forwarded-For", ip).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }
}
