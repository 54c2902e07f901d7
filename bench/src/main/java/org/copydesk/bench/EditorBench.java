package org.copydesk.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.openqa.selenium.json.Json;

/**
 * The editor's figures (docs/editor.md, "Figures"), measured over HTTP against a running server with the seed
 * loaded (story 1), one request at a time, as a writer's browser makes them:
 * <ol>
 *   <li><b>save</b>: the seed saved with one word changed ({@code PUT /api/stories/1} with its ETag), the server's
 *       whole save — checks, revision, the sourcing guard, claims following the edit;
 *   <li><b>working copy</b>: the autosave of the same edit ({@code PUT /api/stories/1/working-copy});
 *   <li><b>public page</b>: two published copies of the seed, one with the AFP photo as a picture (a 1600 × 1000
 *       JPEG uploaded through the API) and one without — the page, and the picture a browser then fetches
 *       ({@code ?w=1024}).
 * </ol>
 * Each prints p50 / p95 / max in milliseconds after a warm-up. Publishing goes through the real workflow (every
 * claim linked to a new verified source, findings dismissed), so the pages are what readers get.
 */
public final class EditorBench {

    private static final Json JSON = new Json();

    private final URI base;
    private final int rounds;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    EditorBench(URI base, int rounds) {
        this.base = base;
        this.rounds = rounds;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: EditorBench BASE_URL (e.g. http://127.0.0.1:8080/copydesk/) [ROUNDS (200)]");
            System.exit(2);
        }
        new EditorBench(
                        URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/"),
                        args.length > 1 ? Integer.parseInt(args[1]) : 200)
                .run();
    }

    private void run() throws Exception {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("save round trip (PUT story, seed)", figures(timeSaves(false)));
        rows.put("working-copy save (PUT working-copy, seed)", figures(timeSaves(true)));

        Map<String, Object> seed =
                json(send("reporter", get("api/stories/1"), 200).body());
        long plain = publish(createCopy(seed, null));
        long mediaId = upload(picture(1600, 1000));
        long pictured = publish(createCopy(seed, mediaId));
        String plainSlug = (String)
                json(send("reporter", get("api/stories/" + plain), 200).body()).get("slug");
        String picturedSlug = (String)
                json(send("reporter", get("api/stories/" + pictured), 200).body())
                        .get("slug");
        int[] plainBytes = new int[1];
        int[] picturedBytes = new int[1];
        int[] pictureBytes = new int[1];
        rows.put(
                "public page without a picture",
                figures(timeGets("read/" + plainSlug, plainBytes))
                        + String.format(Locale.ROOT, " · %d KB", plainBytes[0] / 1024));
        rows.put(
                "public page with the picture",
                figures(timeGets("read/" + picturedSlug, picturedBytes))
                        + String.format(Locale.ROOT, " · %d KB", picturedBytes[0] / 1024));
        rows.put(
                "  + the picture (?w=1024, the page's src)",
                figures(timeGets("media/" + mediaId + "?w=1024", pictureBytes))
                        + String.format(Locale.ROOT, " · %d KB", pictureBytes[0] / 1024));

        System.out.println();
        System.out.println("Editor benchmark, " + rounds + " rounds each after " + rounds / 5
                + " of warm-up (ms: p50 / p95 / max)");
        rows.forEach((name, value) -> System.out.printf(Locale.ROOT, "  %-46s %s%n", name, value));
    }

    // --- the measurements ------------------------------------------------------------------------

    /** Saves (or keeps as a working copy) the seed with one word changed back and forth; the server's time. */
    private long[] timeSaves(boolean workingCopy) throws Exception {
        long[] times = new long[rounds];
        for (int i = -rounds / 5; i < rounds; i++) {
            HttpResponse<String> read = send("reporter", get("api/stories/1"), 200);
            String etag = read.headers().firstValue("ETag").orElseThrow();
            String body = read.body();
            String edited = body.contains("just 100 miles")
                    ? body.replace("just 100 miles", "only 100 miles")
                    : body.replace("only 100 miles", "just 100 miles");
            if (edited.equals(body)) {
                throw new IllegalStateException("the seed no longer has the sentence the benchmark edits");
            }
            edited = edited.substring(0, edited.lastIndexOf('}')) + ",\"reason\":\"Benchmark edit\"}";
            HttpRequest.Builder put = request(workingCopy ? "api/stories/1/working-copy" : "api/stories/1")
                    .header("Content-Type", "application/json")
                    .header("If-Match", etag)
                    .PUT(HttpRequest.BodyPublishers.ofString(edited));
            long start = System.nanoTime();
            send("reporter", put, 200);
            long took = System.nanoTime() - start;
            if (i >= 0) {
                times[i] = took;
            }
        }
        if (workingCopy) {
            send("reporter", request("api/stories/1/working-copy").DELETE(), 204);
        }
        return times;
    }

    private long[] timeGets(String path, int[] bytes) throws Exception {
        long[] times = new long[rounds];
        for (int i = -rounds / 5; i < rounds; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = http.send(
                    HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - start;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode());
            }
            bytes[0] = answer.body().length;
            if (i >= 0) {
                times[i] = took;
            }
        }
        return times;
    }

    private static String figures(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "%6.1f / %6.1f / %6.1f",
                LoadClient.percentile(sorted, 50),
                LoadClient.percentile(sorted, 95),
                ms(sorted[sorted.length - 1]));
    }

    private static double ms(double nanos) {
        return nanos / 1_000_000.0;
    }

    // --- making the stories ----------------------------------------------------------------------

    /** A new story with the seed's headline and blocks; with a picture, the missiles' caption becomes it. */
    @SuppressWarnings("unchecked")
    private long createCopy(Map<String, Object> seed, Long mediaId) throws Exception {
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Map<String, Object> b : (List<Map<String, Object>>) seed.get("blocks")) {
            Map<String, Object> copy = new LinkedHashMap<>();
            copy.put("type", b.get("type"));
            copy.put("text", b.get("text"));
            copy.put("marks", b.get("marks"));
            if (mediaId != null && ((String) b.get("text")).startsWith("North Korea’s ballistic missiles")) {
                copy.clear();
                copy.put("type", "IMAGE");
                copy.put("mediaId", mediaId);
                copy.put("text", b.get("text"));
                copy.put("alt", "Missiles on trucks roll past a crowd in a Pyongyang square.");
            }
            if ("IMAGE".equals(b.get("type"))) {
                copy.put("mediaId", b.get("mediaId"));
                copy.put("alt", b.get("alt"));
                copy.remove("marks");
            }
            blocks.add(copy);
        }
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("headline", seed.get("headline") + " (benchmark " + System.nanoTime() % 100_000 + ")");
        story.put("sections", seed.get("sections"));
        story.put("blocks", blocks);
        HttpResponse<String> created = send(
                "reporter",
                request("api/stories")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(story))),
                201);
        return number(json(created.body()).get("id"));
    }

    /** The whole workflow to publication: every claim linked to a new verified source, findings dismissed. */
    @SuppressWarnings("unchecked")
    private long publish(long id) throws Exception {
        move("reporter", id, "SOURCING_REVIEW");
        List<Object> claims = JSON.toType(
                send("editor", get("api/stories/" + id + "/attributions"), 200).body(), List.class);
        for (Object c : claims) {
            Map<String, Object> a = (Map<String, Object>) c;
            if (!Boolean.TRUE.equals(a.get("present"))) {
                continue;
            }
            String link = JSON.toJson(Map.of(
                    "newSourceName",
                    a.getOrDefault("proposedName", "Unnamed source") + " " + id,
                    "newSourceKind",
                    a.getOrDefault("proposedKind", "PERSON"),
                    "anonymityReason",
                    "Benchmark: not authorized to speak.")); // asked for an anonymous source only
            Map<String, Object> linked = json(send(
                            "editor",
                            request("api/stories/" + id + "/attributions/" + number(a.get("id")))
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(link)),
                            200)
                    .body());
            long source = number(((Map<String, Object>) linked.get("source")).get("id"));
            send(
                    "editor",
                    request("api/sources/" + source + "/verification")
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(
                                    "{\"status\":\"VERIFIED\",\"note\":\"Benchmark\"}")),
                    200);
        }
        move("editor", id, "COPY_EDIT");
        List<Object> findings = JSON.toType(
                send("copyeditor", get("api/stories/" + id + "/findings"), 200).body(), List.class);
        for (Object f : findings) {
            Map<String, Object> finding = (Map<String, Object>) f;
            if ("OPEN".equals(finding.get("status"))) {
                send(
                        "copyeditor",
                        request("api/stories/" + id + "/findings/" + number(finding.get("id")) + "/dismiss")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Benchmark\"}")),
                        200);
            }
        }
        move("copyeditor", id, "READY");
        move("editor", id, "PUBLISHED");
        return id;
    }

    private void move(String user, long id, String to) throws Exception {
        send(
                user,
                request("api/stories/" + id + "/transitions")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"" + to + "\"}")),
                200);
    }

    private long upload(byte[] jpeg) throws Exception {
        HttpResponse<String> created = send(
                "reporter",
                request("api/media?credit=AFP")
                        .header("Content-Type", "image/jpeg")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg)),
                201);
        return number(json(created.body()).get("id"));
    }

    /** A photo-like JPEG: gradients and noise, so it compresses like a photo rather than a flat drawing. */
    private static byte[] picture(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 70, 120), width, height, new Color(200, 160, 90)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        Random noise = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int d = noise.nextInt(41) - 20;
                int r = clamp(((rgb >> 16) & 0xFF) + d);
                int gr = clamp(((rgb >> 8) & 0xFF) + d);
                int b = clamp((rgb & 0xFF) + d);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    // --- HTTP ------------------------------------------------------------------------------------

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request, int expected) throws Exception {
        request.header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":copydesk").getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(answer.request().method() + " "
                    + answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return JSON.toType(body, Map.class);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
