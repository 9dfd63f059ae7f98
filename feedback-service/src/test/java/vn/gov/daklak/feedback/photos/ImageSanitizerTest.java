package vn.gov.daklak.feedback.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import vn.gov.daklak.feedback.TestImages;

/** Every length a picture declares is checked before use; pictures are decoded within a budget and re-encoded. */
class ImageSanitizerTest {
    /** A 1×1 lossless WebP and a 1×1 lossy one (the images browsers' WebP feature checks use). */
    static final byte[] LOSSLESS_WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    static final byte[] LOSSY_WEBP = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    private final ImageSanitizer sanitizer = new ImageSanitizer(new DecodeBudget(DataSize.ofMegabytes(160),
            Duration.ofSeconds(1)));

    /** The 36-byte WebP of the finding: a VP8X chunk claiming 0x7FFFFFF0 bytes. */
    static byte[] overflowingWebp() {
        return ByteBuffer.allocate(36).order(ByteOrder.LITTLE_ENDIAN).put(ascii("RIFF")).putInt(28)
                .put(ascii("WEBP")).put(ascii("VP8X")).putInt(0x7FFFFFF0).array();
    }

    @Test
    void aChunkLengthPastTheEndOfTheFileIsRefusedBeforeAnythingIsAllocated() {
        assertThatThrownBy(() -> sanitizer.sanitize(overflowingWebp())).isInstanceOf(UnreadableImageException.class);
        byte[] riffTooLong = LOSSLESS_WEBP.clone();
        ByteBuffer.wrap(riffTooLong).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 0xFFFFFFF0);
        assertThatThrownBy(() -> sanitizer.sanitize(riffTooLong)).isInstanceOf(UnreadableImageException.class);
    }

    @Test
    void aPngChunkLengthNearFourGigabytesIsRefused() {
        byte[] png = TestImages.png(4, 4);
        ByteBuffer.wrap(png).putInt(8, 0xFFFFFFF0); // the IHDR chunk's length
        assertThatThrownBy(() -> sanitizer.sanitize(png)).isInstanceOf(UnreadableImageException.class);
    }

    @Test
    void declaredSizesBeyondThePixelBudgetAreRefusedUnread() {
        byte[] png = TestImages.png(4, 4);
        ByteBuffer.wrap(png).putInt(16, 100_000).putInt(20, 100_000); // IHDR width and height
        assertThatThrownBy(() -> sanitizer.sanitize(png)).isInstanceOf(UnreadableImageException.class)
                .hasMessageContaining("50 megapixels");

        byte[] jpeg = TestImages.jpeg(8, 8);
        int sof = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xC0});
        ByteBuffer.wrap(jpeg).putShort(sof + 5, (short) 0xFFFF).putShort(sof + 7, (short) 0xFFFF);
        assertThatThrownBy(() -> sanitizer.sanitize(jpeg)).isInstanceOf(UnreadableImageException.class);
    }

    @Test
    void largePicturesAreDecodedSubsampledWithinTheDecodedPixelBudget() {
        assertThat(ImageSanitizer.subsampling(new ImageHeader(4032, 3024))).isEqualTo(1);
        int n = ImageSanitizer.subsampling(new ImageHeader(8000, 6000));
        assertThat(n).isEqualTo(2);
        assertThat((8000L / n) * (6000L / n)).isLessThanOrEqualTo(ImageSanitizer.MAX_DECODED_PIXELS);
    }

    @Test
    void theSharedDecodeBudgetRefusesWhatCannotFitAndWhatFindsNoRoom() {
        DecodeBudget small = new DecodeBudget(DataSize.ofKilobytes(10), Duration.ofMillis(50));
        assertThatThrownBy(() -> small.reserve(20 * 1024)).isInstanceOf(UnreadableImageException.class);
        try (DecodeBudget.Reservation held = small.reserve(8 * 1024)) {
            assertThatThrownBy(() -> small.reserve(4 * 1024)).isInstanceOf(DecodeBudget.DecoderBusyException.class);
        }
        small.reserve(10 * 1024).close();
    }

    @Test
    void webpIsDecodedAndReencodedSoForeignChunksAndMetadataAreGone() throws IOException {
        for (byte[] webp : new byte[][] {LOSSLESS_WEBP, LOSSY_WEBP}) {
            byte[] withHtml = withChunk(webp, "HTML", "<html><script>alert(1)</script></html>");
            ImageSanitizer.Sanitized clean = sanitizer.sanitize(withHtml);
            assertThat(clean.display().mediaType()).isEqualTo("image/png");
            assertThat(new String(clean.display().bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("script");
            var picture = ImageIO.read(new ByteArrayInputStream(clean.display().bytes()));
            assertThat(picture.getWidth()).isEqualTo(1);
            assertThat(clean.width()).isEqualTo(1);
        }
    }

    @Test
    void aWebpMustStartWithItsHeaderChunk() {
        byte[] htmlFirst = withRawChunk(LOSSLESS_WEBP, ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN)
                .put(ascii("HTML")).putInt(4).put(ascii("<b>")).array());
        assertThatThrownBy(() -> sanitizer.sanitize(htmlFirst)).isInstanceOf(UnreadableImageException.class);
    }

    @Test
    void heicIsRefusedRatherThanKeptWithItsMetadata() {
        byte[] heic = ByteBuffer.allocate(32).putInt(24).put(ascii("ftypheic")).put(ascii("GPS-12.6675N")).array();
        assertThatThrownBy(() -> sanitizer.sanitize(heic)).isInstanceOf(UnsupportedImageException.class);
    }

    @Test
    void animatedWebpIsRefused() {
        byte[] vp8x = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN).put(ascii("VP8X")).putInt(10)
                .put((byte) 0x02).array();
        byte[] animated = withRawChunk(LOSSLESS_WEBP, vp8x);
        assertThatThrownBy(() -> sanitizer.sanitize(animated)).isInstanceOf(UnsupportedImageException.class);
    }

    private static byte[] withChunk(byte[] webp, String fourCc, String content) {
        byte[] data = content.getBytes(StandardCharsets.ISO_8859_1);
        int padded = data.length + (data.length & 1);
        ByteBuffer chunk = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN).put(ascii(fourCc))
                .putInt(data.length).put(data);
        ByteBuffer out = ByteBuffer.allocate(webp.length + chunk.capacity()).order(ByteOrder.LITTLE_ENDIAN);
        out.put(webp).put(chunk.array()).putInt(4, webp.length + chunk.capacity() - 8);
        return out.array(); // after the image data, where a decoder does not look
    }

    /** Inserts a chunk before the image data and corrects the RIFF size. */
    private static byte[] withRawChunk(byte[] webp, byte[] chunk) {
        ByteBuffer out = ByteBuffer.allocate(webp.length + chunk.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(webp, 0, 12).put(chunk).put(webp, 12, webp.length - 12);
        out.putInt(4, webp.length + chunk.length - 8);
        return out.array();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
