package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.ServerUrls;
import org.junit.jupiter.api.Test;

/** Editorial notes over the API: threads, anchors, mentions, author-only edits with history, and privacy. */
class NotesApiIT extends ApiTest {

    private JsonObject story(String headline, String... paragraphs) {
        HttpResponse<String> created = reporter.postJson("stories", Api.story(headline, paragraphs));
        assertEquals(201, created.statusCode(), created.body());
        return json(created);
    }

    private static String note(String text) {
        return Json.createObjectBuilder().add("text", text).build().toString();
    }

    private HttpResponse<String> write(Api as, long storyId, String body) {
        return as.postJson("stories/" + storyId + "/notes", body);
    }

    private JsonObject written(Api as, long storyId, String body) {
        HttpResponse<String> r = write(as, storyId, body);
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.headers()
                .firstValue("Location")
                .orElseThrow()
                .endsWith("/notes/" + json(r).getJsonNumber("id").longValue()));
        return json(r);
    }

    /** JSON-B leaves null properties out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private HttpResponse<String> delete(Api as, String path, String ifMatch) {
        HttpRequest.Builder b = as.request(path).DELETE();
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return as.send(b);
    }

    @Test
    void threadsRepliesAndAnchorsToABlockAndAnAttribution() {
        JsonObject story = story(
                "Harbour dredging delayed " + UUID.randomUUID(),
                "The harbour master said dredging would wait until spring.",
                "Boats queue outside.");
        long id = story.getJsonNumber("id").longValue();
        String blockKey = story.getJsonArray("blocks").getJsonObject(1).getString("key");

        JsonObject first = written(editor, id, note("Who else confirms the delay?"));
        assertEquals("editor", first.getString("author"));
        assertTrue(absent(first, "parentId"));
        JsonObject reply = written(
                reporter,
                id,
                Json.createObjectBuilder()
                        .add("text", "The port authority, on record.")
                        .add("replyTo", first.getJsonNumber("id").longValue())
                        .build()
                        .toString());
        assertEquals(
                first.getJsonNumber("id").longValue(),
                reply.getJsonNumber("parentId").longValue());
        // a reply to a reply joins the same thread
        JsonObject again = written(
                editor,
                id,
                Json.createObjectBuilder()
                        .add("text", "Good.")
                        .add("replyTo", reply.getJsonNumber("id").longValue())
                        .build()
                        .toString());
        assertEquals(
                first.getJsonNumber("id").longValue(),
                again.getJsonNumber("threadId").longValue());

        JsonObject onBlock = written(
                copyEditor,
                id,
                Json.createObjectBuilder()
                        .add("text", "“queue” or “wait”?")
                        .add("blockKey", blockKey)
                        .build()
                        .toString());
        assertEquals(blockKey, onBlock.getString("blockKey"));

        // the story's attributions (detected at creation) give an anchor for a note on a claim
        HttpResponse<String> marked = editor.postJson(
                "stories/" + id + "/attributions",
                Json.createObjectBuilder()
                        .add(
                                "blockKey",
                                story.getJsonArray("blocks").getJsonObject(0).getString("key"))
                        .add("start", 4)
                        .add("end", 23)
                        .build()
                        .toString());
        assertEquals(201, marked.statusCode(), marked.body());
        long aid = json(marked).getJsonNumber("id").longValue();
        JsonObject onClaim = written(
                editor,
                id,
                Json.createObjectBuilder()
                        .add("text", "Name the harbour master.")
                        .add("attributionId", aid)
                        .build()
                        .toString());
        assertEquals(aid, onClaim.getJsonNumber("attributionId").longValue());

        JsonArray all =
                (JsonArray) Api.parse(reporter.get("stories/" + id + "/notes").body());
        assertEquals(5, all.size());
        // threads in order, each followed by its replies
        assertEquals(first.getJsonNumber("id"), all.getJsonObject(0).getJsonNumber("id"));
        assertEquals(reply.getJsonNumber("id"), all.getJsonObject(1).getJsonNumber("id"));
        assertEquals(again.getJsonNumber("id"), all.getJsonObject(2).getJsonNumber("id"));
        assertEquals(onBlock.getJsonNumber("id"), all.getJsonObject(3).getJsonNumber("id"));
        System.out.println(
                "NotesApiIT: a story with " + all.size() + " notes in 3 threads (one on a block, one on a claim)");
    }

    @Test
    void badInputAnswers400WithAProblemThatSaysWhat() {
        long id = story("Bridge repairs " + UUID.randomUUID(), "Work starts on Monday.")
                .getJsonNumber("id")
                .longValue();
        StoryApiIT.assertProblem(write(editor, id, note("   ")), 400);
        StoryApiIT.assertProblem(write(editor, id, "{}"), 400);
        HttpResponse<String> tooLong = write(editor, id, note("x".repeat(5001)));
        StoryApiIT.assertProblem(tooLong, 400);
        assertTrue(json(tooLong).getString("detail").contains("5000"), tooLong.body());

        HttpResponse<String> unknown = write(editor, id, note("Ask @nobody-here and @reporter"));
        StoryApiIT.assertProblem(unknown, 400);
        assertTrue(json(unknown).getString("detail").contains("@nobody-here"), unknown.body());
        assertFalse(json(unknown).getString("detail").contains("@reporter"), unknown.body());

        HttpResponse<String> noBlock = write(
                editor,
                id,
                Json.createObjectBuilder()
                        .add("text", "here")
                        .add("blockKey", "nope")
                        .build()
                        .toString());
        StoryApiIT.assertProblem(noBlock, 400);

        // a reply to a note of another story
        long other = story("Other story " + UUID.randomUUID(), "Text.")
                .getJsonNumber("id")
                .longValue();
        long foreign = written(editor, other, note("On the other story"))
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> crossStory = write(
                editor,
                id,
                Json.createObjectBuilder()
                        .add("text", "reply")
                        .add("replyTo", foreign)
                        .build()
                        .toString());
        StoryApiIT.assertProblem(crossStory, 400);
        assertTrue(json(crossStory).getString("detail").contains("another story"), crossStory.body());
        // and the note of another story is not found under this one
        StoryApiIT.assertProblem(editor.get("stories/" + id + "/notes/" + foreign), 404);
        StoryApiIT.assertProblem(editor.get("stories/999999999/notes"), 404);
        assertEquals(
                0,
                ((JsonArray) Api.parse(editor.get("stories/" + id + "/notes").body())).size(),
                "nothing refused was stored");
    }

    @Test
    void onlyTheAuthorEditsOrDeletesAndHistoryKeepsEveryText() {
        long id = story("Council vote " + UUID.randomUUID(), "The council votes tonight.")
                .getJsonNumber("id")
                .longValue();
        JsonObject n = written(editor, id, note("Check the vote time."));
        String path = "stories/" + id + "/notes/" + n.getJsonNumber("id").longValue();
        HttpResponse<String> read = reporter.get(path);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        // someone else: 403
        StoryApiIT.assertProblem(reporter.putJson(path, etag, note("Mine now")), 403);
        StoryApiIT.assertProblem(delete(reporter, path, etag), 403);
        // without If-Match: 428
        StoryApiIT.assertProblem(editor.putJson(path, null, note("No tag")), 428);

        HttpResponse<String> edited = editor.putJson(path, etag, note("Check the vote time: 7 pm, not 8."));
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("Check the vote time: 7 pm, not 8.", json(edited).getString("text"));
        assertFalse(absent(json(edited), "editedAt"));
        String newTag = edited.headers().firstValue("ETag").orElseThrow();
        // the old ETag is stale now: 412 with the current one
        HttpResponse<String> stale = editor.putJson(path, etag, note("Lost update"));
        StoryApiIT.assertProblem(stale, 412);
        assertEquals(newTag, stale.headers().firstValue("ETag").orElseThrow());
        StoryApiIT.assertProblem(delete(editor, path, etag), 412);

        HttpResponse<String> deleted = delete(editor, path, newTag);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertTrue(json(deleted).getBoolean("deleted"));
        assertTrue(absent(json(deleted), "text"), "a deleted note shows no text");

        JsonArray list =
                (JsonArray) Api.parse(reporter.get("stories/" + id + "/notes").body());
        assertEquals(1, list.size(), "the deleted note keeps its place");
        assertTrue(list.getJsonObject(0).getBoolean("deleted"));

        JsonArray history =
                (JsonArray) Api.parse(reporter.get(path + "/history").body());
        assertEquals(2, history.size(), history.toString());
        assertEquals("EDITED", history.getJsonObject(0).getString("kind"));
        assertEquals("Check the vote time.", history.getJsonObject(0).getString("previousText"));
        assertEquals("editor", history.getJsonObject(0).getString("changedBy"));
        assertFalse(absent(history.getJsonObject(0), "changedAt"));
        assertEquals("DELETED", history.getJsonObject(1).getString("kind"));
        assertEquals(
                "Check the vote time: 7 pm, not 8.", history.getJsonObject(1).getString("previousText"));

        // a deleted note is edited no more and takes no replies
        String lastTag = deleted.headers().firstValue("ETag").orElseThrow();
        StoryApiIT.assertProblem(editor.putJson(path, lastTag, note("Back")), 400);
        StoryApiIT.assertProblem(
                write(
                        reporter,
                        id,
                        Json.createObjectBuilder()
                                .add("text", "late")
                                .add("replyTo", n.getJsonNumber("id").longValue())
                                .build()
                                .toString()),
                400);
    }

    @Test
    void aMentionNotifiesTheMentionedUserOnly() {
        long id = story("Flood warning " + UUID.randomUUID(), "Rivers rise.")
                .getJsonNumber("id")
                .longValue();
        long before = json(copyEditor.get("notifications?unread=true"))
                .getJsonNumber("unread")
                .longValue();
        long editorBefore = json(editor.get("notifications?unread=true"))
                .getJsonNumber("unread")
                .longValue();
        JsonObject n = written(editor, id, note("@copyeditor please check the river names, thanks @editor."));
        assertEquals(2, n.getJsonArray("mentions").size());

        JsonObject inbox = json(copyEditor.get("notifications?unread=true&size=5"));
        assertEquals(before + 1, inbox.getJsonNumber("unread").longValue());
        JsonObject newest = inbox.getJsonArray("items").getJsonObject(0);
        assertEquals("MENTION", newest.getString("kind"));
        assertEquals(id, newest.getJsonNumber("storyId").longValue());
        assertEquals(
                n.getJsonNumber("id").longValue(),
                newest.getJsonNumber("noteId").longValue());
        assertTrue(newest.getString("message").startsWith("editor mentioned you on"), newest.toString());
        // mentioning oneself tells no one
        assertEquals(
                editorBefore,
                json(editor.get("notifications?unread=true"))
                        .getJsonNumber("unread")
                        .longValue());

        // an edit that adds a mention tells the newly mentioned user
        long reporterBefore = json(reporter.get("notifications?unread=true"))
                .getJsonNumber("unread")
                .longValue();
        String path = "stories/" + id + "/notes/" + n.getJsonNumber("id").longValue();
        String etag = editor.get(path).headers().firstValue("ETag").orElseThrow();
        assertEquals(
                200,
                editor.putJson(path, etag, note("@copyeditor and @reporter: river names?"))
                        .statusCode());
        assertEquals(
                reporterBefore + 1,
                json(reporter.get("notifications?unread=true"))
                        .getJsonNumber("unread")
                        .longValue());
        assertEquals(
                before + 1,
                json(copyEditor.get("notifications?unread=true"))
                        .getJsonNumber("unread")
                        .longValue(),
                "an edit does not tell the already mentioned again");
    }

    @Test
    void notesNeverReachThePublicPageNorTheAnonymousApi() {
        String marker = "SECRET-NOTE-" + UUID.randomUUID();
        long id = org.copydesk.it.Desks.importCopy(org.copydesk.it.Texts.story("hokkaido-snow.txt"));
        JsonObject story = json(editor.get("stories/" + id));
        written(editor, id, note("Internal: " + marker));
        org.copydesk.it.Desks.toCopyDesk(id);
        org.copydesk.it.Desks.signOffAndPublish(id);
        String firstWords =
                story.getJsonArray("blocks").getJsonObject(0).getString("text").substring(0, 20);
        HttpResponse<String> page = Api.anonymous()
                .send(HttpRequest.newBuilder(ServerUrls.base().resolve("read/" + story.getString("slug")))
                        .GET());
        assertEquals(200, page.statusCode(), "the story is public");
        assertTrue(page.body().contains(firstWords), "the story text is there");
        assertFalse(page.body().contains(marker), "a note is never on the public page");
        StoryApiIT.assertProblem(Api.anonymous().get("stories/" + id + "/notes"), 401);
        assertNull(json(editor.get("stories/" + id)).get("notes"), "the story's JSON carries no notes");
    }
}
