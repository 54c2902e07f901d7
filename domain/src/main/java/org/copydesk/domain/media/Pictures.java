package org.copydesk.domain.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Reads an uploaded picture and makes its renditions: the widths of {@link #WIDTHS} narrower than the
 * picture, and one at its own width (at most {@link #LARGEST}), all turned upright as the camera said
 * (EXIF orientation) and stripped of metadata (a phone photo's location never reaches readers). Pictures
 * with transparency become PNG renditions, others JPEG. The upload is checked by its first bytes and its
 * header before anything is decoded, so a small file that claims a giant size is refused cheaply.
 *
 * <p>Thumbnailator resizes (progressive bilinear, good quality); TwelveMonkeys reads WebP.
 */
public final class Pictures {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final long MAX_PIXELS = 50_000_000L;
    public static final int MAX_SIDE = 20_000;
    public static final int[] WIDTHS = {320, 640, 1024};
    public static final int LARGEST = 1600;
    private static final float JPEG_QUALITY = 0.82f;

    static {
        // ImageIO finds plugins on the class path it started with; in a server, register WebP ourselves
        IIORegistry.getDefaultInstance().registerServiceProvider(new WebPImageReaderSpi());
    }

    private Pictures() {}

    /** A picture as read: its format, upright size, the hash of its bytes and the files to keep. */
    public record Processed(
            ImageFormat format, int width, int height, String sha256, List<MediaRepository.Rendition> files) {}

    /**
     * @throws PictureException if the bytes are not a JPEG, PNG or WebP picture, are too large, or unreadable
     */
    public static Processed process(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new PictureException(
                    PictureException.Reason.TOO_LARGE,
                    "A picture may be at most " + MAX_BYTES / (1024 * 1024) + " MiB; this one has " + bytes.length
                            + " bytes.");
        }
        ImageFormat format = ImageFormat.sniff(bytes)
                .orElseThrow(() -> new PictureException(
                        PictureException.Reason.NOT_A_PICTURE,
                        "This is not a JPEG, PNG or WebP picture (recognised by its content, not its name)."));
        checkDimensions(bytes, format);
        BufferedImage upright;
        try {
            upright = Thumbnails.of(new ByteArrayInputStream(bytes)).scale(1.0).asBufferedImage();
        } catch (IOException | RuntimeException e) {
            throw unreadable(format);
        }
        int width = upright.getWidth();
        int height = upright.getHeight();
        boolean alpha = upright.getColorModel().hasAlpha();
        List<MediaRepository.Rendition> files = new ArrayList<>();
        files.add(new MediaRepository.Rendition(MediaFile.ORIGINAL, MediaFile.ORIGINAL, format.contentType(), bytes));
        List<Integer> widths = new ArrayList<>();
        for (int w : WIDTHS) {
            if (w < width) {
                widths.add(w);
            }
        }
        widths.add(Math.min(width, LARGEST));
        for (int w : widths) {
            files.add(rendition(upright, w, alpha));
        }
        return new Processed(format, width, height, sha256(bytes), files);
    }

    private static void checkDimensions(byte[] bytes, ImageFormat format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable(format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w <= 0 || h <= 0) {
                    throw unreadable(format);
                }
                if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_PIXELS) {
                    throw new PictureException(
                            PictureException.Reason.TOO_LARGE,
                            "A picture may have at most "
                                    + MAX_PIXELS / 1_000_000 + " million pixels and " + MAX_SIDE
                                    + " on a side; this one is "
                                    + w + " × " + h + ".");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PictureException p) {
                throw p;
            }
            throw unreadable(format);
        }
    }

    private static MediaRepository.Rendition rendition(BufferedImage image, int width, boolean alpha) {
        try {
            BufferedImage resized = width == image.getWidth()
                    ? image
                    : Thumbnails.of(image).width(width).asBufferedImage();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (alpha) {
                ImageIO.write(resized, "png", out);
            } else {
                BufferedImage rgb = resized;
                if (resized.getType() != BufferedImage.TYPE_INT_RGB
                        && resized.getType() != BufferedImage.TYPE_3BYTE_BGR) {
                    rgb = new BufferedImage(resized.getWidth(), resized.getHeight(), BufferedImage.TYPE_INT_RGB);
                    rgb.createGraphics().drawImage(resized, 0, 0, null);
                }
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(ios);
                    writer.write(null, new IIOImage(rgb, null, null), param);
                } finally {
                    writer.dispose();
                }
            }
            return new MediaRepository.Rendition(
                    resized.getWidth(),
                    resized.getHeight(),
                    alpha ? ImageFormat.PNG.contentType() : ImageFormat.JPEG.contentType(),
                    out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PictureException unreadable(ImageFormat format) {
        return new PictureException(
                PictureException.Reason.UNREADABLE,
                "The file starts like a " + format.name() + " picture but cannot be read; is it damaged?");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
