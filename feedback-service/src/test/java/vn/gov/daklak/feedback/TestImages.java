package vn.gov.daklak.feedback;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Pictures made in the test: plain, and with EXIF (orientation, a GPS position, a description) as phones write it. */
public final class TestImages {
    /** Text inside the EXIF block; it must never come back from the service. */
    public static final String EXIF_SECRET = "GPS-12.6675N-108.0378E";

    private TestImages() {
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    /** A JPEG whose EXIF says "rotate 90° clockwise" (orientation 6) and carries a GPS latitude and a description. */
    public static byte[] jpegWithGpsExif(int width, int height) {
        byte[] plain = jpeg(width, height);
        byte[] description = (EXIF_SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        // TIFF (big endian): header, IFD0 with 3 entries, GPS IFD with 1 entry, then the description text
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + 3 * 12 + 4;
        int text = gpsIfd + 2 + 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(text + description.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(description.length).putInt(text); // description
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd); // GPS IFD pointer
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putInt(0);
        tiff.put(description);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiff.array()).array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.writeBytes(exif);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 60));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 3, height / 3);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
