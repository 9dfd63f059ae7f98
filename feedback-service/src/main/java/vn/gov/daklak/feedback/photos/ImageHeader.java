package vn.gov.daklak.feedback.photos;

import java.util.Set;

/**
 * The width and height a file declares, found by walking its container (JPEG segments, PNG chunks, WebP's RIFF
 * chunks) with every length checked against the file ({@link FileBytes}), before any decoder allocates anything. A
 * length that points past the end of the file, a missing header or an animated WebP makes the file unreadable.
 */
record ImageHeader(int width, int height) {
    private static final Set<Integer> JPEG_NO_LENGTH = Set.of(0x01, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7);

    long pixels() {
        return (long) width * height;
    }

    static ImageHeader of(ImageType type, byte[] bytes) {
        FileBytes file = new FileBytes(bytes);
        ImageHeader header = switch (type) {
            case JPEG -> jpeg(file);
            case PNG -> png(file);
            case WEBP -> webp(file);
            case HEIC -> throw new IllegalArgumentException("HEIC is not decoded");
        };
        if (header.width() < 1 || header.height() < 1) {
            throw new UnreadableImageException("The image declares no pixels");
        }
        return header;
    }

    private static ImageHeader jpeg(FileBytes file) {
        long pos = 2;
        while (true) {
            if (file.u8(pos) != 0xFF) {
                throw new UnreadableImageException("The JPEG file is malformed");
            }
            int marker = file.u8(pos + 1);
            if (marker == 0xFF) { // fill byte
                pos++;
                continue;
            }
            if (JPEG_NO_LENGTH.contains(marker)) {
                pos += 2;
                continue;
            }
            int length = file.u16be(pos + 2);
            if (length < 2) {
                throw new UnreadableImageException("The JPEG file is malformed");
            }
            file.require(pos + 2, length);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) {
                file.require(pos + 2, 8);
                return new ImageHeader(file.u16be(pos + 7), file.u16be(pos + 5));
            }
            if (marker == 0xDA) {
                throw new UnreadableImageException("The JPEG file has no frame header");
            }
            pos += 2 + length;
        }
    }

    private static ImageHeader png(FileBytes file) {
        long pos = 8;
        ImageHeader header = null;
        while (true) {
            long length = file.u32be(pos);
            if (length > Integer.MAX_VALUE) { // the PNG specification's limit
                throw new UnreadableImageException("The PNG file is malformed");
            }
            file.require(pos, 12 + length);
            String type = file.ascii(pos + 4, 4);
            if (header == null) {
                if (!type.equals("IHDR") || length != 13) {
                    throw new UnreadableImageException("The PNG file has no header");
                }
                header = new ImageHeader(dimension(file.u32be(pos + 8)), dimension(file.u32be(pos + 12)));
            }
            if (type.equals("IEND")) {
                return header;
            }
            pos += 12 + length;
        }
    }

    private static ImageHeader webp(FileBytes file) {
        long riffSize = file.u32le(4);
        if (riffSize < 4) {
            throw new UnreadableImageException("The WebP file is malformed");
        }
        file.require(8, riffSize);
        long end = 8 + riffSize;
        long pos = 12;
        ImageHeader canvas = null;
        ImageHeader frame = null;
        while (pos < end) {
            if (end - pos < 8) {
                throw new UnreadableImageException("The WebP file is truncated or malformed");
            }
            String fourCc = file.ascii(pos, 4);
            if (pos == 12 && !fourCc.equals("VP8X") && !fourCc.equals("VP8 ") && !fourCc.equals("VP8L")) {
                throw new UnreadableImageException("The WebP file does not start with an image header");
            }
            long size = file.u32le(pos + 4);
            long body = pos + 8;
            if (size > end - body) {
                throw new UnreadableImageException("The WebP file is truncated or malformed");
            }
            switch (fourCc) {
                case "VP8X" -> {
                    file.require(body, Math.max(size, 10));
                    if ((file.u8(body) & 0x02) != 0) {
                        throw new UnsupportedImageException("Animated WebP images are not accepted", false);
                    }
                    canvas = new ImageHeader(file.u24le(body + 4) + 1, file.u24le(body + 7) + 1);
                }
                case "VP8 " -> {
                    file.require(body, Math.max(size, 10));
                    if (file.u8(body + 3) != 0x9D || file.u8(body + 4) != 0x01 || file.u8(body + 5) != 0x2A) {
                        throw new UnreadableImageException("The WebP file is malformed");
                    }
                    frame = new ImageHeader(file.u8(body + 6) | (file.u8(body + 7) & 0x3F) << 8,
                            file.u8(body + 8) | (file.u8(body + 9) & 0x3F) << 8);
                }
                case "VP8L" -> {
                    file.require(body, Math.max(size, 5));
                    if (file.u8(body) != 0x2F) {
                        throw new UnreadableImageException("The WebP file is malformed");
                    }
                    long bits = file.u32le(body + 1);
                    frame = new ImageHeader((int) (bits & 0x3FFF) + 1, (int) (bits >> 14 & 0x3FFF) + 1);
                }
                case "ANIM", "ANMF" -> throw new UnsupportedImageException("Animated WebP images are not accepted",
                        false);
                default -> {
                    // ICCP, ALPH, EXIF, XMP and anything else: skipped, and gone after re-encoding
                }
            }
            pos = body + size + (size & 1);
        }
        if (frame == null) {
            throw new UnreadableImageException("The WebP file has no image data");
        }
        if (canvas != null && (canvas.width() != frame.width() || canvas.height() != frame.height())) {
            throw new UnreadableImageException("The WebP file's canvas and image sizes differ");
        }
        return frame;
    }

    private static int dimension(long value) {
        if (value > Integer.MAX_VALUE) {
            throw new UnreadableImageException("The image declares an impossible size");
        }
        return (int) value;
    }
}
