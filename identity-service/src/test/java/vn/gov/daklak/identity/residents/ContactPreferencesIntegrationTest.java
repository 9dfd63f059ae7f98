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
                {"preferredChannel":"ZALO","email":"nguoidan@example.vn","zaloUserId":"zalo-778899",
                 "language":"en","quietHoursStart":"22:00","quietHoursEnd":"06:30"}""", token);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(get("/api/v1/me/contact-preferences", token).json().get("preferredChannel").asString())
                .isEqualTo("ZALO");

        ConsumerRecord<String, String> event = kafka.awaitKey(Topics.CONTACT_PREFERENCES, residentId, 1, TIMEOUT)
                .get(0);
        JsonNode changed = JSON.readTree(event.value());
        assertThat(changed.get("preferredChannel").asString()).isEqualTo("ZALO");
        assertThat(changed.get("phone").asString()).as("the signed-in phone, for SMS and Zalo")
                .isEqualTo("+84" + phone.substring(1));
        assertThat(changed.get("zaloUserId").asString()).isEqualTo("zalo-778899");
        assertThat(changed.get("language").asString()).isEqualTo("en");
        assertThat(changed.get("quietHoursStart").asString()).isEqualTo("22:00");
        assertThat(KafkaTestClient.header(event, "ce_type")).contains("contact-preferences");
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
