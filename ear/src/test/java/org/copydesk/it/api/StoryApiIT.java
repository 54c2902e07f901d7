package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.copydesk.it.Clients.refused;
import static org.copydesk.it.Desks.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.copydesk.client.ApiException;
import org.copydesk.client.ApiResponse;
import org.copydesk.client.api.OperationsApi;
import org.copydesk.client.api.StoriesApi;
import org.copydesk.client.api.WorkflowApi;
import org.copydesk.client.model.BlockInput;
import org.copydesk.client.model.BlockType;
import org.copydesk.client.model.DiffSegment;
import org.copydesk.client.model.Imported;
import org.copydesk.client.model.Kind;
import org.copydesk.client.model.PageStorySummary;
import org.copydesk.client.model.Problem;
import org.copydesk.client.model.StoryDetails;
import org.copydesk.client.model.StoryInput;
import org.copydesk.client.model.StoryState;
import org.copydesk.client.model.TransitionRequest;
import org.copydesk.client.model.TransitionView;
import org.copydesk.it.Api;
import org.copydesk.it.Clients;
import org.copydesk.it.ServerUrls;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;

/**
 * The HTTP API from outside, as a client sees it: statuses, headers and problem+json bodies. Most of it goes
 * through the client generated from the OpenAPI document (Clients); what that client cannot send — a save
 * without If-Match, broken JSON, a missing parameter — goes raw.
 */
class StoryApiIT extends ApiTest {

    static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject problem = json(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    /** A problem+json answer with this status whose detail holds {@code words}. */
    static void assertProblem(HttpResponse<String> response, int status, String words) {
        assertProblem(response, status);
        assertTrue(json(response).getString("detail").contains(words), response.body());
    }

    private final StoriesApi reporterStories = new StoriesApi(Clients.as("reporter"));

    private static StoryInput story(String headline, String... paragraphs) {
        List<BlockInput> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(new BlockInput().type(BlockType.PARAGRAPH).text(p));
        }
        return new StoryInput().headline(headline).blocks(blocks);
    }

    private static TransitionRequest to(StoryState state) {
        return new TransitionRequest().to(state);
    }

    @Test
    void healthIsPublicAndUpWhenTheDatabaseAnswers() {
        assertEquals(
                "UP",
                call(() -> new OperationsApi(Clients.anonymous()).getHealth()).getStatus());
    }

    @Test
    void withoutCredentialsTheApiAnswers401() {
        StoriesApi anonymous = new StoriesApi(Clients.anonymous());
        refused(401, () -> anonymous.listStories(null, null, null, null, null, null, null, null, null));
        ApiException e = assertThrows(
                ApiException.class, () -> anonymous.listStories(null, null, 0, null, null, null, 1, null, null));
        assertTrue(e.getResponseHeaders()
                .firstValue("WWW-Authenticate")
                .orElseThrow()
                .startsWith("Basic"));
        StoriesApi wrong = new StoriesApi(Clients.as("editor", "wrong-password"));
        refused(401, () -> wrong.listStories(null, null, null, null, null, null, null, null, null));
    }

    @Test
    void createdStoryAnswers201WithLocationAndETag() {
        String headline = "Ferry strike ends " + UUID.randomUUID();
        ApiResponse<StoryDetails> created =
                call(() -> reporterStories.createStoryWithHttpInfo(story(headline, "Crews return on Monday.")));
        assertEquals(201, created.getStatusCode());
        URI location = URI.create(created.getHeaders().get("location").get(0));
        assertTrue(location.getPath().matches("/copydesk/api/stories/\\d+"), location.toString());
        assertEquals("\"0\"", created.getHeaders().get("etag").get(0));

        StoryDetails read =
                call(() -> reporterStories.getStory(created.getData().getId()));
        assertEquals(headline, read.getHeadline());
        assertEquals(StoryState.DRAFT, read.getState());
        assertEquals("reporter", read.getReporter());
        assertEquals("Crews return on Monday.", read.getBlocks().get(0).getText());
    }

    @Test
    void copyEditorsCannotCreateStories() {
        StoriesApi copyDesk = new StoriesApi(Clients.as("copyeditor"));
        refused(403, () -> copyDesk.createStory(story("Not mine to write", "x")));
    }

    @Test
    void saveNeedsIfMatchAndAStaleOneGets412() {
        StoryDetails story =
                call(() -> reporterStories.createStory(story("Bridge closes " + UUID.randomUUID(), "For repairs.")));
        long id = story.getId();
        StoryInput change = story(story.getHeadline(), "For repairs until May.");

        // the client will not send a save without If-Match (the document says it is required); the server's
        // answer to one that comes anyway is 428
        assertProblem(reporter.putJson("stories/" + id, null, Api.story(story.getHeadline(), "x")), 428);
        ApiResponse<StoryDetails> saved = call(() -> reporterStories.updateStoryWithHttpInfo(id, "\"0\"", change));
        String newTag = saved.getHeaders().get("etag").get(0);
        assertEquals(2, saved.getData().getRevision());

        ApiException stale = assertThrows(
                ApiException.class,
                () -> reporterStories.updateStory(id, "\"0\"", story(story.getHeadline(), "Gone.")));
        refused(412, () -> {
            throw stale;
        });
        assertEquals(newTag, stale.getResponseHeaders().firstValue("ETag").orElseThrow());
        assertEquals(
                "For repairs until May.",
                call(() -> reporterStories.getStory(id)).getBlocks().get(0).getText());
    }

    @Test
    void reporterTryingToPublishGets403AndIllegalMovesGet409WithTheGuards() {
        long id = call(() -> reporterStories.createStory(
                        story("Mayor resigns " + UUID.randomUUID(), "She cited health reasons.")))
                .getId();
        WorkflowApi asReporter = new WorkflowApi(Clients.as("reporter"));
        WorkflowApi asEditor = new WorkflowApi(Clients.as("editor"));
        WorkflowApi asCopyEditor = new WorkflowApi(Clients.as("copyeditor"));

        Problem publish = refused(409, () -> asReporter.moveStory(id, to(StoryState.PUBLISHED), null));
        assertTrue(publish.getErrors().get(0).contains("cannot move"), publish.toString()); // no DRAFT → PUBLISHED

        call(() -> asReporter.moveStory(id, to(StoryState.SOURCING_REVIEW), null));
        Problem returned = refused(409, () -> asEditor.moveStory(id, to(StoryState.DRAFT), null));
        assertTrue(returned.getErrors().get(0).contains("note"), returned.toString());

        call(() -> asEditor.moveStory(id, to(StoryState.COPY_EDIT), null));
        call(() -> asCopyEditor.moveStory(id, to(StoryState.READY), null));
        refused(403, () -> asReporter.moveStory(id, to(StoryState.PUBLISHED), null));
        StoryDetails published = call(() -> asEditor.moveStory(id, to(StoryState.PUBLISHED), null));
        assertEquals(StoryState.PUBLISHED, published.getState());

        List<TransitionView> log = call(() -> asEditor.listStoryTransitions(id));
        assertEquals(4, log.size());
        assertEquals("editor", log.get(3).getActor());

        HttpResponse<String> page = Api.anonymous()
                .send(Api.anonymous()
                        .request(ServerUrls.base()
                                .resolve("read/" + published.getSlug())
                                .toString())
                        .GET());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(published.getHeadline()));
    }

    @Test
    void submitWithoutBodyListsTheUnmetGuard() {
        StoryInput onlyHeadline = new StoryInput()
                .headline("Only a headline " + UUID.randomUUID())
                .blocks(List.of());
        long id = call(() -> reporterStories.createStory(onlyHeadline)).getId();
        WorkflowApi asReporter = new WorkflowApi(Clients.as("reporter"));
        Problem submit = refused(409, () -> asReporter.moveStory(id, to(StoryState.SOURCING_REVIEW), null));
        assertEquals(
                "The story needs at least one body block.", submit.getErrors().get(0));
    }

    @Test
    void importingTheSeedTwiceIsDetectedAndACopyIsOnlyMadeOnPurpose() {
        Problem again = refused(409, () -> reporterStories.importStory(Texts.seed(), null));
        assertEquals(
                "russia-sends-troops-to-border-with-north-korea-reports",
                again.getExisting().get("slug"));

        Imported copy = call(() -> reporterStories.importStory(Texts.seed(), true));
        assertEquals("Back to top button", copy.getDebris().get(0));
        assertEquals(17, copy.getStory().getBlocks().size());
        assertEquals(BlockType.SUBHEADING, copy.getStory().getBlocks().get(9).getType());
    }

    @Test
    void samplesImportWithTheirSections() {
        StoriesApi asEditor = new StoriesApi(Clients.as("editor"));
        Imported greek = call(() -> asEditor.importStory(Texts.story("greek-debt-talks.txt"), true));
        assertEquals(List.of("Europe", "World News"), greek.getStory().getSections());
    }

    @Test
    void revisionsAndWordDiff() {
        StoryDetails story = call(() -> reporterStories.createStory(
                story("Snow closes schools " + UUID.randomUUID(), "Schools in Chine stay shut.")));
        long id = story.getId();
        call(() -> reporterStories.updateStory(id, "\"0\"", story(story.getHeadline(), "Schools in China stay shut.")));
        assertEquals(
                2, call(() -> reporterStories.listRevisions(id, null, null)).getTotal());
        List<DiffSegment> segments =
                call(() -> reporterStories.diffRevisions(id, 1, 2)).getSegments();
        assertTrue(
                segments.stream().anyMatch(s -> s.getKind() == Kind.DELETE && "Chine".equals(s.getText())),
                segments.toString());
        assertTrue(
                segments.stream().anyMatch(s -> s.getKind() == Kind.INSERT && "China".equals(s.getText())),
                segments.toString());
        refused(404, () -> reporterStories.diffRevisions(id, 1, 9));
        assertProblem(reporter.get("stories/" + id + "/diff?from=1"), 400); // the client always sends both
    }

    @Test
    void listIsPagedFilteredAndSearchableAndSaysWhereTheNextPageIs() {
        String marker = "quokka" + UUID.randomUUID().toString().substring(0, 6);
        call(() -> reporterStories.createStory(story("Zoo welcomes " + marker, "A new arrival.")));
        call(() -> reporterStories.createStory(story("Zoo names " + marker, "A second arrival.")));
        StoriesApi asEditor = new StoriesApi(Clients.as("editor"));
        PageStorySummary found = call(
                () -> asEditor.listStories(null, null, null, marker, null, null, 5, List.of(StoryState.DRAFT), null));
        assertEquals(2, found.getTotal());
        assertNull(found.getNext(), "one page holds them all");
        assertEquals(
                0,
                call(() -> asEditor.listStories(
                                null, null, null, marker, null, null, null, List.of(StoryState.PUBLISHED), null))
                        .getTotal());

        ApiResponse<PageStorySummary> first =
                call(() -> asEditor.listStoriesWithHttpInfo(null, null, 0, marker, null, null, 1, null, null));
        assertEquals(1, first.getData().getItems().size());
        assertEquals(1, first.getData().getNext());
        String link = first.getHeaders().get("link").get(0);
        assertTrue(link.endsWith(">; rel=\"next\"") && link.contains("page=1") && link.contains("q=" + marker), link);
        PageStorySummary second = call(
                () -> asEditor.listStories(null, null, first.getData().getNext(), marker, null, null, 1, null, null));
        assertEquals(1, second.getItems().size());
        assertNull(second.getNext(), "the last page");
        assertTrue(!second.getItems()
                .get(0)
                .getId()
                .equals(first.getData().getItems().get(0).getId()));
    }

    @Test
    void badInputGetsPreciseProblems() {
        assertProblem(reporter.postJson("stories", "{\"headline\":\"  \",\"blocks\":[]}"), 400);
        assertProblem(reporter.postJson("stories", "{not json"), 400);
        assertProblem(
                reporter.postJson("stories", "{\"headline\":\"x\",\"blocks\":[{\"type\":\"POEM\",\"text\":\"y\"}]}"),
                400);
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
            HttpResponse<String> r = Api.as(ghost, "wrong")
                    .send(Api.as(ghost, "wrong")
                            .request("stories")
                            .header("X-Request-Id", lastId)
                            .GET());
            assertEquals(401, r.statusCode());
            assertEquals(lastId, r.headers().firstValue("X-Request-Id").orElseThrow(), "a given id is kept");
        }
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("it.base.dir"), "log", "server.json.log");
        String id = lastId;
        String line = java.nio.file.Files.readAllLines(log).stream()
                .filter(l -> l.contains(ghost) && l.contains("locked"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no JSON log line for " + ghost));
        assertTrue(line.startsWith("{") && line.contains("\"requestId\":\"" + id + "\""), line);
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
