package vn.gov.daklak.feedback.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;
import vn.gov.daklak.feedback.FeedbackIntegrationTest;
import vn.gov.daklak.feedback.TestImages;

/** Idempotency-Key: the same request replays the first answer; a different one is refused; keys expire. */
class IdempotencyKeysTest extends FeedbackIntegrationTest {
    @Autowired
    IdempotencyStore store;

    ResponseEntity<JsonNode> submit(String key, String body) {
        return http().post().uri("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", resident()).header("Idempotency-Key", key).body(body).retrieve()
                .toEntity(JsonNode.class);
    }

    @Test
    void theSameKeyAndRequestReplaysTheFirstAnswerAndAnotherRequestGets422() {
        String key = UUID.randomUUID().toString();
        long before = storedReports();
        var first = submit(key, validReport());
        var again = submit(key, validReport());

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedReports()).isEqualTo(before + 1);

        var different = submit(key, validReport().replace("Rác thải ùn ứ", "Rác thải ùn ứ ở chợ"));
        assertThat(different.getStatusCode().value()).isEqualTo(422);
        assertThat(different.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(storedReports()).isEqualTo(before + 1);
        assertThat(submit("khong hop le", validReport()).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aRepeatedPhotoUploadIsStoredOnce() {
        String id = super.submit();
        String key = UUID.randomUUID().toString();
        byte[] photo = TestImages.jpeg(32, 32);
        for (int i = 0; i < 2; i++) {
            var parts = new org.springframework.util.LinkedMultiValueMap<String, Object>();
            parts.add("files", new org.springframework.core.io.ByteArrayResource(photo) {
                @Override
                public String getFilename() {
                    return "anh.jpg";
                }
            });
            var uploaded = http().post().uri("/api/v1/reports/" + id + "/photos")
                    .contentType(MediaType.MULTIPART_FORM_DATA).header("Authorization", resident())
                    .header("Idempotency-Key", key).body(parts).retrieve().toEntity(JsonNode.class);
            assertThat(uploaded.getStatusCode().value()).isEqualTo(201);
        }
        assertThat(get("/api/v1/reports/" + id).get("photos").size()).isEqualTo(1);
    }

    @Test
    void expiredKeysAreRemovedByTheScheduledJobAndCanBeUsedAgain() {
        String key = UUID.randomUUID().toString();
        String firstId = submit(key, validReport()).getBody().get("id").asString();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(store.expire()).isPositive();

        var reused = submit(key, validReport().replace("Rác thải ùn ứ", "Rác ở ngõ 5"));
        assertThat(reused.getStatusCode().value()).isEqualTo(201);
        assertThat(reused.getBody().get("id").asString()).isNotEqualTo(firstId);
        assertThat(List.of(reused.getHeaders().containsHeader("Idempotent-Replayed"))).containsExactly(false);
    }
}
