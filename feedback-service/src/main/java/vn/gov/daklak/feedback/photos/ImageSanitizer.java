package vn.gov.daklak.feedback.photos;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.stereotype.Component;

/**
 * Turns an uploaded picture into what may be shown: JPEG and PNG are decoded and re-encoded with javax.imageio, which
 * writes no EXIF, GPS, XMP or text chunks (EXIF orientation is applied to the pixels first), plus a thumbnail; WebP
 * keeps its image data with its EXIF and XMP chunks removed; HEIC, which the JDK cannot decode, is kept only as a
 * staff-only original with nothing public.
 */
@Component
class ImageSanitizer {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int THUMBNAIL_SIZE = 320;
    private static final long MAX_PIXELS = 50_000_000L;

    record Rendition(byte[] bytes, String mediaType) {
    }

    /** What to store: {@code display} and {@code thumbnail} are null for HEIC, {@code original} for the others. */
    record Sanitized(ImageType type, Rendition display, Rendition thumbnail, Rendition original, Integer width,
                     Integer height) {
    }

    Sanitized sanitize(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new UnsupportedImageException("A photo may be at most 10 MB", true);
        }
        ImageType type = ImageType.detect(bytes).orElseThrow(() -> new UnsupportedImageException(
                "Only JPEG, PNG, WebP and HEIC images are accepted (recognised by content, not file name)", false));
        return switch (type) {
            case JPEG, PNG -> reencode(type, bytes);
            case WEBP -> {
                Rendition display = new Rendition(WebpMetadata.strip(bytes), type.mediaType());
                yield new Sanitized(type, display, display, null, null, null);
            }
            case HEIC -> new Sanitized(type, null, null, new Rendition(bytes, type.mediaType()), null, null);
        };
    }

    private Sanitized reencode(ImageType type, byte[] bytes) {
        BufferedImage image = decode(bytes);
        if (type == ImageType.JPEG) {
            image = JpegOrientation.apply(image, JpegOrientation.read(bytes));
        }
        String format = type == ImageType.JPEG ? "jpeg" : "png";
        Rendition display = new Rendition(encode(image, format), type.mediaType());
        Rendition thumbnail = new Rendition(encode(thumbnail(image), format), type.mediaType());
        return new Sanitized(type, display, thumbnail, null, image.getWidth(), image.getHeight());
    }

    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableImageException("The image cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new UnreadableImageException("The image has more than 50 megapixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableImageException unreadable) {
                throw unreadable;
            }
            throw new UnreadableImageException("The image cannot be read: " + e.getMessage());
        }
    }

    private static BufferedImage thumbnail(BufferedImage image) {
        BufferedImage current = image;
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
        int targetW = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int targetH = Math.max(1, (int) Math.round(image.getHeight() * scale));
        do { // halving steps keep a large downscale smooth
            int w = Math.max(targetW, current.getWidth() / 2);
            int h = Math.max(targetH, current.getHeight() / 2);
            BufferedImage next = new BufferedImage(w, h, type);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        } while (current.getWidth() > targetW || current.getHeight() > targetH);
        return current;
    }

    private static byte[] encode(BufferedImage image, String format) {
        BufferedImage writable = image;
        if (format.equals("jpeg") && image.getColorModel().hasAlpha()) {
            writable = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = writable.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.88f);
            }
            writer.write(null, new IIOImage(writable, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
