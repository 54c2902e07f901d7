package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.RawHttp;
import org.copydesk.it.Readers;
import org.copydesk.it.ServerUrls;
import org.junit.jupiter.api.Test;

/**
 * What every request meets first (docs/operations.md, "Behind nginx and TLS"): a request body over the limit
 * is a 413 problem+json at any size, declared or chunked, on the API, the desk's pages and the readers' form;
 * X-Forwarded-* are believed from the trusted proxy (127.0.0.1 here) and from nobody else; over HTTPS cookies are
 * Secure and HSTS is sent, and the desk's own addresses keep the scheme and host readers used.
 */
class EdgeIT extends ApiTest {

    private static final int PORT = ServerUrls.base().getPort();
    private static final String PROXY = "127.0.0.1";
    private static final String BASIC = "Authorization: Basic "
            + Base64.getEncoder().encodeToString("reporter:copydesk".getBytes(StandardCharsets.UTF_8));

    private static void assertTooLarge(RawHttp.Answer answer, String where) {
        assertEquals(413, answer.status(), where + ": " + answer.body());
        assertTrue(
                answer.header("content-type").startsWith("application/problem+json"), where + ": " + answer.headers());
        JsonObject problem = Api.parse(answer.body()).asJsonObject();
        assertEquals(413, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("MiB"), problem.toString());
    }

    @Test
    void aDeclaredBodyOfAnySizeIsA413ProblemBeforeAByteOfItIsSent() {
        for (String target : new String[] {
            "/copydesk/api/stories",
            "/copydesk/api/stories/import",
            "/copydesk/api/media",
            "/copydesk/login.xhtml",
            "/copydesk/read/any-story",
            "/copydesk/desk/"
        }) {
            for (long size : new long[] {30L << 20, 40L << 30, 1L << 50}) { // up to a pebibyte
                RawHttp.Answer answer = RawHttp.headOnly(
                        PORT,
                        PROXY,
                        "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + PORT + "\r\n" + BASIC
                                + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + size);
                assertTooLarge(answer, target + " with " + size + " bytes");
            }
        }
    }

    @Test
    void aChunkedBodyThatGrowsPastTheLimitIsA413Problem() {
        // a form of a desk page, parsed by the server before any code of ours reads it
        assertTooLarge(
                RawHttp.exchange(
                        PORT,
                        PROXY,
                        "POST /copydesk/login.xhtml HTTP/1.1\r\nHost: 127.0.0.1:" + PORT
                                + "\r\nContent-Type: application/x-www-form-urlencoded",
                        26L << 20,
                        true),
                "a chunked form");
        // the API's own, smaller limit: 600 KiB of text to import
        RawHttp.Answer api = RawHttp.exchange(
                PORT,
                PROXY,
                "POST /copydesk/api/stories/import HTTP/1.1\r\nHost: 127.0.0.1:" + PORT + "\r\n" + BASIC
                        + "\r\nContent-Type: text/plain",
                2L << 20,
                true);
        assertEquals(413, api.status(), api.body());
        assertTrue(api.body().contains("600 KiB"), api.body());
        // and the server still answers
        assertEquals(200, Api.anonymous().get("health").statusCode());
    }

    @Test
    void overHttpsThroughTheProxyCookiesAreSecureAndHstsIsSent() {
        RawHttp.Answer https = RawHttp.headOnly(
                PORT,
                PROXY,
                "GET /copydesk/login.xhtml HTTP/1.1\r\nHost: news.example"
                        + "\r\nX-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.7");
        assertEquals(200, https.status());
        assertEquals("max-age=31536000", https.header("strict-transport-security"));
        assertTrue(https.header("set-cookie").toLowerCase().contains("; secure"), https.header("set-cookie"));

        RawHttp.Answer http =
                RawHttp.headOnly(PORT, PROXY, "GET /copydesk/login.xhtml HTTP/1.1\r\nHost: 127.0.0.1:" + PORT);
        assertNull(http.header("strict-transport-security"));
        assertTrue(!http.header("set-cookie").toLowerCase().contains("secure"), http.header("set-cookie"));

        // a reader cannot make the server believe it came over HTTPS
        RawHttp.Answer claimed = RawHttp.headOnly(
                PORT,
                Readers.freshAddress(),
                "GET /copydesk/login.xhtml HTTP/1.1" + "\r\nHost: 127.0.0.1:" + PORT + "\r\nX-Forwarded-Proto: https");
        assertNull(claimed.header("strict-transport-security"));
        assertTrue(!claimed.header("set-cookie").toLowerCase().contains("secure"), claimed.header("set-cookie"));
    }

    @Test
    void behindTheProxyTheDesksRedirectsKeepTheReadersSchemeAndHost() {
        RawHttp.Answer answer = RawHttp.headOnly(
                PORT,
                PROXY,
                "GET /copydesk/desk/ HTTP/1.1\r\nHost: news.example"
                        + "\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: 443");
        assertTrue(answer.status() == 302 || answer.status() == 303, answer.status() + " " + answer.headers());
        assertTrue(answer.header("location").startsWith("https://news.example/copydesk/"), answer.header("location"));
    }

    @Test
    void aReaderIsCountedByTheirOwnAddressWhateverTheyClaim() {
        long id = Desks.published(
                "Ferry timetable changes " + UUID.randomUUID().toString().substring(0, 8),
                "The ferry will leave at 7 a.m. from Monday.");
        String slug = json(reporter.get("stories/" + id)).getString("slug");
        String reader = Readers.freshAddress();
        for (int i = 0; i < 5; i++) {
            // each claims another address: not believed, the reader is not a trusted proxy
            Readers.Answer taken = Readers.report(
                    ServerUrls.base(),
                    slug,
                    "The ferry leaves at 7.30, report " + i,
                    null,
                    reader,
                    "X-Forwarded-For: 198.51.100." + (i + 1));
            assertEquals(200, taken.status(), taken.body());
        }
        Readers.Answer refused = Readers.report(
                ServerUrls.base(),
                slug,
                "The ferry leaves at 7.30, once more",
                null,
                reader,
                "X-Forwarded-For: 198.51.100.99");
        assertEquals(429, refused.status(), "the sixth report of the hour from one reader");
    }

    /**
     * A kept public page is answered where the request arrives (ReadFromMemory, before security and the servlets)
     * with the headers the servlet gives the page it renders: the same security headers and policies, type, tag,
     * caching and a request id of its own; HEAD has the length and no body; a query goes to the servlet.
     */
    @Test
    void aKeptPageIsAnsweredBeforeTheServletsWithTheSameHeaders() {
        long id = Desks.published(
                "Tram line opens " + UUID.randomUUID().toString().substring(0, 8),
                "The tram runs every ten minutes from Sunday.");
        String url = ServerUrls.base()
                .resolve("read/" + json(reporter.get("stories/" + id)).getString("slug"))
                .toString();
        Api reader = Api.anonymous();
        var rendered = reader.send(reader.request(url).GET());
        var kept = reader.send(
                reader.request(url).header("X-Request-Id", "reader-trace-0042").GET());
        // a query is answered by the servlet, from the same kept page
        var byTheServlet = reader.send(reader.request(url + "?utm_source=feed").GET());
        assertEquals(200, kept.statusCode());
        assertEquals("hit", kept.headers().firstValue("X-Copydesk-Cache").orElse(""));
        assertEquals(
                "hit", byTheServlet.headers().firstValue("X-Copydesk-Cache").orElse(""));
        assertEquals(rendered.body(), kept.body());
        assertEquals(rendered.body(), byTheServlet.body());
        for (String header : java.util.List.of(
                "Content-Type",
                "ETag",
                "Cache-Control",
                "X-Content-Type-Options",
                "X-Frame-Options",
                "Referrer-Policy")) {
            assertEquals(
                    byTheServlet.headers().allValues(header), kept.headers().allValues(header), header);
            assertEquals(rendered.headers().allValues(header), kept.headers().allValues(header), header);
        }
        assertEquals(
                new java.util.TreeSet<>(byTheServlet.headers().allValues("Content-Security-Policy")),
                new java.util.TreeSet<>(kept.headers().allValues("Content-Security-Policy")));
        assertTrue(kept.headers().allValues("Content-Security-Policy").contains("script-src 'none'"));
        assertEquals(
                "reader-trace-0042", kept.headers().firstValue("X-Request-Id").orElse(""), "a sane id is kept");
        assertTrue(reader.send(reader.request(url).GET())
                .headers()
                .firstValue("X-Request-Id")
                .isPresent());

        var head = reader.send(reader.request(url).method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals(
                String.valueOf(kept.body().getBytes(StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElse(""));
        assertEquals("", head.body());
    }
}
