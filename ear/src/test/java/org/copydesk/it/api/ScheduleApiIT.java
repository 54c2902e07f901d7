package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.copydesk.it.api.StoryApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.ServerUrls;
import org.junit.jupiter.api.Test;

/**
 * Scheduled publishing and embargoes (DESIGN "Additions — Desk operations"): an editor schedules a ready story and
 * the server publishes it within seconds of its time, as that editor, with the delay in the note; only editors
 * schedule, only ready stories, only times to come; a story that leaves Ready loses its schedule; a publication
 * the workflow refuses at the time drops the schedule and tells the editor; an embargo refuses publishing (and
 * a schedule) before its end and keeps the story from the public page, the sitemap and the feeds.
 */
class ScheduleApiIT extends ApiTest {

    /** JSON-B leaves out a null field. */
    private static boolean absent(JsonObject o, String field) {
        return !o.containsKey(field) || o.isNull(field);
    }

    private static String unique(String words) {
        return words + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String at(Instant when) {
        return "{\"publishAt\":\"" + when.truncatedTo(ChronoUnit.MILLIS) + "\"}";
    }

    private static String until(Instant when) {
        return "{\"embargoUntil\":\"" + when.truncatedTo(ChronoUnit.MILLIS) + "\"}";
    }

    private static HttpResponse<String> delete(Api as, String path) {
        return as.send(as.request(path).DELETE());
    }

    private JsonObject story(long id) {
        return json(editor.get("stories/" + id));
    }

    /** Waits (at most {@code seconds}) for the story to reach the state; answers it as last read. */
    private JsonObject await(long id, String state, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        JsonObject story = story(id);
        while (!state.equals(story.getString("state")) && System.nanoTime() < end) {
            Thread.sleep(200);
            story = story(id);
        }
        return story;
    }

    private static int publicPage(String slug) {
        return Api.anonymous()
                .send(HttpRequest.newBuilder(ServerUrls.base().resolve("read/" + slug))
                        .GET())
                .statusCode();
    }

    private static String anonymous(String path) {
        return Api.anonymous()
                .send(HttpRequest.newBuilder(ServerUrls.base().resolve(path)).GET())
                .body();
    }

    private static void assertEmbargoed(HttpResponse<String> refused) {
        assertProblem(refused, 409);
        assertTrue(refused.body().contains("embargoed until"), refused.body());
    }

    @Test
    void aScheduledStoryIsPublishedWithinSecondsOfItsTimeAsTheEditorWhoScheduledIt() throws Exception {
        long id = Desks.ready(
                unique("Harbour ferries resume"), "The ferries resumed on Monday, the port authority said.");
        Instant due = Instant.now().plusSeconds(3);
        HttpResponse<String> scheduled = editor.putJson("stories/" + id + "/schedule", null, at(due));
        assertEquals(200, scheduled.statusCode(), scheduled.body());
        assertEquals(
                due.truncatedTo(ChronoUnit.MILLIS),
                Instant.parse(json(scheduled).getString("publishAt")));
        assertEquals("editor", json(scheduled).getString("scheduledBy"));
        assertEquals("READY", json(scheduled).getString("state"));
        assertTrue(scheduled.headers().firstValue("ETag").isPresent());
        String slug = json(scheduled).getString("slug");
        assertEquals(404, publicPage(slug), "not public before its time");

        JsonObject published = await(id, "PUBLISHED", 15);
        assertEquals("PUBLISHED", published.getString("state"), "published by the scheduler");
        Instant at = Instant.parse(published.getString("publishedAt"));
        long lateMs = Duration.between(due.truncatedTo(ChronoUnit.MILLIS), at).toMillis();
        System.out.printf("ScheduleApiIT: published %d ms after its scheduled time%n", lateMs);
        assertTrue(lateMs >= 0, "not before its time: " + lateMs + " ms");
        assertTrue(lateMs < 5_000, "within 5 s of its time: " + lateMs + " ms");
        assertTrue(absent(published, "publishAt"), "the schedule is spent");
        assertEquals(200, publicPage(slug));

        var moves =
                Api.parse(editor.get("stories/" + id + "/transitions").body()).asJsonArray();
        JsonObject publish = moves.getJsonObject(moves.size() - 1);
        assertEquals("PUBLISHED", publish.getString("to"));
        assertEquals("editor", publish.getString("actor"), "published as the editor who scheduled it");
        assertTrue(publish.getString("note").startsWith("Published on schedule"), publish.toString());
        String audit = editor.get("stories/" + id + "/audit").body();
        assertTrue(audit.contains("Scheduled for"), audit);
    }

    @Test
    void onlyEditorsScheduleOnlyReadyStoriesOnlyForATimeToCome() {
        long ready = Desks.ready(unique("Council votes budget"), "The council voted the budget, the mayor said.");
        Instant later = Instant.now().plus(Duration.ofHours(2));
        assertProblem(reporter.putJson("stories/" + ready + "/schedule", null, at(later)), 403);
        assertProblem(copyEditor.putJson("stories/" + ready + "/schedule", null, at(later)), 403);
        assertProblem(admin.putJson("stories/" + ready + "/schedule", null, at(later)), 403);
        assertProblem(
                editor.putJson(
                        "stories/" + ready + "/schedule", null, at(Instant.now().minusSeconds(60))),
                400,
                "has passed");
        assertProblem(
                editor.putJson(
                        "stories/" + ready + "/schedule", null, at(Instant.now().plus(Duration.ofDays(400)))),
                400,
                "more than a year");
        assertProblem(editor.putJson("stories/" + ready + "/schedule", null, "{\"publishAt\":\"tomorrow\"}"), 400);
        assertProblem(editor.putJson("stories/" + ready + "/schedule", null, "{}"), 400);
        assertProblem(editor.putJson("stories/" + ready + "/schedule", "\"0\"", at(later)), 412);

        long draft = json(reporter.postJson("stories", Api.story(unique("A draft"), "Text.")))
                .getJsonNumber("id")
                .longValue();
        assertProblem(editor.putJson("stories/" + draft + "/schedule", null, at(later)), 409, "ready");
        assertProblem(editor.putJson("stories/999999999/schedule", null, at(later)), 404);

        // a new time replaces the old; a cancel leaves the story ready, and nothing publishes it
        assertEquals(
                200,
                editor.putJson("stories/" + ready + "/schedule", null, at(later))
                        .statusCode());
        HttpResponse<String> cancelled = delete(editor, "stories/" + ready + "/schedule");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertTrue(absent(json(cancelled), "publishAt"));
        assertEquals("READY", json(cancelled).getString("state"));
        assertProblem(delete(reporter, "stories/" + ready + "/schedule"), 403);
    }

    @Test
    void aCancelledScheduleAndAStoryThatLeftReadyAreNotPublished() throws Exception {
        long cancelled = Desks.ready(unique("Tram line closes"), "The tram line closed, the operator said.");
        long returned = Desks.ready(unique("Bridge reopens"), "The bridge reopened, the city said.");
        Instant due = Instant.now().plusSeconds(2);
        assertEquals(
                200,
                editor.putJson("stories/" + cancelled + "/schedule", null, at(due))
                        .statusCode());
        assertEquals(
                200,
                editor.putJson("stories/" + returned + "/schedule", null, at(due))
                        .statusCode());
        assertEquals(200, delete(editor, "stories/" + cancelled + "/schedule").statusCode());
        HttpResponse<String> back = Desks.move(editor, returned, "COPY_EDIT", "The headline needs a second look");
        assertEquals(200, back.statusCode(), back.body());
        assertTrue(absent(json(back), "publishAt"), "a story that leaves Ready loses its schedule");

        Thread.sleep(4_000);
        assertEquals("READY", story(cancelled).getString("state"));
        assertEquals("COPY_EDIT", story(returned).getString("state"));
        String audit = editor.get("stories/" + returned + "/audit").body();
        assertTrue(audit.contains("Schedule dropped"), audit);
        assertTrue(editor.get("stories/" + cancelled + "/audit").body().contains("Schedule cancelled"));
    }

    @Test
    void aPublicationRefusedAtItsTimeDropsTheScheduleAndTellsTheEditor() throws Exception {
        long id = Desks.ready(unique("Mine reopens"), "The mine reopened on Tuesday, the company said.");
        assertEquals(
                200,
                editor.putJson(
                                "stories/" + id + "/schedule",
                                null,
                                at(Instant.now().plusSeconds(3)))
                        .statusCode());
        // a source disputed meanwhile: the sourcing guard stands on the publication when its time comes
        long source = Api.parse(editor.get("stories/" + id + "/attributions").body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonObject("source")
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> disputed = editor.putJson(
                "sources/" + source + "/verification",
                null,
                "{\"status\":\"DISPUTED\",\"note\":\"The company denies it\"}");
        assertEquals(200, disputed.statusCode(), disputed.body());

        long end = System.nanoTime() + 15_000_000_000L;
        JsonObject story = story(id);
        while (!absent(story, "publishAt") && System.nanoTime() < end) {
            Thread.sleep(200);
            story = story(id);
        }
        assertTrue(absent(story, "publishAt"), "the schedule is dropped");
        assertEquals("READY", story.getString("state"), "not published with a disputed source");
        String inbox = editor.get("notifications").body();
        assertTrue(inbox.contains("was refused") && inbox.contains("Mine reopens"), inbox);
        assertTrue(editor.get("stories/" + id + "/audit").body().contains("Scheduled publication refused"));
    }

    @Test
    void anEmbargoRefusesPublishingAndSchedulingBeforeItsEndAndKeepsTheStoryFromReaders() throws Exception {
        String headline = unique("Trade figures embargoed");
        long id = json(reporter.postJson("stories", Api.story(headline, "Exports rose 4 percent, the ministry said.")))
                .getJsonNumber("id")
                .longValue();
        Instant end = Instant.now().plus(Duration.ofHours(3));
        // the reporter sets it on their own draft; a copy editor may not
        assertProblem(copyEditor.putJson("stories/" + id + "/embargo", null, until(end)), 403);
        assertProblem(
                reporter.putJson(
                        "stories/" + id + "/embargo", null, until(Instant.now().minusSeconds(5))),
                400,
                "has passed");
        HttpResponse<String> embargoed = reporter.putJson("stories/" + id + "/embargo", null, until(end));
        assertEquals(200, embargoed.statusCode(), embargoed.body());
        assertEquals(
                end.truncatedTo(ChronoUnit.MILLIS),
                Instant.parse(json(embargoed).getString("embargoUntil")));
        String slug = json(embargoed).getString("slug");

        Desks.toCopyDesk(id);
        Desks.signOff(id);
        assertEmbargoed(Desks.move(editor, id, "PUBLISHED"));
        String options = editor.get("stories/" + id + "/workflow").body();
        assertTrue(options.contains("embargoed until"), options);
        assertProblem(
                editor.putJson("stories/" + id + "/schedule", null, at(end.minus(Duration.ofMinutes(30)))),
                409,
                "embargo ends");
        assertEquals(
                200,
                editor.putJson("stories/" + id + "/schedule", null, at(end.plus(Duration.ofMinutes(1))))
                        .statusCode());
        // an embargo that would end after the schedule: move the schedule first
        assertProblem(
                editor.putJson("stories/" + id + "/embargo", null, until(end.plus(Duration.ofHours(1)))),
                409,
                "schedule");
        assertEquals(404, publicPage(slug));
        assertFalse(anonymous("sitemap-news.xml").contains(slug));

        // the embargo lifted early by an editor: the story may be published at once
        HttpResponse<String> lifted = delete(editor, "stories/" + id + "/embargo");
        assertEquals(200, lifted.statusCode(), lifted.body());
        assertTrue(absent(json(lifted), "embargoUntil"));
        assertEquals(200, Desks.move(editor, id, "PUBLISHED").statusCode());
        assertEquals(200, publicPage(slug));
        assertProblem(editor.putJson("stories/" + id + "/embargo", null, until(end)), 409, "published");
        String audit = editor.get("stories/" + id + "/audit").body();
        assertTrue(audit.contains("Embargoed until") && audit.contains("Embargo lifted"), audit);
    }

    @Test
    void aStoryIsPublishedOnceItsEmbargoEnds() throws Exception {
        long id = Desks.ready(unique("Rates decision"), "The bank held its rate, the governor said.");
        Instant end = Instant.now().plusSeconds(3);
        assertEquals(
                200,
                editor.putJson("stories/" + id + "/embargo", null, until(end)).statusCode());
        assertEmbargoed(Desks.move(editor, id, "PUBLISHED"));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), end).toMillis()) + 300);
        HttpResponse<String> published = Desks.move(editor, id, "PUBLISHED");
        assertEquals(200, published.statusCode(), published.body());
    }
}
