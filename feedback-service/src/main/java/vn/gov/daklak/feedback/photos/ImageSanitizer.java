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
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.stereotype.Component;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * Turns an uploaded picture into what may be shown. Every accepted format is decoded and re-encoded, so nothing but
 * pixels survives (no EXIF, GPS, XMP, text chunks or foreign RIFF chunks): JPEG stays JPEG (its EXIF orientation
 * applied to the pixels first), PNG stays PNG, WebP becomes PNG (no WebP encoder here), plus a thumbnail. HEIC,
 * which nothing here can decode, is refused. Decoding happens only within a budget: the file's container is walked
 * with every length checked ({@link ImageHeader}), the declared size must be at most {@link #MAX_PIXELS}, large
 * pictures are decoded subsampled to at most {@link #MAX_DECODED_PIXELS}, and the working memory is reserved in
 * the shared {@link DecodeBudget} first.
 */
@Component
class ImageSanitizer {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int THUMBNAIL_SIZE = 320;
    static final long MAX_PIXELS = 50_000_000L;
    static final long MAX_DECODED_PIXELS = 16_000_000L;
    /** Decoded pixels, the rotated copy and the encoder's buffers: bytes of heap per decoded pixel. */
    private static final int WORKING_BYTES_PER_PIXEL = 10;

    private final DecodeBudget budget;

    ImageSanitizer(DecodeBudget budget) {
        this.budget = budget;
    }

    record Rendition(byte[] bytes, String mediaType) {
    }

    /** What to store: the re-encoded picture, its thumbnail and its size. */
    record Sanitized(ImageType type, Rendition display, Rendition thumbnail, Integer width, Integer height) {
    }

    Sanitized sanitize(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new UnsupportedImageException("A photo may be at most 10 MB", true);
        }
        ImageType type = ImageType.detect(bytes).orElseThrow(() -> new UnsupportedImageException(
                "Only JPEG, PNG and WebP images are accepted (recognised by content, not file name)", false));
        if (type == ImageType.HEIC) {
            throw new UnsupportedImageException("HEIC photos cannot be checked here: send JPEG, PNG or WebP "
                    + "(phones convert HEIC to JPEG when sharing)", false);
        }
        ImageHeader header = ImageHeader.of(type, bytes);
        if (header.pixels() > MAX_PIXELS) {
            throw new UnreadableImageException("The image has more than 50 megapixels");
        }
        int subsampling = subsampling(header);
        long decodedPixels = (long) ceilDiv(header.width(), subsampling) * ceilDiv(header.height(), subsampling);
        try (DecodeBudget.Reservation ignored = budget.reserve(decodedPixels * WORKING_BYTES_PER_PIXEL)) {
            BufferedImage image = decode(type, bytes, header, subsampling);
            if (type == ImageType.JPEG) {
                image = JpegOrientation.apply(image, JpegOrientation.read(bytes));
            }
            String format = type == ImageType.JPEG ? "jpeg" : "png";
            String mediaType = type == ImageType.JPEG ? ImageType.JPEG.mediaType() : ImageType.PNG.mediaType();
            Rendition display = new Rendition(encode(image, format), mediaType);
            Rendition thumbnail = new Rendition(encode(thumbnail(image), format), mediaType);
            return new Sanitized(type, display, thumbnail, image.getWidth(), image.getHeight());
        }
    }

    static int subsampling(ImageHeader header) {
        int n = 1;
        while ((long) ceilDiv(header.width(), n) * ceilDiv(header.height(), n) > MAX_DECODED_PIXELS) {
            n++;
        }
        return n;
    }

    private static int ceilDiv(int value, int by) {
        return (value + by - 1) / by;
    }

    private static BufferedImage decode(ImageType type, byte[] bytes, ImageHeader header, int subsampling) {
        ImageReader reader = reader(type);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            if (reader.getWidth(0) != header.width() || reader.getHeight(0) != header.height()) {
                throw new UnreadableImageException("The image's headers disagree about its size");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            BufferedImage image = reader.read(0, param);
            if ((long) image.getWidth() * image.getHeight() > MAX_DECODED_PIXELS) {
                throw new UnreadableImageException("The image cannot be decoded within the size limit");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableImageException || e instanceof UnsupportedImageException) {
                throw (RuntimeException) e;
            }
            throw new UnreadableImageException("The image cannot be read");
        } finally {
            reader.dispose();
        }
    }

    /** The JDK's decoders for JPEG and PNG, TwelveMonkeys' for WebP: chosen here, not by a plugin registry. */
    private static ImageReader reader(ImageType type) {
        if (type == ImageType.WEBP) {
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        var readers = ImageIO.getImageReadersByFormatName(type == ImageType.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("No " + type + " decoder in this JDK");
        }
        return readers.next();
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
