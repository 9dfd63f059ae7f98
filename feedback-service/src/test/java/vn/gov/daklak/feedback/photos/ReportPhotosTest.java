package vn.gov.daklak.feedback.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import vn.gov.daklak.feedback.FeedbackIntegrationTest;
import vn.gov.daklak.feedback.TestImages;

/** Photos: cleaned of EXIF and GPS, stored as keyed file documents, served with thumbnails; type, size and count checked. */
class ReportPhotosTest extends FeedbackIntegrationTest {

    @Test
    void aResidentsPhotoIsShownWithoutExifOrGpsTheRightWayUpWithAThumbnail() throws IOException {
        String id = submit();
        var uploaded = upload("/api/v1/reports/" + id + "/photos", resident(),
                List.of(TestImages.jpegWithGpsExif(640, 480), TestImages.png(100, 50)));

        assertThat(uploaded.getStatusCode().value()).isEqualTo(201);
        assertThat(uploaded.getBody().valueStream().map(p -> p.get("mediaType").asString()))
                .containsExactly("image/jpeg", "image/png");
        String url = uploaded.getBody().get(0).get("url").asString();
        ResponseEntity<byte[]> shown = bytes(url);
        assertThat(shown.getHeaders().getContentType()).hasToString("image/jpeg");
        assertThat(contains(shown.getBody(), "Exif")).isFalse();
        assertThat(contains(shown.getBody(), TestImages.EXIF_SECRET)).isFalse();
        var picture = ImageIO.read(new ByteArrayInputStream(shown.getBody()));
        assertThat(picture.getWidth()).as("EXIF orientation 6 applied to the pixels").isEqualTo(480);
        assertThat(picture.getHeight()).isEqualTo(640);

        var thumbnail = ImageIO.read(new ByteArrayInputStream(
                bytes(uploaded.getBody().get(0).get("thumbnailUrl").asString()).getBody()));
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(320);

        var view = get("/api/v1/reports/" + id);
        assertThat(view.get("photos").valueStream().map(p -> p.get("kind").asString()))
                .containsExactly("REPORT", "REPORT");
    }

    @Test
    void theTypeIsCheckedByContentAndSizeAndCountAreLimited() {
        String id = submit();
        String path = "/api/v1/reports/" + id + "/photos";
        byte[] pdf = "%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII);
        var wrongType = upload(path, resident(), List.of(pdf));
        assertThat(wrongType.getStatusCode().value()).isEqualTo(415);
        assertThat(wrongType.getHeaders().getContentType()).hasToString("application/problem+json");

        byte[] brokenJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x01, 0x02};
        assertThat(upload(path, resident(), List.of(brokenJpeg)).getStatusCode().value()).isEqualTo(422);

        byte[] huge = Arrays.copyOf(TestImages.jpeg(8, 8), 10 * 1024 * 1024 + 1);
        assertThat(upload(path, resident(), List.of(huge)).getStatusCode().value()).isEqualTo(413);

        var six = upload(path, resident(), Collections.nCopies(6, TestImages.jpeg(16, 16)));
        assertThat(six.getStatusCode().value()).isEqualTo(409);
        assertThat(upload(path, resident(), Collections.nCopies(5, TestImages.jpeg(16, 16)))
                .getStatusCode().value()).isEqualTo(201);
        assertThat(upload(path, resident(), List.of(TestImages.jpeg(16, 16))).getStatusCode().value())
                .isEqualTo(409);
        assertThat(get("/api/v1/reports/" + id).get("photos").size()).isEqualTo(5);
    }

    @Test
    void aResolutionNeedsAnAfterPhotoFromTheTeam() {
        String id = routedReport();
        post("/api/v1/reports/" + id + "/acknowledge", staffFor(id, "staff-1"), "{}");

        var withoutPhoto = post("/api/v1/reports/" + id + "/resolve", staffFor(id, "staff-1"),
                "{\"resolution\":\"Đã xử lý\"}");
        assertThat(withoutPhoto.getStatusCode().value()).isEqualTo(409);
        assertThat(withoutPhoto.getBody().get("detail").asString()).contains("photo");
        assertThat(upload("/api/v1/reports/" + id + "/resolution-photos", resident(),
                List.of(TestImages.jpeg(16, 16))).getStatusCode().value()).as("residents add no after photos")
                .isEqualTo(403);

        uploadAfterPhoto(id);
        var resolved = post("/api/v1/reports/" + id + "/resolve", staffFor(id, "staff-1"),
                "{\"resolution\":\"Đã xử lý\"}");
        assertThat(resolved.getStatusCode().value()).isEqualTo(200);
        assertThat(resolved.getBody().get("photos").valueStream().map(p -> p.get("kind").asString()))
                .containsExactly("RESOLUTION");
    }

    private ResponseEntity<byte[]> bytes(String path) {
        var response = http().get().uri(path).header("Authorization", resident()).retrieve().toEntity(byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response;
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
