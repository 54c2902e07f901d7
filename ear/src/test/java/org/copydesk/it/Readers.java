package org.copydesk.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Readers sending the "Report an error" form of a story's public page, each from a network address of its own:
 * the connection is made from an address of the loopback network (127.x.y.z, which the server sees as the
 * reader's), so every test has its own hourly limit on reports and can look for its reader's address in what
 * the desk is shown.
 */
public final class Readers {

    /** What the server answered: the status and the page. */
    public record Answer(int status, String body) {}

    private Readers() {}

    /** An address of the loopback network no other test uses (never 127.0.0.1, the tests' own). */
    public static String freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    /** Posts the report form of {@code /read/{slug}} from {@code from}, as a browser would. */
    public static Answer report(String slug, String text, String contact, String from) {
        return report(ServerUrls.base(), slug, text, contact, from, null);
    }

    /**
     * Posts the report form of {@code /read/{slug}} below {@code base} (the server, or a front cache before it) from
     * {@code from}, with one more header line when {@code header} is not null.
     */
    public static Answer report(URI base, String slug, String text, String contact, String from, String header) {
        URI uri = base.resolve("read/" + slug);
        byte[] body = ("text=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&contact="
                        + URLEncoder.encode(contact == null ? "" : contact, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        // HTTP/1.0: the answer comes whole (no chunks) and the connection closes after it
        String head = "POST " + uri.getRawPath() + " HTTP/1.0\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: application/x-www-form-urlencoded; charset=UTF-8\r\nContent-Length: "
                + body.length + "\r\n" + (header == null ? "" : header + "\r\n") + "\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(response.indexOf(' ') + 1, response.indexOf(' ') + 4));
            int start = response.indexOf("\r\n\r\n");
            return new Answer(status, start < 0 ? "" : response.substring(start + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
