package vn.gov.daklak.identity.vneid;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.identity.IdentityIntegrationTest;

/** VNeID sign-in end to end against the local test provider, at level 1 and level 2. */
class VneidSignInIntegrationTest extends IdentityIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void aLevel2SignInGivesVneid2() throws Exception {
        String nationalId = randomNationalId();
        JsonNode tokens = new VneidSignIn(BASE).signIn(nationalId, "Nguyễn Văn An", null, "2");

        JsonNode access = claims(tokens.get("access_token").asString());
        assertThat(access.get("acr").asString()).isEqualTo("vneid-2");
        assertThat(access.get("sub").asString()).startsWith("res-");
        assertThat(access.get("subject_type").asString()).isEqualTo("resident");
        assertThat(access.get("roles").toString()).isEqualTo("[\"RESIDENT\"]");
        assertThat(access.get("client_id").asString()).isEqualTo(VneidSignIn.CLIENT);
        assertThat(access.get("aud").valueStream().map(JsonNode::asString)).contains("feedback-service");
        JsonNode id = claims(tokens.get("id_token").asString());
        assertThat(id.get("acr").asString()).isEqualTo("vneid-2");
        assertThat(id.get("name").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(id.get("sub").asString()).isEqualTo(access.get("sub").asString());
        assertThat(tokens.get("refresh_token")).as("public clients get rotating refresh tokens").isNotNull();
        assertThat(tokens.toString()).doesNotContain(nationalId);
        Response userInfo = get("/userinfo", tokens.get("access_token").asString());
        assertThat(userInfo.status()).isEqualTo(200);
        assertThat(userInfo.json().get("sub").asString()).isEqualTo(access.get("sub").asString());
        assertThat(userInfo.json().get("name").asString()).isEqualTo("Nguyễn Văn An");

        Document resident = mongo.findById(access.get("sub").asString(), Document.class, "residents");
        assertThat(resident.toJson()).doesNotContain(nationalId);
        assertThat(resident.getString("nationalIdHash")).hasSize(64);
        assertThat(resident.getString("assurance")).isEqualTo("vneid-2");
    }

    @Test
    void aLevel1SignInGivesVneid1AndTheSameCitizenKeepsTheAccount() throws Exception {
        String nationalId = randomNationalId();
        JsonNode first = claims(new VneidSignIn(BASE).signIn(nationalId, "Lê Thị Hoa", null, "1")
                .get("access_token").asString());
        assertThat(first.get("acr").asString()).isEqualTo("vneid-1");

        JsonNode second = claims(new VneidSignIn(BASE).signIn(nationalId, "Lê Thị Hoa", null, "2")
                .get("access_token").asString());
        assertThat(second.get("sub").asString()).isEqualTo(first.get("sub").asString());
        assertThat(second.get("acr").asString()).isEqualTo("vneid-2");
        assertThat(mongo.count(Query.query(Criteria.where("displayName").is("Lê Thị Hoa")), "residents"))
                .isEqualTo(1);
    }

    @Test
    void vneidAddsToThePhoneAccountWithTheSameNumber() throws Exception {
        String phone = newPhone();
        String byPhone = claims(signInByPhone(phone, RESIDENT_APP).get("access_token").asString()).get("sub")
                .asString();

        JsonNode viaVneid = claims(new VneidSignIn(BASE).signIn(randomNationalId(), "Phạm Minh Tuấn", phone, "2")
                .get("access_token").asString());

        assertThat(viaVneid.get("sub").asString()).isEqualTo(byPhone);
    }

    @Test
    void anUnknownAssuranceLevelIsRefused() throws Exception {
        HttpResponse<String> response = new VneidSignIn(BASE).throughVneid(randomNationalId(), "Hồ Văn Nam", null,
                "3");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("assurance");
    }

    static String randomNationalId() {
        return "0662" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }
}
