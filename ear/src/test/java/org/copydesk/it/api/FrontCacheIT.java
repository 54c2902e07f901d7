package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.FrontCacheServer;
import org.copydesk.it.RawHttp;
import org.copydesk.it.Readers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * nginx in front of Copydesk with the shipped front-cache configuration (src/main/nginx/copydesk-cache.conf):
 * readers' pages and feeds are kept by the cache, and a correction, a publication or a retraction shows through
 * it within a second, served from the cache again; staff and the API are never served from it; readers behind
 * it are counted one by one; an oversized body through it is still Copydesk's 413 problem+json.
 */
class FrontCacheIT extends ApiTest {

    /** The longest a change may take to show through the cache. */
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(1);

    private static final HttpClient READER =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static FrontCacheServer nginx;

    @BeforeAll
    static void startTheCache() {
        nginx = FrontCacheServer.start();
    }

    @AfterAll
    static void stopTheCache() {
        if (nginx != null) {
            nginx.close();
        }
    }

    private static HttpResponse<String> read(URI uri) {
        try {
            return READER.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String cacheStatus(HttpResponse<String> response) {
        return response.headers().firstValue("X-Cache-Status").orElse("none");
    }

    /** Reads the address through the cache until it shows what is awaited; answers how long that took. */
    private static Duration awaitThroughCache(URI uri, Predicate<String> shown, String what) {
        long start = System.nanoTime();
        HttpResponse<String> last;
        do {
            last = read(uri);
            if (shown.test(last.body())) {
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                System.out.printf(
                        "FrontCacheIT: %s visible through the front cache after %d ms (%s)%n",
                        what, took.toMillis(), cacheStatus(last));
                return took;
            }
            sleep(25);
        } while (Duration.ofNanos(System.nanoTime() - start).compareTo(VISIBLE_WITHIN.multipliedBy(5)) < 0);
        throw new AssertionError(what + " not visible through the front cache within "
                + VISIBLE_WITHIN.multipliedBy(5).toSeconds() + " s; last answer " + last.statusCode() + " "
                + cacheStatus(last));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String slug(long id) {
        return json(reporter.get("stories/" + id)).getString("slug");
    }

    private void applyCorrection(long id, String before, String after) {
        String key = json(reporter.get("stories/" + id))
                .getJsonArray("blocks")
                .getJsonObject(0)
                .getString("key");
        HttpResponse<String> proposed = copyEditor.postJson(
                "stories/" + id + "/corrections",
                Json.createObjectBuilder()
                        .add("kind", "CORRECTION")
                        .add("blockKey", key)
                        .add("before", before)
                        .add("after", after)
                        .add("reason", "Checked with the port authority")
                        .add("notice", "An earlier version said " + before + "; it is " + after + ".")
                        .build()
                        .toString());
        assertEquals(201, proposed.statusCode(), proposed.body());
        long cid = json(proposed).getJsonNumber("id").longValue();
        HttpResponse<String> applied = editor.postJson("corrections/" + cid + "/apply", "{}");
        assertEquals(200, applied.statusCode(), applied.body());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCorrectionShowsThroughTheCacheWithinASecondAndIsKeptAgain() {
        long id = Desks.published(
                "Harbour bridge reopens " + unique(),
                "The harbour bridge reopened to traffic on Monday after four months of repairs.");
        URI page = nginx.base().resolve("read/" + slug(id));
        // publishing already put the page in the cache; readers are answered from it
        read(page);
        HttpResponse<String> kept = read(page);
        assertEquals(200, kept.statusCode());
        assertEquals("HIT", cacheStatus(kept));
        String cacheControl = kept.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cacheControl.contains("public") && cacheControl.contains("s-maxage="), cacheControl);
        assertTrue(kept.body().contains("four months"));

        applyCorrection(id, "four months", "five months");
        Duration took = awaitThroughCache(page, body -> body.contains("five months of repairs"), "a correction");
        assertTrue(took.compareTo(VISIBLE_WITHIN) <= 0, "the correction took " + took.toMillis() + " ms");
        HttpResponse<String> after = read(page);
        assertEquals("HIT", cacheStatus(after), "the corrected page is kept again, not fetched for every reader");
        assertTrue(after.body().contains("An earlier version said four months"), "the dated notice");

        // the public log and its feed show it too, through the cache, and the news sitemap lists the story
        awaitThroughCache(
                nginx.base().resolve("sitemap-news.xml"),
                body -> body.contains("/read/" + slug(id)),
                "the news sitemap");
        awaitThroughCache(
                nginx.base().resolve("corrections"),
                body -> body.contains("An earlier version said four " + "months; it is five months."),
                "the corrections log");
        awaitThroughCache(
                nginx.base().resolve("corrections.atom"), body -> body.contains("five months"), "the corrections feed");
    }

    @Test
    void aRetractionReplacesThePageInTheCache() {
        long id = Desks.published("Council approves budget " + unique(), "The council approved the budget on Tuesday.");
        URI page = nginx.base().resolve("read/" + slug(id));
        read(page);
        assertEquals("HIT", cacheStatus(read(page)));
        HttpResponse<String> retracted =
                Desks.move(editor, id, "RETRACTED", "The vote was postponed; the story was wrong.");
        assertEquals(200, retracted.statusCode(), retracted.body());
        Duration took = awaitThroughCache(page, body -> body.contains("This story has been retracted"), "a retraction");
        assertTrue(took.compareTo(VISIBLE_WITHIN) <= 0, "the retraction took " + took.toMillis() + " ms");
    }

    @Test
    void theCorrectionsLogIsOnePageForEveryReaderAndIsKept() {
        URI log = nginx.base().resolve("corrections");
        HttpResponse<String> first = read(log);
        assertEquals(200, first.statusCode());
        assertTrue(
                first.headers().firstValue("Set-Cookie").isEmpty(),
                "no session for a reader: " + first.headers().map());
        assertEquals("HIT", cacheStatus(read(log)));
        assertEquals(200, read(nginx.base().resolve("corrections?page=1")).statusCode());
    }

    @Test
    void staffAndTheApiAreNeverServedFromTheCache() {
        URI stories = nginx.base().resolve("api/stories?size=1");
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> answer = Api.anonymous()
                    .send(HttpRequest.newBuilder(stories)
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + java.util.Base64.getEncoder()
                                                    .encodeToString("editor:copydesk"
                                                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .GET());
            assertEquals(200, answer.statusCode(), answer.body());
            assertNotEquals("HIT", answer.headers().firstValue("X-Cache-Status").orElse("none"));
        }
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> login = read(nginx.base().resolve("login.xhtml"));
            assertNotEquals("HIT", cacheStatus(login), "a desk page is never kept");
            assertFalse(login.headers().firstValue("Set-Cookie").isEmpty(), "each visitor gets their own session");
        }
    }

    @Test
    void readersBehindTheCacheAreCountedOneByOne() {
        long id = Desks.published("Ferry timetable changes " + unique(), "The ferry will leave at 7 a.m. from Monday.");
        String slug = slug(id);
        String first = Readers.freshAddress();
        for (int i = 0; i < 5; i++) {
            Readers.Answer taken =
                    Readers.report(nginx.base(), slug, "The ferry leaves at 7.30, report " + i, null, first, null);
            assertEquals(200, taken.status(), taken.body());
        }
        Readers.Answer refused = Readers.report(
                nginx.base(),
                slug,
                "The ferry leaves at 7.30, report 5",
                null,
                first,
                "X-Forwarded-For: 198.51.100.20");
        assertEquals(429, refused.status(), "the sixth report of the hour from one reader, whatever they claim");
        Readers.Answer another = Readers.report(
                nginx.base(), slug, "The ferry leaves at 7.30, says another", null, Readers.freshAddress(), null);
        assertEquals(200, another.status(), "another reader behind the same proxy is not held back: " + another.body());
    }

    @Test
    void anOversizedBodyThroughTheCacheIsStillA413Problem() {
        RawHttp.Answer answer = RawHttp.headOnly(
                FrontCacheServer.port(),
                "127.0.0.1",
                "POST /copydesk/api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                        + "\r\nContent-Length: " + (40L << 30));
        assertEquals(413, answer.status(), answer.body());
        assertTrue(
                answer.header("content-type").startsWith("application/problem+json"),
                answer.headers().toString());
        assertNotEquals("HIT", answer.header("x-cache-status"));
    }
}
