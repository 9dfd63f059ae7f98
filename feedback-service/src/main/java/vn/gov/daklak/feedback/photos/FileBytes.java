package vn.gov.daklak.feedback.photos;

/**
 * Reads numbers out of an uploaded file, checking every offset and length against the file before using it. Offsets
 * are {@code long}, so a length read from the file (up to 2³² − 1) can never wrap around when added to a position.
 */
final class FileBytes {
    private final byte[] bytes;

    FileBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    long length() {
        return bytes.length;
    }

    /** Whether {@code count} bytes starting at {@code at} lie inside the file. */
    boolean holds(long at, long count) {
        return at >= 0 && count >= 0 && at <= bytes.length && count <= bytes.length - at;
    }

    int u8(long at) {
        require(at, 1);
        return bytes[(int) at] & 0xFF;
    }

    int u16be(long at) {
        return u8(at) << 8 | u8(at + 1);
    }

    int u24le(long at) {
        return u8(at) | u8(at + 1) << 8 | u8(at + 2) << 16;
    }

    long u32be(long at) {
        return (long) u16be(at) << 16 | u16be(at + 2);
    }

    long u32le(long at) {
        return u8(at) | (long) u8(at + 1) << 8 | (long) u8(at + 2) << 16 | (long) u8(at + 3) << 24;
    }

    String ascii(long at, int count) {
        require(at, count);
        return new String(bytes, (int) at, count, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    void require(long at, long count) {
        if (!holds(at, count)) {
            throw new UnreadableImageException("The image file is truncated or malformed");
        }
    }
}
