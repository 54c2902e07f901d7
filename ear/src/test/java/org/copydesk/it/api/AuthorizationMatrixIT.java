package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.Readers;
import org.copydesk.it.ServerUrls;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every actor (anonymous and each role) against every API endpoint, workflow move and correction
 * action. An actor the row allows must never get 401/403 (nor a 5xx); every other signed-in actor
 * must get 403 and the anonymous caller 401. Each attempt gets its own fresh data.
 */
class AuthorizationMatrixIT extends ApiTest {

    static final List<String> ACTORS = List.of("anonymous", "reporter", "editor", "copyeditor", "admin");
    static final Set<String> ALL = Set.of("reporter", "editor", "copyeditor", "admin");

    /** One request, built afresh for each attempt (so one actor's success does not change another's). */
    record Row(String name, Set<String> allowed, Supplier<HttpRequest.Builder> request) {}

    private static final Api REPORTER = Api.as("reporter");
    private static final Api EDITOR = Api.as("editor");

    private static long draft() {
        return json(REPORTER.postJson("stories", Api.story("Matrix " + UUID.randomUUID(), "A paragraph.")))
                .getJsonNumber("id")
                .longValue();
    }

    private static long submitted() {
        long id = draft();
        Desks.move(REPORTER, id, "SOURCING_REVIEW");
        return id;
    }

    private static long spiked() {
        long id = draft();
        assertEquals(
                200,
                REPORTER.send(REPORTER.authorize(body("POST", "stories/" + id + "/spike", "")))
                        .statusCode());
        return id;
    }

    /** A webhook nobody listens to (port 9, discard), turned off by the DELETE row when it is that row's. */
    private static long webhook() {
        return json(Api.as("admin")
                        .postJson(
                                "webhooks",
                                "{\"url\":\"http://127.0.0.1:9/matrix\",\"events\":" + "[\"story.retracted\"]}"))
                .getJsonNumber("id")
                .longValue();
    }

    private static long source() {
        return json(EDITOR.postJson(
                        "sources",
                        Json.createObjectBuilder()
                                .add("name", "Matrix source " + UUID.randomUUID())
                                .add("kind", "PERSON")
                                .build()
                                .toString()))
                .getJsonNumber("id")
                .longValue();
    }

    private static long attributionOf(long storyId) {
        String key = json(REPORTER.get("stories/" + storyId))
                .getJsonArray("blocks")
                .getJsonObject(0)
                .getString("key");
        return json(EDITOR.postJson(
                        "stories/" + storyId + "/attributions",
                        Json.createObjectBuilder()
                                .add("blockKey", key)
                                .add("start", 0)
                                .add("end", 1)
                                .build()
                                .toString()))
                .getJsonNumber("id")
                .longValue();
    }

    /** The path of a fresh note written by the editor on a fresh draft. */
    private static String editorsNote() {
        long id = draft();
        long note = json(EDITOR.postJson("stories/" + id + "/notes", "{\"text\":\"The editor's note\"}"))
                .getJsonNumber("id")
                .longValue();
        return "stories/" + id + "/notes/" + note;
    }

    private static long picture() {
        return json(org.copydesk.it.TestPictures.upload(
                        REPORTER, org.copydesk.it.TestPictures.picture(60, 40, "jpeg", "matrix"), "image/jpeg", null))
                .getJsonNumber("id")
                .longValue();
    }

    /** A small Word document with a fresh headline (POI, as DocxImportApiIT writes them). */
    private static byte[] docx() {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Matrix " + UUID.randomUUID());
            doc.createParagraph().createRun().setText("A paragraph of the document.");
            doc.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long publishedStory;
    private static long readyStory;

    /** One ready story: scheduling it again, or cancelling, is allowed as often as the matrix asks. */
    private static synchronized long ready() {
        if (readyStory == 0) {
            readyStory = Desks.ready("Matrix ready " + UUID.randomUUID(), "The port reopened, the authority said.");
        }
        return readyStory;
    }

    private static synchronized long published() {
        if (publishedStory == 0) {
            publishedStory = Desks.importCopy(Texts.story("hokkaido-snow.txt"));
            Desks.toCopyDesk(publishedStory);
            Desks.signOffAndPublish(publishedStory);
        }
        return publishedStory;
    }

    private static long correction(String kind) {
        long id = published();
        String key = json(REPORTER.get("stories/" + id))
                .getJsonArray("blocks")
                .getJsonObject(0)
                .getString("key");
        return json(REPORTER.postJson(
                        "stories/" + id + "/corrections",
                        Json.createObjectBuilder()
                                .add("kind", kind)
                                .add("blockKey", key)
                                .add("before", "Heavy")
                                .add("after", "Heavy")
                                .add("reason", "Matrix")
                                .add("notice", "Matrix notice.")
                                .build()
                                .toString()))
                .getJsonNumber("id")
                .longValue();
    }

    /** A fresh reader's report on the published story, sent from an address of its own; answers its id. */
    private static long readerReport() {
        long id = published();
        String text = "Matrix report " + UUID.randomUUID();
        Readers.Answer sent = Readers.report(
                json(REPORTER.get("stories/" + id)).getString("slug"), text, null, Readers.freshAddress());
        assertEquals(200, sent.status());
        return Api.parse(EDITOR.get("stories/" + id + "/corrections").body()).asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(c -> text.equals(c.getString("reason")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(ServerUrls.api(path)).GET();
    }

    private static HttpRequest.Builder send(String method, String path, String contentType, String body) {
        return HttpRequest.newBuilder(ServerUrls.api(path))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder body(String method, String path, String body) {
        return send(method, path, "application/json", body);
    }

    private static Set<String> only(String... actors) {
        return Set.of(actors);
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("GET stories", ALL, () -> get("stories")));
        rows.add(new Row(
                "POST stories",
                only("reporter", "editor"),
                () -> body("POST", "stories", Api.story("New " + UUID.randomUUID(), "x"))));
        rows.add(new Row(
                "POST stories/import",
                only("reporter", "editor"),
                () -> send(
                        "POST",
                        "stories/import?allowDuplicate=true",
                        "text/plain",
                        "World News\n\nImported " + UUID.randomUUID() + "\n\nA paragraph.")));
        rows.add(new Row("POST stories/import (.docx)", only("reporter", "editor"), () -> HttpRequest.newBuilder(
                        ServerUrls.api("stories/import"))
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .POST(HttpRequest.BodyPublishers.ofByteArray(docx()))));
        rows.add(new Row("POST media", only("reporter", "editor", "copyeditor"), () -> HttpRequest.newBuilder(
                        ServerUrls.api("media"))
                .header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        org.copydesk.it.TestPictures.picture(60, 40, "jpeg", "matrix")))));
        rows.add(new Row("GET media", ALL, () -> get("media")));
        rows.add(new Row("GET media/{id}", ALL, () -> get("media/" + picture())));
        rows.add(new Row("GET stories/{id}", ALL, () -> get("stories/" + draft())));
        rows.add(new Row("GET stories/{id}/ninjs", ALL, () -> get("stories/" + published() + "/ninjs")));
        rows.add(new Row("PUT stories/{id} (a reporter's draft)", only("reporter", "editor"), () -> body(
                        "PUT", "stories/" + draft(), Api.story("Edited " + UUID.randomUUID(), "y"))
                .header("If-Match", "\"0\"")));
        rows.add(new Row("PUT stories/{id} (in sourcing review)", only("editor"), () -> body(
                        "PUT", "stories/" + submitted(), Api.story("Edited " + UUID.randomUUID(), "y"))
                .header("If-Match", "\"1\"")));
        rows.add(new Row("GET stories/{id}/revisions", ALL, () -> get("stories/" + draft() + "/revisions")));
        rows.add(new Row("GET stories/{id}/diff", ALL, () -> get("stories/" + draft() + "/diff?from=1&to=1")));
        rows.add(new Row(
                "GET stories/{id}/working-copy (404 when none)",
                ALL,
                () -> get("stories/" + draft() + "/working-copy")));
        rows.add(new Row(
                "PUT stories/{id}/working-copy (a reporter's draft)",
                only("reporter", "editor"),
                () -> body(
                        "PUT", "stories/" + draft() + "/working-copy", Api.story("Kept " + UUID.randomUUID(), "z"))));
        rows.add(new Row("DELETE stories/{id}/working-copy (one's own)", ALL, () -> HttpRequest.newBuilder(
                        ServerUrls.api("stories/" + draft() + "/working-copy"))
                .DELETE()));
        rows.add(new Row(
                "POST stories/{id}/restore (a reporter's draft)",
                only("reporter", "editor"),
                () -> body("POST", "stories/" + draft() + "/restore", "{\"revision\":1}")));
        rows.add(new Row(
                "POST stories/{id}/spike (a reporter's draft)",
                only("reporter", "editor"),
                () -> body("POST", "stories/" + draft() + "/spike", "")));
        rows.add(new Row(
                "POST stories/{id}/unspike",
                only("reporter", "editor"),
                () -> body("POST", "stories/" + spiked() + "/unspike", "")));
        rows.add(new Row("GET stories/{id}/transitions", ALL, () -> get("stories/" + draft() + "/transitions")));
        rows.add(new Row("GET stories/{id}/workflow", ALL, () -> get("stories/" + draft() + "/workflow")));
        rows.add(new Row(
                "submit (DRAFT → SOURCING_REVIEW)",
                only("reporter", "editor"),
                () -> body("POST", "stories/" + draft() + "/transitions", "{\"to\":\"SOURCING_REVIEW\"}")));
        rows.add(new Row(
                "return (SOURCING_REVIEW → DRAFT)",
                only("editor"),
                () -> body("POST", "stories/" + submitted() + "/transitions", "{\"to\":\"DRAFT\",\"note\":\"Why?\"}")));
        rows.add(new Row("GET sections", ALL, () -> get("sections")));
        rows.add(new Row("GET sources", ALL, () -> get("sources")));
        rows.add(new Row("GET sources/{id}", ALL, () -> get("sources/" + source())));
        rows.add(new Row(
                "POST sources",
                only("reporter", "editor"),
                () -> body(
                        "POST",
                        "sources",
                        Json.createObjectBuilder()
                                .add("name", "New source " + UUID.randomUUID())
                                .add("kind", "PERSON")
                                .build()
                                .toString())));
        rows.add(new Row(
                "PUT sources/{id}/verification",
                only("editor"),
                () -> body("PUT", "sources/" + source() + "/verification", "{\"status\":\"VERIFIED\"}")));
        rows.add(new Row(
                "POST sources/{id}/merge",
                only("editor"),
                () -> body("POST", "sources/" + source() + "/merge", "{\"duplicateId\":" + source() + "}")));
        rows.add(new Row("PUT sources/{id}", only("editor"), () -> {
            long id = source();
            String tag =
                    EDITOR.get("sources/" + id).headers().firstValue("ETag").orElseThrow();
            return body(
                            "PUT",
                            "sources/" + id,
                            Json.createObjectBuilder()
                                    .add("name", "Matrix renamed " + UUID.randomUUID())
                                    .add("kind", "ORGANIZATION")
                                    .build()
                                    .toString())
                    .header("If-Match", tag);
        }));
        rows.add(new Row("GET sources/{id}/history", ALL, () -> get("sources/" + source() + "/history")));
        rows.add(new Row("GET sources/{id}/stories", ALL, () -> get("sources/" + source() + "/stories")));
        rows.add(new Row(
                "GET sources/{id}/merge-preview",
                only("editor"),
                () -> get("sources/" + source() + "/merge-preview?duplicateId=" + source())));
        rows.add(new Row("GET stories/{id}/attributions", ALL, () -> get("stories/" + draft() + "/attributions")));
        rows.add(new Row("POST stories/{id}/attributions", only("editor"), () -> {
            long id = draft();
            String key = json(REPORTER.get("stories/" + id))
                    .getJsonArray("blocks")
                    .getJsonObject(0)
                    .getString("key");
            return body(
                    "POST",
                    "stories/" + id + "/attributions",
                    Json.createObjectBuilder()
                            .add("blockKey", key)
                            .add("start", 0)
                            .add("end", 1)
                            .build()
                            .toString());
        }));
        rows.add(new Row("PUT stories/{id}/attributions/{aid}", only("editor"), () -> {
            long id = draft();
            return body(
                    "PUT", "stories/" + id + "/attributions/" + attributionOf(id), "{\"sourceId\":" + source() + "}");
        }));
        rows.add(new Row("PUT stories/{id}/attributions/{aid}/proposal", only("editor"), () -> {
            long id = draft();
            return body(
                    "PUT",
                    "stories/" + id + "/attributions/" + attributionOf(id) + "/proposal",
                    "{\"name\":\"Matrix proposal\",\"kind\":\"PERSON\"}");
        }));
        rows.add(new Row(
                "POST stories/{id}/attributions/link-all",
                only("editor"),
                () -> body("POST", "stories/" + draft() + "/attributions/link-all", "")));
        rows.add(new Row("GET stories/{id}/findings", ALL, () -> get("stories/" + draft() + "/findings")));
        rows.add(new Row(
                "POST stories/{id}/findings/check",
                only("editor", "copyeditor"),
                () -> body("POST", "stories/" + draft() + "/findings/check", "")));
        rows.add(new Row(
                "POST stories/{id}/findings/sweep",
                only("editor", "copyeditor"),
                () -> body(
                        "POST",
                        "stories/" + draft() + "/findings/sweep",
                        "{\"before\":\"Zzyzx" + UUID.randomUUID().toString().substring(0, 4)
                                + "\",\"after\":\"Zyx\",\"storyIds\":[" + draft() + "]}")));
        rows.add(new Row("GET dictionary", ALL, () -> get("dictionary")));
        rows.add(new Row(
                "POST dictionary",
                only("copyeditor", "admin"),
                () -> body(
                        "POST",
                        "dictionary",
                        "{\"word\":\"Matrixword" + UUID.randomUUID().toString().substring(0, 6) + "\",\"storyId\":"
                                + draft() + "}")));
        rows.add(new Row("POST stories/{id}/corrections", only("reporter", "editor", "copyeditor"), () -> {
            long id = published();
            String key = json(REPORTER.get("stories/" + id))
                    .getJsonArray("blocks")
                    .getJsonObject(0)
                    .getString("key");
            return body(
                    "POST",
                    "stories/" + id + "/corrections",
                    Json.createObjectBuilder()
                            .add("kind", "TYPO")
                            .add("blockKey", key)
                            .add("before", "Heavy")
                            .add("after", "Heavy")
                            .add("reason", "Matrix")
                            .build()
                            .toString());
        }));
        rows.add(new Row("GET stories/{id}/corrections", ALL, () -> get("stories/" + published() + "/corrections")));
        rows.add(new Row("GET corrections", ALL, () -> get("corrections")));
        rows.add(new Row("GET corrections?pending", ALL, () -> get("corrections?pending=true")));
        rows.add(new Row(
                "apply a CORRECTION",
                only("editor"),
                () -> body("POST", "corrections/" + correction("CORRECTION") + "/apply", "{}")));
        rows.add(new Row(
                "apply a TYPO fix",
                only("editor", "copyeditor"),
                () -> body("POST", "corrections/" + correction("TYPO") + "/apply", "{}")));
        rows.add(new Row(
                "POST corrections/{reportId}/resolve",
                only("reporter", "editor", "copyeditor"),
                () -> body(
                        "POST",
                        "corrections/" + readerReport() + "/resolve",
                        "{\"correctionId\":" + correction("CORRECTION") + "}")));
        rows.add(new Row(
                "reject a CORRECTION",
                only("editor"),
                () -> body("POST", "corrections/" + correction("CORRECTION") + "/reject", "{\"reason\":\"No\"}")));
        rows.add(new Row(
                "GET stories/{id}/audit (a reporter's draft)",
                only("reporter", "editor", "admin"),
                () -> get("stories/" + draft() + "/audit")));
        rows.add(new Row("GET metrics", only("editor", "admin"), () -> get("metrics?period=30d")));
        rows.add(new Row(
                "PUT stories/{id}/schedule",
                only("editor"),
                () -> body(
                        "PUT",
                        "stories/" + ready() + "/schedule",
                        "{\"publishAt\":\"" + java.time.Instant.now().plus(java.time.Duration.ofDays(30)) + "\"}")));
        rows.add(new Row(
                "DELETE stories/{id}/schedule",
                only("editor"),
                () -> send("DELETE", "stories/" + ready() + "/schedule", "application/json", "")));
        rows.add(new Row(
                "PUT stories/{id}/embargo (a reporter's draft)",
                only("reporter", "editor"),
                () -> body(
                        "PUT",
                        "stories/" + draft() + "/embargo",
                        "{\"embargoUntil\":\"" + java.time.Instant.now().plus(java.time.Duration.ofDays(30)) + "\"}")));
        rows.add(new Row(
                "DELETE stories/{id}/embargo (a reporter's draft)",
                only("reporter", "editor"),
                () -> send("DELETE", "stories/" + draft() + "/embargo", "application/json", "")));
        rows.add(new Row("GET budget", ALL, () -> get("budget")));
        rows.add(new Row(
                "PUT stories/{id}/plan",
                only("editor"),
                () -> body("PUT", "stories/" + draft() + "/plan", "{\"lengthTarget\":500}")));
        rows.add(new Row(
                "POST stories/bulk/assignments",
                only("editor", "admin"),
                () -> body("POST", "stories/bulk/assignments", "{\"ids\":[" + draft() + "],\"assignee\":\"editor\"}")));
        rows.add(new Row(
                "POST stories/bulk/transitions (refusals are per story)",
                ALL,
                () -> body("POST", "stories/bulk/transitions", "{\"ids\":[" + draft() + "],\"to\":\"PUBLISHED\"}")));
        // notes: any desk role reads and writes them; only a note's author edits or deletes it
        rows.add(new Row("GET stories/{id}/notes", ALL, () -> get("stories/" + draft() + "/notes")));
        rows.add(new Row(
                "POST stories/{id}/notes",
                ALL,
                () -> body("POST", "stories/" + draft() + "/notes", "{\"text\":\"Matrix note\"}")));
        rows.add(new Row("GET stories/{id}/notes/{nid}/history", ALL, () -> get(editorsNote() + "/history")));
        rows.add(new Row("PUT stories/{id}/notes/{nid} (the editor's note)", only("editor"), () -> body(
                        "PUT", editorsNote(), "{\"text\":\"Edited\"}")
                .header("If-Match", "\"0\"")));
        rows.add(new Row("DELETE stories/{id}/notes/{nid} (the editor's note)", only("editor"), () -> send(
                        "DELETE", editorsNote(), "application/json", "")
                .header("If-Match", "\"0\"")));
        rows.add(new Row("POST stories/{id}/attributions/{aid}/confirm", only("editor"), () -> {
            long id = draft();
            return body("POST", "stories/" + id + "/attributions/" + attributionOf(id) + "/confirm", "{}");
        }));
        rows.add(new Row("GET notifications", ALL, () -> get("notifications")));
        rows.add(new Row("GET webhooks", only("admin"), () -> get("webhooks")));
        rows.add(new Row(
                "POST webhooks",
                only("admin"),
                () -> body(
                        "POST",
                        "webhooks",
                        "{\"url\":\"http://127.0.0.1:9/matrix\",\"events\":[\"story.retracted\"]}")));
        rows.add(new Row(
                "GET webhooks/{id}/deliveries", only("admin"), () -> get("webhooks/" + webhook() + "/deliveries")));
        rows.add(new Row(
                "DELETE webhooks/{id}",
                only("admin"),
                () -> send("DELETE", "webhooks/" + webhook(), "application/json", "")));
        rows.add(new Row("GET users", only("admin"), () -> get("users")));
        rows.add(new Row(
                "POST users",
                only("admin"),
                () -> body(
                        "POST",
                        "users",
                        "{\"username\":\"matrix"
                                + java.util.UUID.randomUUID().toString().substring(0, 8)
                                + "\",\"displayName\":\"Matrix\",\"roles\":[\"REPORTER\"]}")));
        rows.add(new Row("GET users/{username}", only("admin"), () -> get("users/" + matrixUser())));
        rows.add(new Row(
                "PUT users/{username} (as it is)",
                only("admin"),
                () -> body(
                        "PUT",
                        "users/" + matrixUser(),
                        "{\"displayName\":\"Matrix\",\"roles\":[\"REPORTER\"],\"enabled\":true}")));
        rows.add(new Row(
                "POST users/{username}/password-reset",
                only("admin"),
                () -> body("POST", "users/" + matrixUser() + "/password-reset", "")));
        rows.add(new Row("GET admin/actions", only("admin"), () -> get("admin/actions")));
        rows.add(new Row("GET sections/entries", only("admin"), () -> get("sections/entries")));
        rows.add(new Row(
                "POST sections",
                only("admin"),
                () -> body(
                        "POST",
                        "sections",
                        "{\"name\":\"Matrix "
                                + java.util.UUID.randomUUID().toString().substring(0, 8) + "\"}")));
        rows.add(new Row(
                "PUT sections/{id} (as it is: retired)",
                only("admin"),
                () -> body("PUT", "sections/" + matrixSection(), "{\"name\":\"Matrix section\",\"retired\":true}")));
        // refused for its missing new password before the current one is checked: no wrong password is counted
        rows.add(new Row("PUT me/password", ALL, () -> body("PUT", "me/password", "{\"currentPassword\":\"x\"}")));
        rows.add(new Row("POST notifications/read-all", ALL, () -> body("POST", "notifications/read-all", "")));
        return rows;
    }

    /** An account the rows about accounts read and change, made once. */
    private static String matrixUser() {
        if (matrixUser == null) {
            matrixUser = "matrix" + java.util.UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> made = Api.as("admin")
                    .postJson(
                            "users",
                            "{\"username\":\"" + matrixUser
                                    + "\",\"displayName\":\"Matrix\",\"roles\":[\"REPORTER\"]}");
            assertEquals(201, made.statusCode(), made.body());
        }
        return matrixUser;
    }

    private static String matrixUser;

    /** A retired section the rows change, made once. */
    private static long matrixSection() {
        if (matrixSection == null) {
            Api admin = Api.as("admin");
            HttpResponse<String> made = admin.postJson("sections", "{\"name\":\"Matrix section\"}");
            matrixSection = made.statusCode() == 201
                    ? Api.json(made).getJsonNumber("id").longValue()
                    : Api.parse(admin.get("sections/entries").body()).asJsonArray().stream()
                            .map(v -> v.asJsonObject())
                            .filter(s -> s.getString("name").equals("Matrix section"))
                            .findFirst()
                            .orElseThrow()
                            .getJsonNumber("id")
                            .longValue();
        }
        return matrixSection;
    }

    private static Long matrixSection;

    /** The webhooks the rows registered are turned off: later stories are sent to nobody. */
    @AfterAll
    static void turnOffTheWebhooks() {
        Api admin = Api.as("admin");
        Api.parse(admin.get("webhooks").body()).asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(w -> w.getString("url").endsWith("/matrix") && w.getBoolean("active"))
                .forEach(w -> admin.send(admin.authorize(HttpRequest.newBuilder(ServerUrls.api(
                                "webhooks/" + w.getJsonNumber("id").longValue()))
                        .DELETE())));
    }

    @Test
    void everyActorGetsExactlyWhatTheirRoleAllows() {
        Map<String, Integer> tally = new LinkedHashMap<>();
        List<String> unexpected = new ArrayList<>();
        int cells = 0;
        for (Row row : rows()) {
            for (String actor : ACTORS) {
                Api api = actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
                HttpRequest.Builder builder = row.request().get().header("Accept", "application/json");
                HttpResponse<String> response = api.send(api.authorize(builder));
                int status = response.statusCode();
                cells++;
                boolean allowed = row.allowed().contains(actor);
                String outcome = actor.equals("anonymous")
                        ? (status == 401 ? "ok" : "expected 401")
                        : allowed
                                ? (status == 401 || status == 403 || status >= 500 ? "expected to be allowed" : "ok")
                                : (status == 403 ? "ok" : "expected 403");
                tally.merge(status / 100 * 100 == 200 ? "2xx" : String.valueOf(status), 1, Integer::sum);
                if (!outcome.equals("ok")) {
                    unexpected.add(
                            row.name() + " as " + actor + ": " + status + " (" + outcome + ") " + response.body());
                }
            }
        }
        System.out.println("Authorization matrix: " + rows().size() + " requests × " + ACTORS.size() + " actors = "
                + cells + " cells; answers " + tally + "; unexpected " + unexpected.size());
        assertEquals(List.of(), unexpected);
        assertTrue(cells >= 150);
    }

    @Test
    void theDeskPagesSendAnonymousReadersToSignIn() {
        for (String page : List.of(
                "desk/dashboard.xhtml",
                "desk/story.xhtml?id=1",
                "desk/sourcing.xhtml?id=1",
                "desk/import.xhtml",
                "desk/new.xhtml",
                "desk/sources.xhtml?id=1")) {
            HttpResponse<String> response = Api.anonymous()
                    .send(HttpRequest.newBuilder(ServerUrls.base().resolve(page))
                            .GET());
            assertEquals(302, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Location").orElseThrow().contains("/login.xhtml?next="), page);
        }
        for (String page : List.of("login.xhtml", "corrections", "corrections.atom")) {
            assertEquals(
                    200,
                    Api.anonymous()
                            .send(HttpRequest.newBuilder(ServerUrls.base().resolve(page))
                                    .GET())
                            .statusCode(),
                    page);
        }
    }
}
