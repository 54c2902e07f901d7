package org.copydesk.it.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.it.ServerCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kills WildFly with SIGKILL while clients write stories through the API, starts it again, and checks
 * that every write the server acknowledged (201) is there and the database opens cleanly; then takes an
 * online backup, restores it into a fresh server and finds every story there too. Runs its own
 * server (a copy of the provisioned one, port offset {@code crash.port.offset}, 400 by default), not the
 * Arquillian one.
 */
class CrashSafetyIT {

    static final int OFFSET = Integer.getInteger("crash.port.offset", 400);
    static final URI BASE = URI.create("http://127.0.0.1:" + (8080 + OFFSET) + "/copydesk/api/");
    static final String AUTH =
            "Basic " + Base64.getEncoder().encodeToString("reporter:copydesk".getBytes(StandardCharsets.UTF_8));
    static final String EDITOR =
            "Basic " + Base64.getEncoder().encodeToString("editor:copydesk".getBytes(StandardCharsets.UTF_8));
    static final String COPY =
            "Basic " + Base64.getEncoder().encodeToString("copyeditor:copydesk".getBytes(StandardCharsets.UTF_8));
    static final String ADMIN =
            "Basic " + Base64.getEncoder().encodeToString("admin:copydesk".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process server;
    private Path base;

    @AfterEach
    void stopServer() {
        kill();
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillMinusNine() throws Exception {
        base = ServerCopies.prepare("crash-server", true);
        start();
        long scheduled = readyStory();

        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger attempted = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int c = 0; c < 6; c++) {
            int client = c;
            clients.submit(() -> {
                for (int i = 0; writing.get() && i < 10_000; i++) {
                    String headline = "Crash test client " + client + " write " + i;
                    attempted.incrementAndGet();
                    try {
                        HttpResponse<String> r = http.send(
                                HttpRequest.newBuilder(BASE.resolve("stories"))
                                        .timeout(Duration.ofSeconds(10))
                                        .header("Authorization", AUTH)
                                        .header("Content-Type", "application/json")
                                        .POST(
                                                HttpRequest.BodyPublishers.ofString(
                                                        "{\"headline\":\"" + headline
                                                                + "\",\"blocks\":[{\"type\":\"PARAGRAPH\",\"text\":\"Written before the crash.\"}]}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) {
                            String location = r.headers().firstValue("Location").orElseThrow();
                            acknowledged.put(
                                    Long.parseLong(location.substring(location.lastIndexOf('/') + 1)), headline);
                        }
                    } catch (IOException e) {
                        // the server is gone: this write was never acknowledged
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 150 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        int beforeKill = acknowledged.size();
        // a story due two seconds from now, while the server is down: it is published at start-up, late
        Instant due = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        HttpResponse<String> schedule =
                send("PUT", "stories/" + scheduled + "/schedule", EDITOR, "{\"publishAt\":\"" + due + "\"}");
        assertEquals(200, schedule.statusCode(), schedule.body());
        kill(); // SIGKILL while the clients are still writing
        writing.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
        int acked = acknowledged.size();

        start();
        int found = 0;
        List<Long> lost = new ArrayList<>();
        for (Map.Entry<Long, String> write : acknowledged.entrySet()) {
            HttpResponse<String> r = get("stories/" + write.getKey());
            if (r.statusCode() == 200 && r.body().contains(write.getValue())) {
                found++;
            } else {
                lost.add(write.getKey());
            }
        }
        System.out.println("Crash safety: attempted " + attempted.get() + " writes, acknowledged " + acked + " ("
                + beforeKill + " before the kill was sent), found after restart " + found + ", lost " + lost.size());
        assertTrue(acked >= 100, "enough writes were acknowledged to mean something: " + acked);
        assertEquals(List.of(), lost, "acknowledged writes lost");
        assertEquals(200, get("health").statusCode(), "the database opens cleanly and the schema is migrated");
        assertPublishedLate(scheduled, due);

        // An online backup, restored into a fresh server, has every story.
        HttpResponse<String> backup = http.send(
                HttpRequest.newBuilder(BASE.resolve("admin/backups"))
                        .header("Authorization", ADMIN)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, backup.statusCode(), backup.body());
        Path zip = Path.of(jakarta.json.Json.createReader(new java.io.StringReader(backup.body()))
                .readObject()
                .getString("file"));
        assertEquals(
                403,
                http.send(
                                HttpRequest.newBuilder(BASE.resolve("admin/backups"))
                                        .header("Authorization", AUTH)
                                        .POST(HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        kill();
        base = ServerCopies.prepare("restore-server", true);
        unzip(zip, base.resolve("data/copydesk"));
        start();
        int restored = 0;
        for (Map.Entry<Long, String> write : acknowledged.entrySet()) {
            HttpResponse<String> r = get("stories/" + write.getKey());
            if (r.statusCode() == 200 && r.body().contains(write.getValue())) {
                restored++;
            }
        }
        System.out.println(
                "Backup " + zip.getFileName() + " (" + Files.size(zip) + " bytes) restored into a fresh server: "
                        + restored + " of " + acknowledged.size() + " stories found");
        assertEquals(acknowledged.size(), restored);
    }

    /**
     * Waits for the story scheduled before the kill to be published after the restart: once, late (the server
     * was down at its time), as the editor who scheduled it, with the delay in the log.
     */
    private void assertPublishedLate(long id, Instant due) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonObject story = json(get("stories/" + id));
        while (!"PUBLISHED".equals(story.getString("state")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            story = json(get("stories/" + id));
        }
        assertEquals("PUBLISHED", story.getString("state"), "published at start-up");
        long lateMs = Duration.between(due, Instant.parse(story.getString("publishedAt")))
                .toMillis();
        String console = Files.readString(base.resolve("console.log"));
        System.out.printf(
                "Crash safety: the story due while the server was down was published %d ms late, at " + "start-up%n",
                lateMs);
        assertTrue(lateMs > 2_000, "published late, after the restart: " + lateMs + " ms");
        java.util.regex.Matcher logged = java.util.regex.Pattern.compile(
                        "Published story " + id + " \\([^)]*\\) on schedule (\\d+) ms after its time")
                .matcher(console);
        assertTrue(logged.find(), "the delay is logged");
        assertTrue(Math.abs(Long.parseLong(logged.group(1)) - lateMs) < 1_000, logged.group() + " vs " + lateMs);
        jakarta.json.JsonArray moves = jakarta.json.Json.createReader(new java.io.StringReader(
                        get("stories/" + id + "/transitions").body()))
                .readArray();
        assertEquals(
                1,
                moves.stream()
                        .filter(m -> "PUBLISHED".equals(m.asJsonObject().getString("to")))
                        .count());
        assertEquals("editor", moves.getJsonObject(moves.size() - 1).getString("actor"));
    }

    /** A story without claims taken to READY by its reporter, an editor and a copy editor, over HTTP. */
    private long readyStory() throws Exception {
        HttpResponse<String> made = send(
                "POST",
                "stories",
                AUTH,
                "{\"headline\":\"Harbour lights return\","
                        + "\"blocks\":[{\"type\":\"PARAGRAPH\",\"text\":\"The harbour lights are back on the pier.\"}]}");
        assertEquals(201, made.statusCode(), made.body());
        long id = json(made).getJsonNumber("id").longValue();
        assertEquals(
                200,
                send("POST", "stories/" + id + "/transitions", AUTH, "{\"to\":\"SOURCING_REVIEW\"}")
                        .statusCode());
        assertEquals(
                200,
                send("POST", "stories/" + id + "/transitions", EDITOR, "{\"to\":\"COPY_EDIT\"}")
                        .statusCode());
        for (jakarta.json.JsonValue f : jakarta.json.Json.createReader(new java.io.StringReader(
                        send("GET", "stories/" + id + "/findings", COPY, null).body()))
                .readArray()) {
            if ("OPEN".equals(f.asJsonObject().getString("status"))) {
                send(
                        "POST",
                        "stories/" + id + "/findings/" + f.asJsonObject().getJsonNumber("id") + "/dismiss",
                        COPY,
                        "{\"reason\":\"House style allows it\"}");
            }
        }
        HttpResponse<String> ready = send("POST", "stories/" + id + "/transitions", COPY, "{\"to\":\"READY\"}");
        assertEquals(200, ready.statusCode(), ready.body());
        return id;
    }

    private HttpResponse<String> send(String method, String path, String auth, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(BASE.resolve(path))
                .header("Authorization", auth)
                .timeout(Duration.ofSeconds(20));
        if (json == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> r) {
        return jakarta.json.Json.createReader(new java.io.StringReader(r.body()))
                .readObject();
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path to = into.resolve(entry.getName()).normalize();
                if (!to.startsWith(into)) {
                    throw new IOException("bad entry " + entry.getName());
                }
                Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(BASE.resolve(path))
                        .header("Authorization", AUTH)
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void start() throws Exception {
        server = ServerCopies.start(
                base, "copydesk.xml", OFFSET, System.getProperty("server.java.opts", "-Xmx1g"), List.of());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try {
                if (get("health").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The crash-test server did not come up; see " + base.resolve("console.log"));
    }

    /** SIGKILL to the server's JVM (a child of standalone.sh) and the script itself. */
    private void kill() {
        if (server == null) {
            return;
        }
        server.descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
        try {
            server.waitFor(30, TimeUnit.SECONDS);
            server.descendants().forEach(p -> p.onExit().join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server = null;
    }

    static {
        if (System.getProperty("jboss.home") == null) {
            throw new UncheckedIOException(new IOException("jboss.home is not set (run through failsafe)"));
        }
    }
}
