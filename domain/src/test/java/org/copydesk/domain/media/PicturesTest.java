package org.copydesk.domain.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PicturesTest {

    static byte[] picture(int width, int height, String format, boolean alpha) throws IOException {
        BufferedImage image =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(alpha ? new Color(200, 30, 30, 120) : new Color(30, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void aJpegGetsRenditionsNarrowerThanItselfAndOneAtItsOwnWidth() throws IOException {
        byte[] jpeg = picture(1200, 800, "jpeg", false);
        Pictures.Processed p = Pictures.process(jpeg);
        assertEquals(ImageFormat.JPEG, p.format());
        assertEquals(1200, p.width());
        assertEquals(800, p.height());
        assertEquals(64, p.sha256().length());
        List<MediaRepository.Rendition> files = p.files();
        assertEquals(MediaFile.ORIGINAL, files.get(0).width());
        assertArrayEquals(jpeg, files.get(0).bytes());
        assertEquals(
                List.of(320, 640, 1024, 1200),
                files.subList(1, files.size()).stream()
                        .map(MediaRepository.Rendition::width)
                        .toList());
        for (MediaRepository.Rendition r : files.subList(1, files.size())) {
            assertEquals("image/jpeg", r.contentType());
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(r.bytes()));
            assertEquals(r.width(), read.getWidth());
            assertEquals(Math.round(r.width() * 800 / 1200.0), read.getHeight(), 1.0);
            assertEquals(r.height(), read.getHeight());
        }
    }

    @Test
    void aWidePictureIsServedAtMost1600Wide() throws IOException {
        Pictures.Processed p = Pictures.process(picture(2400, 1000, "jpeg", false));
        assertEquals(
                List.of(320, 640, 1024, 1600),
                p.files().subList(1, p.files().size()).stream()
                        .map(MediaRepository.Rendition::width)
                        .toList());
    }

    @Test
    void aSmallPictureGetsOneRenditionAtItsOwnWidth() throws IOException {
        Pictures.Processed p = Pictures.process(picture(200, 100, "png", false));
        assertEquals(ImageFormat.PNG, p.format());
        assertEquals(2, p.files().size());
        assertEquals(200, p.files().get(1).width());
        assertEquals("image/jpeg", p.files().get(1).contentType());
    }

    @Test
    void transparencyIsKeptAsPng() throws IOException {
        Pictures.Processed p = Pictures.process(picture(700, 500, "png", true));
        MediaRepository.Rendition r = p.files().get(1);
        assertEquals("image/png", r.contentType());
        assertTrue(ImageIO.read(new ByteArrayInputStream(r.bytes()))
                .getColorModel()
                .hasAlpha());
    }

    @Test
    void theTypeIsReadFromTheBytesNotTheName() {
        assertEquals(
                ImageFormat.WEBP,
                ImageFormat.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))
                        .orElseThrow());
        PictureException text = assertThrows(
                PictureException.class,
                () -> Pictures.process("<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(PictureException.Reason.NOT_A_PICTURE, text.reason());
        assertEquals(
                PictureException.Reason.NOT_A_PICTURE,
                assertThrows(PictureException.class, () -> Pictures.process(new byte[0]))
                        .reason());
        assertEquals(
                PictureException.Reason.NOT_A_PICTURE,
                assertThrows(
                                PictureException.class,
                                () -> Pictures.process("GIF89a....".getBytes(StandardCharsets.ISO_8859_1)))
                        .reason());
    }

    @Test
    void aDamagedPictureIsRefusedAsUnreadable() throws IOException {
        byte[] jpeg = picture(400, 300, "jpeg", false);
        byte[] cut = java.util.Arrays.copyOf(jpeg, 40);
        assertEquals(
                PictureException.Reason.UNREADABLE,
                assertThrows(PictureException.class, () -> Pictures.process(cut))
                        .reason());
        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        noise[0] = (byte) 0x89;
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, noise, 0, 8);
        assertEquals(
                PictureException.Reason.UNREADABLE,
                assertThrows(PictureException.class, () -> Pictures.process(noise))
                        .reason());
    }

    @Test
    void aPictureThatClaimsGiantSizeIsRefusedBeforeItIsDecoded() throws IOException {
        // a 1 × 1 PNG whose header says 30000 × 30000: refused from the header, nothing decoded
        byte[] png = picture(1, 1, "png", false);
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(30_000).putInt(30_000);
        PictureException e = assertThrows(PictureException.class, () -> Pictures.process(png));
        assertEquals(PictureException.Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("30000 × 30000"), e.getMessage());
    }

    @Test
    void moreThanTenMebibytesIsTooLarge() {
        byte[] big = new byte[(int) Pictures.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertEquals(
                PictureException.Reason.TOO_LARGE,
                assertThrows(PictureException.class, () -> Pictures.process(big))
                        .reason());
    }
}
