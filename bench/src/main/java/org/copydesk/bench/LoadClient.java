package org.copydesk.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small closed-loop load client for bench/run: N threads, each with its own HTTP/1.1 connection (and its
 * own signed-in session for Faces pages), send requests back to back for a warm-up and then a measured
 * period; it prints one line with the throughput and the latency percentiles of the measured period.
 *
 * <pre>
 * LoadClient get URL [--user U]                 GET a page or API resource (Basic auth with --user)
 * LoadClient dashboard BASE --user U            sign in with the form, then GET BASE/desk/dashboard.xhtml
 * LoadClient transitions BASE                   reporter: DRAFT→SOURCING_REVIEW, editor: back with a note
 * LoadClient saves BASE                         reporter: GET story (ETag), PUT it with If-Match
 * LoadClient workingcopies BASE                 reporter: PUT the story's working copy (what the editor's
 *                                               autosave sends a few seconds after typing stops)
 * options: --threads 8 --seconds 15 --warmup 5 --password copydesk
 * </pre>
 *
 * Output: {@code RESULT name=… ops=… rps=… p50_ms=… p99_ms=… errors=…}.
 */
public final class LoadClient {

    private final Map<String, String> options;
    private final int threads;
    private final int seconds;
    private final int warmup;
    private final String password;
    private final AtomicLong errors = new AtomicLong();
    private volatile String firstError;

    LoadClient(Map<String, String> options) {
        this.options = options;
        this.threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        this.seconds = Integer.parseInt(options.getOrDefault("seconds", "15"));
        this.warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        this.password = options.getOrDefault("password", "copydesk");
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LoadClient get|dashboard|transitions|saves URL [--threads N] [--seconds S]"
                    + " [--warmup S] [--user U] [--password P] [--name NAME]");
            System.exit(2);
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 2; i + 1 < args.length; i += 2) {
            options.put(args[i].substring(2), args[i + 1]);
        }
        new LoadClient(options).run(args[0], args[1]);
    }

    /** One unit of work of one thread; returns normally when it succeeded. */
    interface Operation {
        void run() throws Exception;
    }

    interface Worker {
        Operation prepare(int thread) throws Exception;
    }

    void run(String mode, String url) throws Exception {
        Worker worker =
                switch (mode) {
                    case "get" -> t -> get(url);
                    case "dashboard" -> t -> dashboard(url);
                    case "transitions" -> t -> transitions(url, t);
                    case "saves" -> t -> saves(url, t);
                    case "workingcopies" -> t -> workingCopies(url, t);
                    default -> throw new IllegalArgumentException("unknown mode " + mode);
                };
        List<Operation> operations = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            operations.add(worker.prepare(t));
        }
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            Thread thread = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        break;
                    }
                    try {
                        operations.get(me).run();
                    } catch (Exception e) {
                        if (t0 >= measureFrom) {
                            errors.incrementAndGet();
                        }
                        if (firstError == null) {
                            firstError = e.toString();
                        }
                        continue;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t1 <= end) {
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = t1 - t0;
                    }
                }
                latencies[me] = mine;
                counts[me] = n;
            });
            thread.start();
            running.add(thread);
        }
        for (Thread t : running) {
            t.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        System.out.printf(
                Locale.ROOT,
                "RESULT name=%s ops=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f errors=%d threads=%d%n",
                options.getOrDefault("name", mode),
                total,
                total / (double) seconds,
                percentile(all, 50),
                percentile(all, 95),
                percentile(all, 99),
                errors.get(),
                threads);
        if (firstError != null) {
            System.out.println("first error: " + firstError);
        }
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static HttpClient client(CookieManager cookies) {
        HttpClient.Builder b = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (cookies != null) {
            b.cookieHandler(cookies);
        }
        return b.build();
    }

    private String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            String body = response.body();
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + (body.length() > 300 ? body.substring(0, 300) : body));
        }
    }

    private Operation get(String url) {
        HttpClient http = client(null);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (options.containsKey("user")) {
            b.header("Authorization", basic(options.get("user")));
        }
        HttpRequest request = b.build();
        return () -> expect(http.send(request, HttpResponse.BodyHandlers.ofString()), 200);
    }

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"jakarta\\.faces\\.ViewState\"");

    /** Signs in through the login form (a Faces post), then loads the dashboard with that session. */
    private Operation dashboard(String base) throws Exception {
        HttpClient http = client(new CookieManager());
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(form, 200);
        Matcher m = VIEW_STATE.matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String viewState = m.group(1) != null ? m.group(1) : m.group(2);
        String body = "login=login&login%3Ausername=" + enc(options.getOrDefault("user", "editor"))
                + "&login%3Apassword=" + enc(password) + "&login%3Anext=&login%3Asignin=Sign+in"
                + "&jakarta.faces.ViewState=" + enc(viewState);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("sign-in answered " + signedIn.statusCode());
        }
        HttpRequest page = HttpRequest.newBuilder(URI.create(base + "/desk/dashboard.xhtml"))
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<String> first = http.send(page, HttpResponse.BodyHandlers.ofString());
        expect(first, 200);
        if (!first.body().contains("cd-page-title") && !first.body().contains("Dashboard")) {
            throw new IllegalStateException("the dashboard did not render");
        }
        return () -> expect(http.send(page, HttpResponse.BodyHandlers.ofString()), 200);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private long createStory(HttpClient http, String api, int thread) throws Exception {
        String story = storyJson("Benchmark story " + thread + " " + System.nanoTime(), new Random(thread), 0);
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(api + "/stories"))
                        .header("Authorization", basic("reporter"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(story))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        expect(created, 201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
        if (!id.find()) {
            throw new IllegalStateException("no id in " + created.body());
        }
        return Long.parseLong(id.group(1));
    }

    private static final TextGenerator TEXT = new TextGenerator();

    /** A story body of ten realistic paragraphs; {@code edit} changes a few words of one of them. */
    static String storyJson(String headline, Random rnd, int edit) {
        StringBuilder blocks = new StringBuilder();
        Random fixed = new Random(headline.hashCode());
        for (int i = 0; i < 10; i++) {
            String p = TEXT.paragraph(fixed);
            if (edit > 0 && i == edit % 10) {
                p = TEXT.edit(p, rnd);
            }
            blocks.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"PARAGRAPH\",\"text\":\"")
                    .append(json(p))
                    .append("\"}");
        }
        return "{\"headline\":\"" + json(headline) + "\",\"blocks\":[" + blocks + "]}";
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private Operation transitions(String api, int thread) throws Exception {
        HttpClient http = client(null);
        long id = createStory(http, api, thread);
        URI uri = URI.create(api + "/stories/" + id + "/transitions");
        HttpRequest submit = HttpRequest.newBuilder(uri)
                .header("Authorization", basic("reporter"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"SOURCING_REVIEW\"}"))
                .build();
        HttpRequest back = HttpRequest.newBuilder(uri)
                .header("Authorization", basic("editor"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"DRAFT\",\"note\":\"Needs a second source.\"}"))
                .build();
        boolean[] inDraft = {true};
        return () -> {
            expect(http.send(inDraft[0] ? submit : back, HttpResponse.BodyHandlers.ofString()), 200);
            inDraft[0] = !inDraft[0];
        };
    }

    private Operation workingCopies(String api, int thread) throws Exception {
        HttpClient http = client(null);
        long id = createStory(http, api, thread);
        String headline = "Benchmark working copy " + thread + " " + id;
        URI uri = URI.create(api + "/stories/" + id + "/working-copy");
        Random rnd = new Random(id);
        int[] n = {0};
        return () -> expect(
                http.send(
                        HttpRequest.newBuilder(uri)
                                .header("Authorization", basic("reporter"))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(storyJson(headline, rnd, ++n[0])))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()),
                200);
    }

    private Operation saves(String api, int thread) throws Exception {
        HttpClient http = client(null);
        long id = createStory(http, api, thread);
        String headline = "Benchmark save " + thread + " " + id;
        URI uri = URI.create(api + "/stories/" + id);
        HttpRequest read = HttpRequest.newBuilder(uri)
                .header("Authorization", basic("reporter"))
                .build();
        Random rnd = new Random(id);
        int[] n = {0};
        return () -> {
            HttpResponse<String> current = http.send(read, HttpResponse.BodyHandlers.ofString());
            expect(current, 200);
            String etag = current.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> saved = http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Authorization", basic("reporter"))
                            .header("Content-Type", "application/json")
                            .header("If-Match", etag)
                            .PUT(HttpRequest.BodyPublishers.ofString(storyJson(headline, rnd, ++n[0])))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            expect(saved, 200);
        };
    }
}
