package vn.gov.daklak.feedback.photos;

import java.awt.image.BufferedImage;

/**
 * Phones store a photo's rotation in its EXIF orientation tag rather than in its pixels. Stripping EXIF would show
 * such photos sideways, so the rotation is read first and applied to the pixels.
 */
final class JpegOrientation {
    private static final int ORIENTATION_TAG = 0x0112;

    private JpegOrientation() {
    }

    /** The EXIF orientation (1 to 8) of a JPEG, 1 when absent or unreadable. */
    static int read(byte[] jpeg) {
        try {
            int pos = 2;
            while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
                int marker = jpeg[pos + 1] & 0xFF;
                int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
                if (marker == 0xDA) {
                    return 1; // start of scan: no EXIF before the image data
                }
                if (marker == 0xE1 && length > 8 && new String(jpeg, pos + 4, 4,
                        java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif")) {
                    return fromTiff(jpeg, pos + 10);
                }
                pos += 2 + length;
            }
        } catch (RuntimeException e) {
            // a malformed segment: treat as unrotated
        }
        return 1;
    }

    private static int fromTiff(byte[] b, int tiff) {
        boolean little = b[tiff] == 'I';
        int ifd = tiff + int32(b, tiff + 4, little);
        int entries = int16(b, ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (int16(b, entry, little) == ORIENTATION_TAG) {
                int value = int16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int int16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static int int32(byte[] b, int at, boolean little) {
        return little ? int16(b, at, true) | int16(b, at + 2, true) << 16
                : int16(b, at, false) << 16 | int16(b, at + 2, false);
    }

    /** The image as the camera meant it to be seen. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                switch (orientation) {
                    case 2 -> out.setRGB(w - 1 - x, y, rgb);
                    case 3 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
                    case 4 -> out.setRGB(x, h - 1 - y, rgb);
                    case 5 -> out.setRGB(y, x, rgb);
                    case 6 -> out.setRGB(h - 1 - y, x, rgb);
                    case 7 -> out.setRGB(h - 1 - y, w - 1 - x, rgb);
                    default -> out.setRGB(y, w - 1 - x, rgb);
                }
            }
        }
        return out;
    }
}
