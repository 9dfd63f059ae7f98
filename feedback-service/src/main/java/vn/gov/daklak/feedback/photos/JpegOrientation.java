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

    /** The EXIF orientation (1 to 8) of a JPEG, 1 when absent or unreadable; every offset is checked first. */
    static int read(byte[] jpeg) {
        FileBytes file = new FileBytes(jpeg);
        try {
            long pos = 2;
            while (file.holds(pos, 4) && file.u8(pos) == 0xFF) {
                int marker = file.u8(pos + 1);
                int length = file.u16be(pos + 2);
                if (marker == 0xDA || length < 2) {
                    return 1; // start of scan: no EXIF before the image data
                }
                if (marker == 0xE1 && length > 8 && file.holds(pos + 2, length)
                        && file.ascii(pos + 4, 4).equals("Exif")) {
                    return fromTiff(file, pos + 10, pos + 2 + length);
                }
                pos += 2 + length;
            }
        } catch (UnreadableImageException e) {
            // a malformed segment: treat as unrotated
        }
        return 1;
    }

    private static int fromTiff(FileBytes b, long tiff, long end) {
        boolean little = b.u8(tiff) == 'I';
        long ifd = tiff + (little ? b.u32le(tiff + 4) : b.u32be(tiff + 4));
        int entries = int16(b, ifd, little);
        for (int i = 0; i < entries; i++) {
            long entry = ifd + 2 + i * 12L;
            if (entry + 12 > end) {
                return 1;
            }
            if (int16(b, entry, little) == ORIENTATION_TAG) {
                int value = int16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int int16(FileBytes b, long at, boolean little) {
        return little ? b.u8(at) | b.u8(at + 1) << 8 : b.u16be(at);
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
