package org.copydesk.it;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Pictures made by the tests (each one different, so the library never answers "uploaded before"). */
public final class TestPictures {

    private static int drawn;

    private TestPictures() {}

    /** A JPEG or PNG ("jpeg", "png") of this size with a gradient, shapes and a label. */
    public static synchronized byte[] picture(int width, int height, String format, String label) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int n = ++drawn;
        g.setPaint(new GradientPaint(
                0, 0, new Color(40, 70, (120 + n * 7) % 256), width, height, new Color(200, 160, 90)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(50, 50, 50));
        for (int i = 0; i < 5; i++) {
            g.fillRoundRect(width / 10 + i * width / 6, height / 2, width / 8, height / 8, 12, 12);
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 10)));
        g.drawString(label + " " + n + " " + System.nanoTime() % 100_000, width / 10, height / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The picture written to a temporary file (for a browser's file input). */
    public static Path file(int width, int height, String label) {
        try {
            Path file = Files.createTempFile("copydesk-picture-", ".jpg");
            Files.write(file, picture(width, height, "jpeg", label));
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads a picture through the API ({@code POST /api/media}) and answers the response. */
    public static HttpResponse<String> upload(Api as, byte[] bytes, String contentType, String query) {
        return as.send(as.request("media" + (query == null ? "" : "?" + query))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }
}
