package vn.gov.daklak.feedback.photos;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Removes the EXIF and XMP chunks from a WebP file (RIFF container) and clears their flags in the VP8X header; the
 * image data is copied untouched. javax.imageio cannot decode WebP, so this is how its metadata goes away.
 */
final class WebpMetadata {
    private static final int VP8X_EXIF = 0x08;
    private static final int VP8X_XMP = 0x04;

    private WebpMetadata() {
    }

    static byte[] strip(byte[] webp) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(webp.length);
        int pos = 12;
        while (pos + 8 <= webp.length) {
            String fourCc = new String(webp, pos, 4, StandardCharsets.ISO_8859_1);
            int size = ByteBuffer.wrap(webp, pos + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            int padded = size + (size & 1);
            if (size < 0 || pos + 8 + size > webp.length) {
                throw new UnreadableImageException("The WebP file is truncated or malformed");
            }
            if (!fourCc.equals("EXIF") && !fourCc.equals("XMP ")) {
                byte[] chunk = java.util.Arrays.copyOfRange(webp, pos, Math.min(webp.length, pos + 8 + padded));
                if (fourCc.equals("VP8X") && size >= 1) {
                    chunk[8] = (byte) (chunk[8] & ~(VP8X_EXIF | VP8X_XMP));
                }
                chunks.writeBytes(chunk);
            }
            pos += 8 + padded;
        }
        byte[] body = chunks.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.ISO_8859_1)).put(body);
        return out.array();
    }
}
