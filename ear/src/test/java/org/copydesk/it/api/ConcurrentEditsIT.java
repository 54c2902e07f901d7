package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;

/**
 * No lost updates: many clients editing one story at once through the API, and moves racing each other.
 * Every answer is 200, 409 or 412 (never 5xx); every accepted edit is exactly one revision; a refused
 * edit is in none; the story ends with the last accepted edit; a move is made once, however many ask.
 */
class ConcurrentEditsIT extends ApiTest {

    private static final int CLIENTS = 20;
    private static final int EDITS = 50;
    private static final Pattern MARK = Pattern.compile("client (\\d{2}) edit (\\d{2})\\.");

    /** One PUT a client made: the status, and for a 200 the revision and the text it saved. */
    record Attempt(int client, int edit, String text, int status, int revision, String body) {
        boolean accepted() {
            return status == 200;
        }

        boolean refused() {
            return status == 409 || status == 412;
        }
    }

    static String text(int client, int edit) {
        return String.format("client %02d edit %02d.", client, edit);
    }

    @Test
    void twentyClientsEditingOneStoryLoseNothing() throws Exception {
        String headline = "Harbour talks resume " + UUID.randomUUID();
        HttpResponse<String> created = reporter.postJson("stories", Api.story(headline, "First draft."));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        String path = "stories/" + id;

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Attempt>>> clients = new ArrayList<>();
        List<String> badReads = Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Api as = client % 2 == 0 ? reporter : editor; // the draft's reporter and an editor may both edit it
            Callable<List<Attempt>> work = () -> {
                start.await();
                List<Attempt> attempts = new ArrayList<>();
                for (int e = 0; e < EDITS; e++) {
                    HttpResponse<String> read = as.get(path);
                    if (read.statusCode() != 200) {
                        badReads.add(read.statusCode() + " " + read.body());
                        continue;
                    }
                    String etag = read.headers().firstValue("ETag").orElseThrow();
                    String mine = text(client, e);
                    HttpResponse<String> put = as.putJson(
                            path,
                            etag,
                            Json.createObjectBuilder()
                                    .add("headline", headline)
                                    .add("reason", "Concurrent edit")
                                    .add(
                                            "blocks",
                                            Json.createArrayBuilder()
                                                    .add(Json.createObjectBuilder()
                                                            .add("type", "PARAGRAPH")
                                                            .add("text", mine)))
                                    .build()
                                    .toString());
                    int revision = put.statusCode() == 200 ? json(put).getInt("revision") : -1;
                    attempts.add(new Attempt(client, e, mine, put.statusCode(), revision, put.body()));
                }
                return attempts;
            };
            clients.add(pool.submit(work));
        }
        long began = System.nanoTime();
        start.countDown();
        List<Attempt> all = new ArrayList<>();
        for (Future<List<Attempt>> f : clients) {
            all.addAll(f.get(120, TimeUnit.SECONDS));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        pool.shutdown();

        List<Attempt> accepted = all.stream().filter(Attempt::accepted).toList();
        List<Attempt> refused = all.stream().filter(Attempt::refused).toList();
        List<Attempt> other =
                all.stream().filter(a -> !a.accepted() && !a.refused()).toList();
        long conflicts = refused.stream().filter(a -> a.status() == 409).count();

        // The history as the server keeps it: revision number → the edit marks in its text.
        JsonObject history = json(reporter.get(path + "/revisions?size=1"));
        int total = history.getInt("total");
        Map<Integer, List<String>> marksByRevision = new TreeMap<>();
        Map<String, Integer> revisionsPerMark = new HashMap<>();
        for (int n = 1; n <= total; n++) {
            HttpResponse<String> revision = reporter.get(path + "/revisions/" + n);
            assertEquals(200, revision.statusCode(), "revision " + n + ": " + revision.body());
            List<String> marks = new ArrayList<>();
            Matcher m = MARK.matcher(json(revision).getString("text"));
            while (m.find()) {
                marks.add(m.group());
                revisionsPerMark.merge(m.group(), 1, Integer::sum);
            }
            marksByRevision.put(n, marks);
        }
        long lost = accepted.stream()
                .filter(a -> revisionsPerMark.getOrDefault(a.text(), 0) != 1)
                .count();
        List<Attempt> phantoms = refused.stream()
                .filter(a -> revisionsPerMark.containsKey(a.text()))
                .toList();

        System.out.printf(
                "ConcurrentEditsIT: %d clients x %d edits on story %d in %d ms: attempted %d, accepted %d,"
                        + " refused %d (412 stale %d, 409 at commit %d), other %d, bad reads %d, revisions %d,"
                        + " lost %d, refused-but-stored %d%n",
                CLIENTS,
                EDITS,
                id,
                took.toMillis(),
                all.size(),
                accepted.size(),
                refused.size(),
                refused.size() - conflicts,
                conflicts,
                other.size(),
                badReads.size(),
                total,
                lost,
                phantoms.size());

        assertTrue(
                other.isEmpty(),
                () -> "only 200, 409 and 412, but: "
                        + other.stream()
                                .limit(5)
                                .map(a -> a.status() + " " + a.body())
                                .toList());
        assertTrue(
                badReads.isEmpty(),
                () -> "every read answers 200, but: "
                        + badReads.stream().limit(5).toList());
        assertEquals(CLIENTS * EDITS, all.size(), "attempted");
        assertEquals(all.size(), accepted.size() + refused.size(), "attempted = accepted + refused");
        // Liveness, not correctness: on PostgreSQL saves queue on the story's row lock for up to 2 s, on H2 a
        // save that finds the row locked is refused at once (JpaStoryRepository#findForUpdate); either way
        // refused with 409, never lost. Seen here: 70-91 accepted on a quiet machine, 14 in a lock convoy.
        assertTrue(accepted.size() >= 5, "contention should still let edits through: " + accepted.size());

        assertEquals(1 + accepted.size(), total, "one revision per accepted edit, besides the first");
        assertEquals(0, lost, "accepted edits not found in exactly one revision");
        assertTrue(phantoms.isEmpty(), () -> "refused edits that were stored anyway: " + phantoms);
        // every accepted edit is the revision it was told it is, and revisions 2..n are exactly those
        Map<Integer, String> byRevision = new TreeMap<>();
        for (Attempt a : accepted) {
            String before = byRevision.put(a.revision(), a.text());
            assertEquals(null, before, "two accepted edits were told they are revision " + a.revision());
            assertEquals(List.of(a.text()), marksByRevision.get(a.revision()), "revision " + a.revision());
        }
        assertEquals(total - 1, byRevision.size());
        assertEquals(2, ((TreeMap<Integer, String>) byRevision).firstKey());
        assertEquals(total, ((TreeMap<Integer, String>) byRevision).lastKey());

        JsonObject last = json(reporter.get(path));
        assertEquals(total, last.getInt("revision"));
        assertEquals(
                byRevision.get(total),
                last.getJsonArray("blocks").getJsonObject(0).getString("text"),
                "the story ends with the last accepted edit");
    }

    /** Fires the same kind of request from many threads at once; answers every response. */
    private static List<HttpResponse<String>> race(List<Callable<HttpResponse<String>>> requests) throws Exception {
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> request : requests) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.call();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }

    private static String statuses(List<HttpResponse<String>> responses) {
        return responses.stream()
                .map(r -> r.statusCode() + " " + r.body())
                .toList()
                .toString();
    }

    private List<JsonObject> log(long id) {
        return Api.parse(editor.get("stories/" + id + "/transitions").body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    @Test
    void tenEditorsPublishingAtOnceMakeOnePublication() throws Exception {
        long id = Desks.importCopy(Texts.seed());
        Desks.toCopyDesk(id);
        Desks.signOff(id);

        int racers = 10;
        List<Callable<HttpResponse<String>>> publishes = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            publishes.add(() -> Desks.move(editor, id, "PUBLISHED"));
        }
        long began = System.nanoTime();
        List<HttpResponse<String>> responses = race(publishes);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);

        long won = responses.stream().filter(r -> r.statusCode() == 200).count();
        long conflict = responses.stream().filter(r -> r.statusCode() == 409).count();
        System.out.printf(
                "ConcurrentEditsIT: %d concurrent publishes in %d ms: %d x 200, %d x 409, statuses %s%n",
                racers,
                ms,
                won,
                conflict,
                responses.stream().map(HttpResponse::statusCode).toList());
        assertEquals(1, won, statuses(responses));
        assertEquals(racers - 1, conflict, statuses(responses));
        responses.stream().filter(r -> r.statusCode() == 409).forEach(r -> StoryApiIT.assertProblem(r, 409));

        List<JsonObject> toPublished = log(id).stream()
                .filter(t -> "PUBLISHED".equals(t.getString("to")))
                .toList();
        assertEquals(1, toPublished.size(), log(id).toString());
        assertEquals("PUBLISHED", json(editor.get("stories/" + id)).getString("state"));
    }

    @Test
    void twoEditorsReturningOneStoryAtOnceReturnItOnce() throws Exception {
        List<String> notes = List.of("Name the union official.", "Which talks? Add the date.");
        List<List<Integer>> rounds = new ArrayList<>();
        for (int round = 0; round < 5; round++) { // a few rounds, so that some of them really overlap
            HttpResponse<String> created = reporter.postJson(
                    "stories",
                    Api.story("Port strike called off " + UUID.randomUUID(), "The union said talks would go on."));
            assertEquals(201, created.statusCode(), created.body());
            long id = json(created).getJsonNumber("id").longValue();
            assertEquals(200, Desks.move(reporter, id, "SOURCING_REVIEW").statusCode());

            List<Callable<HttpResponse<String>>> returns = new ArrayList<>();
            for (String note : notes) {
                returns.add(() -> editor.postJson(
                        "stories/" + id + "/transitions",
                        Json.createObjectBuilder()
                                .add("to", "DRAFT")
                                .add("note", note)
                                .build()
                                .toString()));
            }
            List<HttpResponse<String>> responses = race(returns);
            rounds.add(responses.stream().map(HttpResponse::statusCode).toList());

            List<Integer> statuses =
                    responses.stream().map(HttpResponse::statusCode).sorted().toList();
            assertEquals(List.of(200, 409), statuses, statuses(responses));
            StoryApiIT.assertProblem(responses.get(responses.get(0).statusCode() == 409 ? 0 : 1), 409);
            String winner = notes.get(responses.get(0).statusCode() == 200 ? 0 : 1);
            List<JsonObject> returned = log(id).stream()
                    .filter(t -> "SOURCING_REVIEW".equals(t.getString("from")) && "DRAFT".equals(t.getString("to")))
                    .toList();
            assertEquals(1, returned.size(), log(id).toString());
            assertEquals(winner, returned.get(0).getString("note"), "the log keeps the winner's note");
            assertEquals("DRAFT", json(editor.get("stories/" + id)).getString("state"));
        }
        System.out.printf("ConcurrentEditsIT: 5 rounds of 2 concurrent returns: statuses %s%n", rounds);
    }
}
