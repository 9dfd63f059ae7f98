package vn.gov.daklak.identity.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.contracts.Topics;
import vn.gov.daklak.identity.IdentityIntegrationTest;
import vn.gov.daklak.identity.vneid.VneidSignInAccess;

/**
 * Personal data: no log line carries a clear national ID number or phone number, no event carries them where it does
 * not need them (the sign-in code request needs the phone; nothing needs the national ID), the national ID is not
 * stored in clear, a resident exports their data and deletes their account.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataIntegrationTest extends IdentityIntegrationTest {
    private static final List<String> IDENTITY_TOPICS = List.of(Topics.TEAM_DIRECTORY, Topics.STAFF_DIRECTORY,
            Topics.CONTACT_PREFERENCES);

    @Autowired
    MongoTemplate mongo;

    @Test
    void neitherLogsNorEventsCarryANationalIdOrAPhoneWhereNotNeeded(CapturedOutput output) throws Exception {
        String phone = newPhone();
        String e164 = "+84" + phone.substring(1);
        String nationalId = "0663" + String.format("%08d", (long) (Math.random() * 100_000_000L));

        String phoneChallenge = requestCode(phone, RESIDENT_APP);
        JsonNode byPhone = exchangeCode(RESIDENT_APP, phoneChallenge, codeOf(phoneChallenge)).json();
        String residentId = claims(byPhone.get("access_token").asString()).get("sub").asString();
        JsonNode byVneid = VneidSignInAccess.signIn(BASE, nationalId, "Đỗ Thị Mai", phone, "2");
        assertThat(claims(byVneid.get("access_token").asString()).get("sub").asString()).isEqualTo(residentId);

        String vneidToken = byVneid.get("access_token").asString();
        JsonNode export = get("/api/v1/me/export", vneidToken).json();
        assertThat(export.get("nationalId").asString()).isEqualTo(nationalId);
        assertThat(export.get("phone").asString()).isEqualTo(e164);
        assertThat(export.get("displayName").asString()).isEqualTo("Đỗ Thị Mai");
        String phoneToken = byPhone.get("access_token").asString();
        assertThat(get("/api/v1/me/export", phoneToken).json().get("nationalId").asString())
                .as("a phone sign-in sees the number masked").isEqualTo("*********" + nationalId.substring(9));

        Document stored = mongo.findById(residentId, Document.class, "residents");
        assertThat(stored.toJson()).doesNotContain(nationalId);

        assertThat(delete("/api/v1/me", vneidToken).status()).isEqualTo(204);
        ConsumerRecord<String, String> forget = kafka.awaitKey(Topics.CONTACT_PREFERENCES, residentId, 1, TIMEOUT)
                .get(0);
        JsonNode forgetEvent = JSON.readTree(forget.value());
        assertThat(forgetEvent.get("phone").isNull()).isTrue();
        assertThat(forgetEvent.get("preferredChannel").asString()).isEqualTo("IN_APP");

        // logs (the capture works: our own lines about these sign-ins are in it)
        assertThat(output.getAll()).contains("Sign-in code " + phoneChallenge + " accepted");
        assertThat(output.getAll()).doesNotContain(nationalId).doesNotContain(e164).doesNotContain(phone)
                .doesNotContain(phone.substring(1));
        // events: the national ID nowhere; the phone only in the code request sent to it
        for (String topic : IDENTITY_TOPICS) {
            assertThat(kafka.await(topic, r -> true, r -> false, Duration.ofSeconds(3)))
                    .allSatisfy(r -> assertThat(r.value()).doesNotContain(nationalId).doesNotContain(e164));
        }
        List<ConsumerRecord<String, String>> requests = kafka.await(Topics.NOTIFICATION_REQUESTED, r -> true,
                r -> false, Duration.ofSeconds(3));
        assertThat(requests).allSatisfy(r -> assertThat(r.value()).doesNotContain(nationalId));
        assertThat(requests.stream().filter(r -> r.value().contains(e164)))
                .allSatisfy(r -> assertThat(r.key()).isEqualTo(phoneChallenge));
    }

    @Test
    void aDeletedAccountIsAnonymisedAndItsTokensStopWorking() {
        String phone = newPhone();
        JsonNode tokens = signInByPhone(phone, RESIDENT_APP);
        String residentId = claims(tokens.get("access_token").asString()).get("sub").asString();

        assertThat(delete("/api/v1/me", tokens.get("access_token").asString()).status()).isEqualTo(204);

        Document stored = mongo.findById(residentId, Document.class, "residents");
        assertThat(stored.getString("status")).isEqualTo("DELETED");
        assertThat(stored.containsKey("phone")).isFalse();
        assertThat(stored.containsKey("displayName")).isFalse();
        Response refresh = form("/oauth2/token", java.util.Map.of("grant_type", "refresh_token",
                "client_id", RESIDENT_APP, "refresh_token", tokens.get("refresh_token").asString()), null, null);
        assertThat(refresh.status()).isEqualTo(400);
        assertThat(get("/api/v1/me/export", tokens.get("access_token").asString()).status()).isEqualTo(404);

        String again = claims(signInByPhone(phone, RESIDENT_APP).get("access_token").asString()).get("sub")
                .asString();
        assertThat(again).as("the number now opens a new, empty account").isNotEqualTo(residentId);
    }
}
