package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.copydesk.it.Desks.move;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.ServerUrls;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;

/** The HTTP API from outside, as a client sees it: statuses, headers and problem+json bodies. */
class StoryApiIT extends ApiTest {

    static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject problem = json(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private JsonObject create(Api as, String headline, String... paragraphs) {
        HttpResponse<String> created = as.postJson("stories", Api.story(headline, paragraphs));
        assertEquals(201, created.statusCode(), created.body());
        return json(created);
    }

    @Test
    void healthIsPublicAndUpWhenTheDatabaseAnswers() {
        HttpResponse<String> response = Api.anonymous().get("health");
        assertEquals(200, response.statusCode());
        assertEquals("UP", json(response).getString("status"));
    }

    @Test
    void withoutCredentialsTheApiAnswers401() {
        HttpResponse<String> response = Api.anonymous().get("stories");
        assertProblem(response, 401);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
        assertProblem(Api.as("editor", "wrong-password").get("stories"), 401);
    }

    @Test
    void createdStoryAnswers201WithLocationAndETag() {
        String headline = "Ferry strike ends " + UUID.randomUUID();
        HttpResponse<String> created = reporter.postJson("stories", Api.story(headline, "Crews return on Monday."));
        assertEquals(201, created.statusCode(), created.body());
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
        assertTrue(location.getPath().matches("/copydesk/api/stories/\\d+"), location.toString());
        assertEquals("\"0\"", created.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> read = reporter.get(location.toString());
        assertEquals(200, read.statusCode());
        JsonObject story = json(read);
        assertEquals(headline, story.getString("headline"));
        assertEquals("DRAFT", story.getString("state"));
        assertEquals("reporter", story.getString("reporter"));
        assertEquals("Crews return on Monday.", story.getJsonArray("blocks").getJsonObject(0).getString("text"));
    }

    @Test
    void copyEditorsCannotCreateStories() {
        assertProblem(copyEditor.postJson("stories", Api.story("Not mine to write", "x")), 403);
    }

    @Test
    void saveNeedsIfMatchAndAStaleOneGets412() {
        JsonObject story = create(reporter, "Bridge closes " + UUID.randomUUID(), "For repairs.");
        long id = story.getJsonNumber("id").longValue();
        String path = "stories/" + id;
        String change = Api.story(story.getString("headline"), "For repairs until May.");

        assertProblem(reporter.putJson(path, null, change), 428);
        HttpResponse<String> saved = reporter.putJson(path, "\"0\"", change);
        assertEquals(200, saved.statusCode(), saved.body());
        String newTag = saved.headers().firstValue("ETag").orElseThrow();
        assertEquals(2, json(saved).getInt("revision"));

        HttpResponse<String> stale = reporter.putJson(path, "\"0\"", Api.story(story.getString("headline"), "Gone."));
        assertProblem(stale, 412);
        assertEquals(newTag, stale.headers().firstValue("ETag").orElseThrow());
        assertEquals("For repairs until May.",
                json(reporter.get(path)).getJsonArray("blocks").getJsonObject(0).getString("text"));
    }

    @Test
    void reporterTryingToPublishGets403AndIllegalMovesGet409WithTheGuards() {
        JsonObject story = create(reporter, "Mayor resigns " + UUID.randomUUID(), "She cited health reasons.");
        long id = story.getJsonNumber("id").longValue();

        HttpResponse<String> publish = move(reporter, id, "PUBLISHED", null);
        assertProblem(publish, 409); // no DRAFT → PUBLISHED move at all
        assertTrue(json(publish).getJsonArray("errors").getString(0).contains("cannot move"));

        assertEquals(200, move(reporter, id, "SOURCING_REVIEW", null).statusCode());
        HttpResponse<String> returned = move(editor, id, "DRAFT", null);
        assertProblem(returned, 409);
        assertTrue(json(returned).getJsonArray("errors").getString(0).contains("note"), returned.body());

        assertEquals(200, move(editor, id, "COPY_EDIT", null).statusCode());
        assertEquals(200, move(copyEditor, id, "READY", null).statusCode());
        assertProblem(move(reporter, id, "PUBLISHED", null), 403);
        HttpResponse<String> published = move(editor, id, "PUBLISHED", null);
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISHED", json(published).getString("state"));

        JsonArray log = Api.parse(editor.get("stories/" + id + "/transitions").body()).asJsonArray();
        assertEquals(4, log.size());
        assertEquals("editor", log.getJsonObject(3).getString("actor"));

        HttpResponse<String> page = Api.anonymous().send(Api.anonymous()
                .request(ServerUrls.base().resolve("read/" + json(published).getString("slug")).toString()).GET());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(json(published).getString("headline")));
    }

    @Test
    void submitWithoutBodyListsTheUnmetGuard() {
        HttpResponse<String> created = reporter.postJson("stories",
                "{\"headline\":\"Only a headline " + UUID.randomUUID() + "\",\"blocks\":[]}");
        long id = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> submit = move(reporter, id, "SOURCING_REVIEW", null);
        assertProblem(submit, 409);
        assertEquals("The story needs at least one body block.", json(submit).getJsonArray("errors").getString(0));
    }

    @Test
    void importingTheSeedTwiceIsDetectedAndACopyIsOnlyMadeOnPurpose() {
        HttpResponse<String> again = reporter.post("stories/import", "text/plain; charset=UTF-8", Texts.seed());
        assertProblem(again, 409);
        assertEquals("russia-sends-troops-to-border-with-north-korea-reports",
                json(again).getJsonObject("existing").getString("slug"));

        HttpResponse<String> copy = reporter.post("stories/import?allowDuplicate=true", "text/plain; charset=UTF-8",
                Texts.seed());
        assertEquals(201, copy.statusCode(), copy.body());
        JsonObject imported = json(copy);
        assertEquals("Back to top button", imported.getJsonArray("debris").getString(0));
        JsonObject story = imported.getJsonObject("story");
        assertEquals(17, story.getJsonArray("blocks").size());
        assertEquals("SUBHEADING", story.getJsonArray("blocks").getJsonObject(9).getString("type"));
    }

    @Test
    void samplesImportWithTheirSections() {
        HttpResponse<String> greek = editor.post("stories/import?allowDuplicate=true", "text/plain",
                Texts.story("greek-debt-talks.txt"));
        assertEquals(201, greek.statusCode(), greek.body());
        assertEquals("[\"Europe\",\"World News\"]",
                json(greek).getJsonObject("story").getJsonArray("sections").toString());
    }

    @Test
    void revisionsAndWordDiff() {
        JsonObject story = create(reporter, "Snow closes schools " + UUID.randomUUID(), "Schools in Chine stay shut.");
        long id = story.getJsonNumber("id").longValue();
        reporter.putJson("stories/" + id, "\"0\"", Api.story(story.getString("headline"), "Schools in China stay shut."));
        JsonObject history = json(reporter.get("stories/" + id + "/revisions"));
        assertEquals(2, history.getInt("total"));
        JsonObject diff = json(reporter.get("stories/" + id + "/diff?from=1&to=2"));
        String segments = diff.getJsonArray("segments").toString();
        assertTrue(segments.contains("{\"kind\":\"DELETE\",\"text\":\"Chine\"}"), segments);
        assertTrue(segments.contains("{\"kind\":\"INSERT\",\"text\":\"China\"}"), segments);
        assertProblem(reporter.get("stories/" + id + "/diff?from=1&to=9"), 404);
        assertProblem(reporter.get("stories/" + id + "/diff?from=1"), 400);
    }

    @Test
    void listIsPagedFilteredAndSearchable() {
        String marker = "quokka" + UUID.randomUUID().toString().substring(0, 6);
        create(reporter, "Zoo welcomes " + marker, "A new arrival.");
        JsonObject found = json(editor.get("stories?q=" + marker + "&state=DRAFT&size=5"));
        assertEquals(1, found.getInt("total"));
        assertEquals(0, json(editor.get("stories?q=" + marker + "&state=PUBLISHED")).getInt("total"));
        JsonObject page = json(editor.get("stories?page=0&size=1"));
        assertEquals(1, page.getJsonArray("items").size());
        assertTrue(page.getJsonNumber("total").longValue() >= 2);
    }

    @Test
    void badInputGetsPreciseProblems() {
        assertProblem(reporter.postJson("stories", "{\"headline\":\"  \",\"blocks\":[]}"), 400);
        assertProblem(reporter.postJson("stories", "{not json"), 400);
        assertProblem(reporter.postJson("stories", "{\"headline\":\"x\",\"blocks\":[{\"type\":\"POEM\",\"text\":\"y\"}]}"), 400);
        assertProblem(reporter.get("stories/999999999"), 404);
        assertProblem(reporter.get("stories?size=5000"), 400);
        assertProblem(reporter.post("stories", "text/csv", "a,b"), 415);
        assertProblem(reporter.postJson("stories/1/transitions", "{\"to\":\"NOWHERE\"}"), 400);
    }

    @Test
    void everyAnswerCarriesARequestIdAndTheStructuredLogCarriesItToo() throws Exception {
        HttpResponse<String> plain = reporter.get("stories?size=1");
        assertTrue(plain.headers().firstValue("X-Request-Id").orElseThrow().length() >= 8);

        // Five wrong passwords for one username lock it; the warning is logged inside the fifth request.
        String ghost = "ghost" + UUID.randomUUID().toString().substring(0, 8);
        String lastId = null;
        for (int i = 0; i < 5; i++) {
            lastId = "test-" + UUID.randomUUID();
            HttpResponse<String> r = Api.as(ghost, "wrong").send(Api.as(ghost, "wrong").request("stories")
                    .header("X-Request-Id", lastId).GET());
            assertEquals(401, r.statusCode());
            assertEquals(lastId, r.headers().firstValue("X-Request-Id").orElseThrow(), "a given id is kept");
        }
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("it.base.dir"), "log", "server.json.log");
        String id = lastId;
        String line = java.nio.file.Files.readAllLines(log).stream().filter(l -> l.contains(ghost) && l.contains("locked"))
                .findFirst().orElseThrow(() -> new AssertionError("no JSON log line for " + ghost));
        assertTrue(line.startsWith("{") && line.contains("\"requestId\":\"" + id + "\""), line);
    }

    @Test
    void openApiDocumentDescribesTheStoriesEndpoint() {
        HttpResponse<String> response = Api.anonymous().get(ServerUrls.base().resolve("/openapi").toString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/copydesk/api/stories/{id}/transitions"), response.body());
    }

    /** The backup endpoint is H2's (BACKUP TO); on PostgreSQL it says so and names pg_dump, never a 500. */
    @Test
    void theBackupEndpointBacksUpH2AndSendsPostgreSqlToPgDump() {
        HttpResponse<String> backup = Api.as("admin").post("admin/backups", "application/json", "");
        if ("postgresql".equals(System.getProperty("it.database"))) {
            assertProblem(backup, 501);
            assertTrue(json(backup).getString("detail").contains("pg_dump"), backup.body());
        } else {
            assertEquals(201, backup.statusCode(), backup.body());
            assertTrue(json(backup).getString("file").endsWith(".zip"), backup.body());
        }
    }
}
