package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.ServerUrls;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;

/**
 * Bad input, clear answers: at least 10,000 malformed requests, made by a seeded generator from valid
 * bodies of the JSON endpoints (truncated, wrong types, unknown enum values, nulls, huge strings, deep
 * nesting, random bytes and invalid UTF-8, wrong content types, oversized bodies, garbage ids and query
 * parameters), sent as the demo users and anonymously. None may answer 5xx; every 4xx is problem+json
 * with its status and a detail; no body shows an exception, a stack trace or a Java class name; the
 * server logs no ERROR meanwhile. Reproduce a run with {@code -Dbadinput.seed=<the seed printed>}.
 */
class BadInputIT extends ApiTest {

    private static final int REQUESTS = Integer.getInteger("badinput.requests", 10_000);
    private static final int THREADS = 8;
    private static final String[] USERS = {"reporter", "editor", "copyeditor"};
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat (org|java|jdk|io|sun|jakarta)\\.|\\b(?:java|javax|jakarta|org|com|io|sun|jdk|net)\\."
                    + "(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** One request to send, and a label saying how it was made (for the failure report). */
    record Bad(
            String label,
            String method,
            String path,
            String contentType,
            byte[] body,
            String user,
            boolean chunked,
            Map<String, String> headers) {}

    /** A JSON endpoint: where, and a valid body to start from. */
    record Endpoint(String method, String path, JsonObject valid) {}

    /** Ids from here on belong to nothing: the "wrong id" requests answer 404 and touch no other test's data. */
    private static final long NO_SUCH_ID = 900_000_000L;

    private long storyId;
    private long correctionId;
    private long sourceId;
    private long attributionId;
    private String blockKey;
    private final Map<String, String> authorizations = new ConcurrentHashMap<>();

    /**
     * Requests that create stories go one at a time: two creates of the same headline at the same moment
     * race for the slug (StoryService checks, then inserts) and the loser is answered 409 "send yours again"
     * (docs/api-errors.md). That is a race, not bad input, so this test does not provoke it.
     */
    private final java.util.concurrent.locks.Lock creates = new java.util.concurrent.locks.ReentrantLock();

    @Test
    void everyBadRequestGetsAClearProblemAnswerAndNothingIsLogged() throws Exception {
        long seed = Long.getLong("badinput.seed", System.nanoTime());
        System.out.println("BadInputIT: seed " + seed + " (reproduce with -Dbadinput.seed=" + seed + "), " + REQUESTS
                + " requests on " + THREADS + " threads");
        Path log = Path.of(System.getProperty("it.base.dir", "target/it-server"), "log", "server.log");
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        fixtures();

        Random random = new Random(seed);
        List<Bad> requests = new ArrayList<>(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(generate(random));
        }

        Map<Integer, AtomicInteger> perStatus = new ConcurrentHashMap<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (Bad bad : requests) {
                sent.add(pool.submit(() -> check(bad, perStatus, failures)));
            }
            for (Future<?> each : sent) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        Map<Integer, Integer> sorted = new TreeMap<>();
        perStatus.forEach((status, count) -> sorted.put(status, count.get()));
        int total = sorted.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder summary = new StringBuilder("BadInputIT: ");
        sorted.forEach((status, count) ->
                summary.append(status).append(": ").append(count).append(", "));
        summary.append("total ")
                .append(total)
                .append(" in ")
                .append(millis)
                .append(" ms, 5xx: ")
                .append(sorted.entrySet().stream()
                        .filter(e -> e.getKey() >= 500)
                        .mapToInt(Map.Entry::getValue)
                        .sum())
                .append(", failures: ")
                .append(failures.size());
        System.out.println(summary);
        failures.stream().limit(20).forEach(f -> System.out.println("BadInputIT failure: " + f));

        List<String> errors = errorsLoggedSince(log, logStart);
        errors.stream().limit(20).forEach(line -> System.out.println("BadInputIT server ERROR: " + line));

        assertEquals(REQUESTS, total, "every request was answered");
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, first: " + failures.peek());
        assertTrue(
                errors.isEmpty(),
                errors.size() + " ERROR lines in the server log, first: " + (errors.isEmpty() ? "" : errors.get(0)));
    }

    // ---------------------------------------------------------------- fixtures

    private void fixtures() {
        Api reporter = Api.as("reporter");
        HttpResponse<String> story = reporter.postJson(
                "stories",
                Api.story(
                        "Fuzzed border story",
                        "Kremlin spokesman Dmitry Peskov said the troops had arrived, local media reported.",
                        "Officials declined to comment."));
        assertEquals(201, story.statusCode(), story.body());
        JsonObject created = json(story);
        storyId = created.getJsonNumber("id").longValue();
        blockKey = created.getJsonArray("blocks").getJsonObject(0).getString("key");
        HttpResponse<String> source = reporter.postJson(
                "sources",
                Json.createObjectBuilder()
                        .add(
                                "name",
                                "Fuzz Agency "
                                        + java.util.UUID.randomUUID().toString().substring(0, 8))
                        .add("kind", "ORGANIZATION")
                        .build()
                        .toString());
        assertEquals(201, source.statusCode(), source.body());
        sourceId = json(source).getJsonNumber("id").longValue();
        HttpResponse<String> attributions = reporter.get("stories/" + storyId + "/attributions");
        assertEquals(200, attributions.statusCode(), attributions.body());
        JsonArray found = (JsonArray) Api.parse(attributions.body());
        attributionId = found.isEmpty()
                ? NO_SUCH_ID
                : found.getJsonObject(0).getJsonNumber("id").longValue();

        // a published story of this test's own with a proposed correction, for the apply/reject requests
        long published = Desks.importCopy(Texts.story("hokkaido-snow.txt"));
        Desks.toCopyDesk(published);
        Desks.signOffAndPublish(published);
        String key = json(reporter.get("stories/" + published))
                .getJsonArray("blocks")
                .getJsonObject(0)
                .getString("key");
        HttpResponse<String> proposed = reporter.postJson(
                "stories/" + published + "/corrections",
                Json.createObjectBuilder()
                        .add("kind", "CORRECTION")
                        .add("blockKey", key)
                        .add("before", "Heavy")
                        .add("after", "Very heavy")
                        .add("reason", "Fuzz")
                        .add("notice", "Fuzz notice.")
                        .build()
                        .toString());
        assertEquals(201, proposed.statusCode(), proposed.body());
        correctionId = json(proposed).getJsonNumber("id").longValue();
    }

    /**
     * A NUL character (U+0000) is refused at the door, wherever it comes: H2 would store it, PostgreSQL
     * cannot, so without this a NUL in a reason was a 500 on PostgreSQL only (CI, stop 22).
     */
    @Test
    void aNulCharacterIsRefusedBeforeItReachesTheDatabase() throws Exception {
        fixtures();
        HttpResponse<String> reject =
                editor.postJson("corrections/" + correctionId + "/reject", "{\"reason\":\"DRAFT\\u0000\"}");
        assertNul(reject);
        assertNul(reporter.postJson("stories", Api.story("Border" + (char) 0 + "talks", "Officials met.")));
        assertNul(reporter.post(
                "stories/import", "text/plain; charset=UTF-8", "A headline\nA paragraph with " + (char) 0 + " in it."));
        assertNul(reporter.get("stories?q=talks%00"));
        assertNul(editor.get("sources?q=%00"));
        // nothing was decided: the correction is still proposed, and a reason without a NUL rejects it
        HttpResponse<String> rejected = editor.postJson(
                "corrections/" + correctionId + "/reject",
                "{\"reason\":\"Not an error \\\\u0000 (a backslash, then words)\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertTrue(
                json(rejected)
                        .getString("decisionNote", json(rejected).toString())
                        .contains("\\u0000"),
                rejected.body());
    }

    private static void assertNul(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertTrue(json(response).getString("detail").contains("NUL character"), response.body());
    }

    private List<Endpoint> endpoints(Random random) {
        JsonObject story = Json.createObjectBuilder()
                .add("headline", "Border talks resume")
                .add("standfirst", "Both sides met on Monday.")
                .add("byline", "A. Reporter")
                .add("sections", Json.createArrayBuilder().add("World News").add("Korea"))
                .add(
                        "blocks",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("key", blockKey)
                                        .add("type", "PARAGRAPH")
                                        .add("text", "Officials said talks resume."))
                                .add(Json.createObjectBuilder()
                                        .add("type", "SUBHEADING")
                                        .add("text", "Next steps")))
                .add("reason", "Fuzz")
                .build();
        String sid = id(random, storyId);
        return List.of(
                new Endpoint("POST", "stories", story),
                new Endpoint("PUT", "stories/" + sid, story),
                new Endpoint(
                        "POST",
                        "stories/" + sid + "/transitions",
                        Json.createObjectBuilder()
                                .add("to", "SOURCING_REVIEW")
                                .add("note", "Please check")
                                .build()),
                new Endpoint(
                        "POST",
                        "sources",
                        Json.createObjectBuilder()
                                .add("name", "Fuzz Source")
                                .add("kind", "PERSON")
                                .add("role", "spokesman")
                                .add("reference", "https://example.org/a")
                                .build()),
                new Endpoint(
                        "PUT",
                        "sources/" + id(random, sourceId) + "/verification",
                        Json.createObjectBuilder()
                                .add("status", "DISPUTED")
                                .add("note", "Denied by the ministry")
                                .build()),
                new Endpoint(
                        "PUT",
                        "stories/" + sid + "/attributions/" + id(random, attributionId),
                        Json.createObjectBuilder()
                                .add("sourceId", sourceId)
                                .add("action", "LINK")
                                .add("newSourceName", "Someone")
                                .add("newSourceKind", "PERSON")
                                .add("note", "n")
                                .build()),
                new Endpoint(
                        "POST",
                        "stories/" + sid + "/findings/" + id(random, NO_SUCH_ID) + "/dismiss",
                        Json.createObjectBuilder().add("reason", "House style").build()),
                new Endpoint(
                        "POST",
                        "stories/" + sid + "/corrections",
                        Json.createObjectBuilder()
                                .add("kind", "CORRECTION")
                                .add("blockKey", blockKey)
                                .add("before", "talks")
                                .add("after", "negotiations")
                                .add("reason", "Wrong word")
                                .add("notice", "We corrected it.")
                                .build()),
                new Endpoint(
                        "POST",
                        "corrections/" + id(random, correctionId) + "/apply",
                        Json.createObjectBuilder()
                                .add("kind", "CLARIFICATION")
                                .add("blockKey", blockKey)
                                .add("before", "a")
                                .add("after", "b")
                                .add("notice", "Clarified.")
                                .build()),
                new Endpoint(
                        "POST",
                        "corrections/" + id(random, correctionId) + "/reject",
                        Json.createObjectBuilder().add("reason", "Not an error").build()));
    }

    // ---------------------------------------------------------------- the generator

    private Bad generate(Random random) {
        List<Endpoint> endpoints = endpoints(random);
        Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
        String user = random.nextInt(10) == 0 ? null : USERS[random.nextInt(USERS.length)];
        Map<String, String> headers =
                endpoint.method().equals("PUT") && endpoint.path().matches("stories/\\d+")
                        ? Map.of("If-Match", random.nextBoolean() ? "\"0\"" : garbageTag(random))
                        : Map.of();
        String json = "application/json";
        int kind = random.nextInt(100);
        if (kind < 12) {
            String text = endpoint.valid().toString();
            return new Bad(
                    "truncated",
                    endpoint.method(),
                    endpoint.path(),
                    json,
                    utf8(text.substring(0, random.nextInt(text.length()))),
                    user,
                    false,
                    headers);
        } else if (kind < 26) {
            return body(
                    "wrong type", endpoint, replaceRandom(random, endpoint.valid(), wrongType(random)), user, headers);
        } else if (kind < 36) {
            return body("unknown enum value", endpoint, replaceEnum(random, endpoint.valid()), user, headers);
        } else if (kind < 44) {
            return body("null", endpoint, replaceRandom(random, endpoint.valid(), JsonValue.NULL), user, headers);
        } else if (kind < 49) {
            int length = 1_000 + random.nextInt(random.nextInt(10) == 0 ? 400_000 : 30_000);
            return body(
                    "huge string",
                    endpoint,
                    replaceRandom(random, endpoint.valid(), Json.createValue(words(random, length))),
                    user,
                    headers);
        } else if (kind < 53) {
            int depth = 10 + random.nextInt(random.nextBoolean() ? 100 : 20_000);
            byte[] nested = utf8(deep(random, depth));
            return random.nextBoolean()
                    ? new Bad(
                            "deep nesting " + depth,
                            endpoint.method(),
                            endpoint.path(),
                            json,
                            nested,
                            user,
                            false,
                            headers)
                    : body(
                            "deep nesting in a field " + depth,
                            endpoint,
                            replaceRandom(random, endpoint.valid(), Api.parse(deep(random, Math.min(depth, 500)))),
                            user,
                            headers);
        } else if (kind < 61) {
            return new Bad(
                    "random bytes",
                    endpoint.method(),
                    endpoint.path(),
                    json,
                    randomBytes(random),
                    user,
                    false,
                    headers);
        } else if (kind < 66) {
            return new Bad(
                    "invalid UTF-8",
                    endpoint.method(),
                    endpoint.path(),
                    json,
                    invalidUtf8(random, endpoint.valid().toString()),
                    user,
                    random.nextBoolean(),
                    headers);
        } else if (kind < 72) {
            String[] types = {
                "text/plain",
                "application/xml",
                "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded",
                ";;;",
                "application/json; charset=ISO-8859-1",
                "application/json; charset=nonsense",
                "application",
                "*/*",
                "text/html; charset=utf-8",
                ""
            };
            return new Bad(
                    "content type",
                    endpoint.method(),
                    endpoint.path(),
                    types[random.nextInt(types.length)],
                    utf8(endpoint.valid().toString()),
                    user,
                    false,
                    headers);
        } else if (kind < 80) {
            return garbageId(random, endpoint, user, headers);
        } else if (kind < 88) {
            return garbageQuery(random, user);
        } else if (kind < 93) {
            return body("extra or shapeless", endpoint, shapeless(random, endpoint.valid()), user, headers);
        } else if (kind < 96) {
            return importText(random, user);
        } else if (kind < 98) {
            String[] methods = {"DELETE", "PATCH", "OPTIONS", "PUT", "POST"};
            String path = random.nextBoolean() ? "stories/" + storyId + "/revisions" : "sources";
            return new Bad(
                    "wrong method",
                    methods[random.nextInt(methods.length)],
                    path,
                    json,
                    utf8(endpoint.valid().toString()),
                    user,
                    false,
                    headers);
        } else if (kind < 99 || random.nextInt(8) != 0) {
            String[] accepts = {"text/html", "application/xml", ";;garbage", "image/*", "text/plain; q=1"};
            return new Bad(
                    "accept",
                    "GET",
                    "stories/" + storyId,
                    null,
                    null,
                    user,
                    false,
                    Map.of("Accept", accepts[random.nextInt(accepts.length)]));
        } else {
            // oversized: rare, they are slow; half with a declared length, half chunked
            boolean text = random.nextBoolean();
            int size = (text ? 620 * 1024 : 1024 * 1024) + 1 + random.nextInt(200_000);
            byte[] body = text ? utf8(words(random, size)) : utf8("{\"headline\":\"" + words(random, size) + "\"}");
            return new Bad(
                    "oversized " + size,
                    "POST",
                    text ? "stories/import" : endpoint.path().equals("stories") ? "stories" : "sources",
                    text ? "text/plain" : json,
                    body,
                    "reporter",
                    random.nextBoolean(),
                    Map.of());
        }
    }

    private String id(Random random, long real) {
        return String.valueOf(random.nextInt(3) == 0 ? NO_SUCH_ID + random.nextInt(100_000) : real);
    }

    private static String garbageTag(Random random) {
        String[] tags = {"*", "\"abc\"", "W/\"-1\"", "\"99999999999999999999\"", "", "\"1\", \"2\""};
        return tags[random.nextInt(tags.length)];
    }

    private static Bad body(String label, Endpoint endpoint, JsonValue body, String user, Map<String, String> headers) {
        return new Bad(
                label,
                endpoint.method(),
                endpoint.path(),
                "application/json",
                utf8(body.toString()),
                user,
                false,
                headers);
    }

    private static JsonValue wrongType(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> Json.createValue(random.nextInt());
            case 1 -> Json.createValue(random.nextDouble() * 1e300);
            case 2 -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case 3 -> Json.createArrayBuilder().add(1).add("two").build();
            case 4 -> Json.createObjectBuilder().add("nested", "object").build();
            case 5 -> Json.createValue(new java.math.BigDecimal("1e400"));
            default -> Json.createValue("not-" + random.nextInt(1000));
        };
    }

    /** Every place in a JSON tree a value sits, as a path of names and indexes. */
    private static void places(JsonValue value, List<Object> path, List<List<Object>> into) {
        if (value instanceof JsonObject object) {
            object.forEach((name, child) -> {
                List<Object> next = new ArrayList<>(path);
                next.add(name);
                into.add(next);
                places(child, next, into);
            });
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                List<Object> next = new ArrayList<>(path);
                next.add(i);
                into.add(next);
                places(array.get(i), next, into);
            }
        }
    }

    private static JsonValue replaceRandom(Random random, JsonObject root, JsonValue with) {
        List<List<Object>> places = new ArrayList<>();
        places(root, List.of(), places);
        return replace(root, places.get(random.nextInt(places.size())), 0, with);
    }

    private static JsonValue replace(JsonValue at, List<Object> path, int depth, JsonValue with) {
        if (depth == path.size()) {
            return with;
        }
        Object step = path.get(depth);
        if (at instanceof JsonObject object) {
            JsonObjectBuilder copy = Json.createObjectBuilder(object);
            copy.add((String) step, replace(object.get(step), path, depth + 1, with));
            return copy.build();
        }
        JsonArray array = (JsonArray) at;
        JsonArrayBuilder copy = Json.createArrayBuilder();
        for (int i = 0; i < array.size(); i++) {
            copy.add(i == (Integer) step ? replace(array.get(i), path, depth + 1, with) : array.get(i));
        }
        return copy.build();
    }

    private static JsonValue replaceEnum(Random random, JsonObject root) {
        List<List<Object>> enums = new ArrayList<>();
        List<List<Object>> places = new ArrayList<>();
        places(root, List.of(), places);
        for (List<Object> place : places) {
            Object last = place.get(place.size() - 1);
            if (List.of("to", "kind", "status", "type", "action", "newSourceKind")
                    .contains(last)) {
                enums.add(place);
            }
        }
        String[] values = {
            "NOPE",
            "draft",
            "",
            " PUBLISHED",
            "PUBLISHED ",
            "SOURCING.REVIEW",
            "ÜBER",
            "0",
            "null",
            "DRAFT\u0000",
            "\uD83D\uDCA5"
        };
        JsonValue value = Json.createValue(values[random.nextInt(values.length)]);
        return enums.isEmpty()
                ? replaceRandom(random, root, value)
                : replace(root, enums.get(random.nextInt(enums.size())), 0, value);
    }

    private static JsonValue shapeless(Random random, JsonObject valid) {
        return switch (random.nextInt(6)) {
            case 0 -> Json.createArrayBuilder().add(valid).build();
            case 1 -> Json.createValue("just a string");
            case 2 -> Json.createValue(42);
            case 3 ->
                Json.createObjectBuilder(valid)
                        .add("unknownField", "x")
                        .add("id", -1)
                        .build();
            case 4 -> Json.createObjectBuilder().build();
            default -> JsonValue.NULL;
        };
    }

    private static String deep(Random random, int depth) {
        StringBuilder text = new StringBuilder();
        boolean arrays = random.nextBoolean();
        for (int i = 0; i < depth; i++) {
            text.append(arrays ? "[" : "{\"a\":");
        }
        text.append("1");
        for (int i = 0; i < depth; i++) {
            text.append(arrays ? "]" : "}");
        }
        return text.toString();
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(2_000)];
        random.nextBytes(bytes);
        if (bytes.length > 0 && random.nextBoolean()) {
            bytes[0] = '{';
        }
        return bytes;
    }

    private static byte[] invalidUtf8(Random random, String valid) {
        byte[][] bad = {
            {(byte) 0xFF},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0x80}
        };
        byte[] text = utf8(valid);
        // inside a string value: after the first quote of a value
        int at = Math.max(valid.indexOf(":\"") + 2, 1);
        byte[] insert = bad[random.nextInt(bad.length)];
        byte[] out = new byte[text.length + insert.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(text, at, out, at + insert.length, text.length - at);
        return out;
    }

    private Bad garbageId(Random random, Endpoint endpoint, String user, Map<String, String> headers) {
        // "…;drop" is a matrix parameter to JAX-RS, so the id before it is read as is: one nobody has (with
        // "1;drop" a fuzz PUT reached story 1, the seed story, and rewrote it)
        String[] ids = {
            "abc",
            "-1",
            "0",
            "99999999999999999999",
            "1.5",
            "%00",
            "%2e%2e",
            "1e3",
            "%F0%9F%92%A5",
            "9223372036854775807",
            "NaN",
            "%20",
            NO_SUCH_ID + ";drop",
            "0x10"
        };
        String garbage = ids[random.nextInt(ids.length)];
        String path = endpoint.path().replaceFirst("/\\d+", "/" + garbage);
        if (path.equals(endpoint.path())) {
            String[] reads = {
                "stories/%s",
                "stories/%s/revisions",
                "stories/%s/revisions/%s",
                "stories/%s/findings",
                "stories/%s/attributions",
                "sources/%s",
                "corrections/%s",
                "stories/%s/transitions",
                "stories/%s/workflow",
                "stories/%s/corrections"
            };
            return new Bad(
                    "garbage id",
                    "GET",
                    String.format(reads[random.nextInt(reads.length)], garbage, garbage),
                    null,
                    null,
                    user,
                    false,
                    Map.of());
        }
        return new Bad(
                "garbage id",
                endpoint.method(),
                path,
                "application/json",
                utf8(endpoint.valid().toString()),
                user,
                false,
                headers);
    }

    private Bad garbageQuery(Random random, String user) {
        String[] bases = {
            "stories", "sources", "corrections", "stories/" + storyId + "/revisions", "stories/" + storyId + "/diff"
        };
        String[] params = {
            "page=-1",
            "size=abc",
            "size=0",
            "size=100000",
            "page=999999999999",
            "state=FOO",
            "state=",
            "q=" + "x".repeat(500),
            "from=x&to=1",
            "from=0&to=-1",
            "from=1&to=99999",
            "pending=maybe",
            "page=1e3",
            "size=%00",
            "q=%FF%FE",
            "reporter=" + "r".repeat(100),
            "page=&size=",
            "size=20&size=abc"
        };
        String base = bases[random.nextInt(bases.length)];
        return new Bad(
                "garbage query",
                "GET",
                base + "?" + params[random.nextInt(params.length)],
                null,
                null,
                user,
                false,
                Map.of());
    }

    private static Bad importText(Random random, String user) {
        byte[] body =
                switch (random.nextInt(4)) {
                    case 0 -> new byte[0];
                    case 1 -> randomBytes(random);
                    case 2 -> invalidUtf8(random, "World News:\"Headline here\n\nA paragraph.");
                    default -> utf8("\n\n\n");
                };
        return new Bad("import", "POST", "stories/import", "text/plain", body, user, random.nextBoolean(), Map.of());
    }

    private static String words(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        String[] words = {"troops ", "border ", "said ", "Kremlin ", "reported ", "the ", "Chine ", "Zürich ", "€ "};
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]);
        }
        text.setLength(length);
        return text.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- sending and judging

    private void check(Bad bad, Map<Integer, AtomicInteger> perStatus, Queue<String> failures) {
        HttpResponse<String> response;
        boolean create = bad.method().equals("POST") && bad.path().matches("stories(/import)?(\\?.*)?");
        if (create) {
            creates.lock();
        }
        try {
            response = send(bad);
        } catch (IOException e) {
            perStatus.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
            failures.add(bad.label() + " " + bad.method() + " " + bad.path() + ": no answer (" + e + ")");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (create) {
                creates.unlock();
            }
        }
        int status = response.statusCode();
        perStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        String body = response.body();
        String where = bad.label() + " " + bad.method() + " " + bad.path() + " as " + bad.user() + " -> " + status;
        if (status >= 500) {
            failures.add(where + ": " + excerpt(body));
        }
        if (LEAK.matcher(body).find()) {
            failures.add(where + " shows an exception or class name: " + excerpt(body));
        }
        if (status >= 400 && status < 500) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                failures.add(where + " is " + type + ", not problem+json: " + excerpt(body));
                return;
            }
            try {
                JsonStructure parsed = Api.parse(body);
                JsonObject problem = (JsonObject) parsed;
                if (problem.getInt("status", -1) != status) {
                    failures.add(where + " says status " + problem.get("status"));
                }
                if (problem.getString("detail", "").isBlank()) {
                    failures.add(where + " has no detail: " + excerpt(body));
                }
            } catch (RuntimeException e) {
                failures.add(where + " is not a JSON problem (" + e.getMessage() + "): " + excerpt(body));
            }
        }
    }

    private HttpResponse<String> send(Bad bad) throws IOException, InterruptedException {
        URI uri = URI.create(ServerUrls.api("").toString() + bad.path());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (!bad.headers().containsKey("Accept")) {
            request.header("Accept", "application/json");
        }
        bad.headers().forEach(request::header);
        if (bad.user() != null) {
            request.header(
                    "Authorization",
                    authorizations.computeIfAbsent(
                            bad.user(),
                            u -> "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString(
                                                    (u + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8))));
        }
        if (bad.contentType() != null && !bad.contentType().isEmpty()) {
            request.header("Content-Type", bad.contentType());
        }
        HttpRequest.BodyPublisher publisher = bad.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : bad.chunked()
                        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bad.body()))
                        : HttpRequest.BodyPublishers.ofByteArray(bad.body());
        request.method(bad.method(), publisher);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String excerpt(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** The ERROR lines the server logged after {@code from} (the log's length when the test began). */
    private static List<String> errorsLoggedSince(Path log, long from) throws IOException {
        List<String> errors = new ArrayList<>();
        if (!Files.exists(log)) {
            System.out.println("BadInputIT: no server log at " + log + "; nothing to check");
            return errors;
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long start = from <= length ? from : 0; // rotated meanwhile: read the new file whole
            byte[] tail = new byte[(int) (length - start)];
            file.seek(start);
            file.readFully(tail);
            new String(tail, StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> line.contains(" ERROR "))
                    .forEach(errors::add);
        }
        return errors;
    }
}
