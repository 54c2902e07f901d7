package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.copydesk.it.Desks.move;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.copydesk.it.Api;
import org.junit.jupiter.api.Test;

/** Notifications over the API: who is told about a move or a save, the unread count, marking read. */
class NotificationsApiIT extends ApiTest {

    private static long unread(Api as) {
        return json(as.get("notifications?unread=true&size=1"))
                .getJsonNumber("unread")
                .longValue();
    }

    private static JsonObject newest(Api as) {
        return json(as.get("notifications?size=1")).getJsonArray("items").getJsonObject(0);
    }

    private long draft(String headline) {
        HttpResponse<String> created = reporter.postJson("stories", Api.story(headline, "Text of " + headline + "."));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    @Test
    void aStoryEnteringSourcingReviewNotifiesTheEditorsAndNotTheOthers() {
        String headline = "Tram line extended " + UUID.randomUUID();
        long id = draft(headline);
        long editorBefore = unread(editor);
        long copyBefore = unread(copyEditor);
        long adminBefore = unread(admin);
        long reporterBefore = unread(reporter);

        assertEquals(200, move(reporter, id, "SOURCING_REVIEW", null).statusCode());

        assertEquals(editorBefore + 1, unread(editor));
        JsonObject n = newest(editor);
        assertEquals("QUEUE", n.getString("kind"));
        assertEquals(id, n.getJsonNumber("storyId").longValue());
        assertEquals("reporter", n.getString("actor"));
        assertFalse(n.getBoolean("read"));
        assertTrue(
                n.getString("message").contains(headline)
                        && n.getString("message").contains("sourcing review"),
                n.getString("message"));
        assertEquals(copyBefore, unread(copyEditor), "not the copy desk's queue");
        assertEquals(adminBefore, unread(admin), "admins work no queue");
        assertEquals(reporterBefore, unread(reporter), "one's own move tells oneself nothing");
        System.out.println("NotificationsApiIT: editor's unread " + editorBefore + " -> " + unread(editor)
                + " after the move to SOURCING_REVIEW");
    }

    @Test
    void aReturnAndASaveByTheDeskNotifyTheReporter() {
        String headline = "Library hours cut " + UUID.randomUUID();
        long id = draft(headline);
        assertEquals(200, move(reporter, id, "SOURCING_REVIEW", null).statusCode());
        long before = unread(reporter);
        assertEquals(200, move(editor, id, "DRAFT", "Needs a second source.").statusCode());
        assertEquals(before + 1, unread(reporter));
        JsonObject returned = newest(reporter);
        assertEquals("MOVED", returned.getString("kind"));
        assertEquals("editor returned your story “" + headline + "” to draft", returned.getString("message"));

        HttpResponse<String> read = editor.get("stories/" + id);
        JsonObject story = json(read);
        var body = Json.createObjectBuilder()
                .add("headline", headline)
                .add("reason", "Tightened")
                .add(
                        "blocks",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "PARAGRAPH")
                                        .add("text", "Shorter text.")))
                .build()
                .toString();
        HttpResponse<String> saved = editor.putJson(
                "stories/" + id, read.headers().firstValue("ETag").orElseThrow(), body);
        assertEquals(200, saved.statusCode(), saved.body() + story);
        assertEquals(before + 2, unread(reporter));
        JsonObject savedNote = newest(reporter);
        assertEquals("SAVED", savedNote.getString("kind"));
        assertEquals("editor", savedNote.getString("actor"));
    }

    @Test
    void markingOneAndAllRead() {
        long id = draft("Ferry timetable " + UUID.randomUUID());
        assertEquals(200, move(reporter, id, "SOURCING_REVIEW", null).statusCode());
        assertTrue(unread(editor) >= 1);
        JsonObject n = newest(editor);
        long nid = n.getJsonNumber("id").longValue();
        long before = unread(editor);

        // someone else's notification is not found for them
        StoryApiIT.assertProblem(reporter.postJson("notifications/" + nid + "/read", ""), 404);
        assertEquals(before, unread(editor));

        HttpResponse<String> read = editor.postJson("notifications/" + nid + "/read", "");
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(json(read).getBoolean("read"));
        assertEquals(before - 1, unread(editor));
        // unread=true lists only unread ones
        for (JsonValue v :
                json(editor.get("notifications?unread=true&size=100")).getJsonArray("items")) {
            assertFalse(v.asJsonObject().getBoolean("read"));
            assertFalse(v.asJsonObject().getJsonNumber("id").longValue() == nid);
        }
        // reading twice is harmless
        assertEquals(200, editor.postJson("notifications/" + nid + "/read", "").statusCode());

        HttpResponse<String> all = editor.postJson("notifications/read-all", "");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(0, json(all).getJsonNumber("unread").longValue());
        assertEquals(0, unread(editor));
        JsonObject page = json(editor.get("notifications?page=0&size=2"));
        assertTrue(page.getJsonNumber("total").longValue() >= 1);
        assertTrue(page.getJsonArray("items").size() <= 2);

        StoryApiIT.assertProblem(editor.get("notifications?size=0"), 400);
        StoryApiIT.assertProblem(editor.postJson("notifications/999999999/read", ""), 404);
        StoryApiIT.assertProblem(Api.anonymous().get("notifications"), 401);
    }

    @Test
    void anAssignmentTellsTheAssigneeOnly() {
        String headline = "Ferry timetable " + UUID.randomUUID();
        long id = draft(headline);
        long copyBefore = unread(copyEditor);
        long editorBefore = unread(editor);

        HttpResponse<String> assigned =
                editor.postJson("stories/bulk/assignments", "{\"ids\":[" + id + "],\"assignee\":\"copyeditor\"}");
        assertEquals(200, assigned.statusCode(), assigned.body());

        assertEquals(copyBefore + 1, unread(copyEditor));
        JsonObject n = newest(copyEditor);
        assertEquals("ASSIGNED", n.getString("kind"));
        assertEquals(id, n.getJsonNumber("storyId").longValue());
        assertEquals("editor assigned “" + headline + "” to you", n.getString("message"));
        assertEquals(editorBefore, unread(editor), "the one who assigns is not told");

        editor.postJson("stories/bulk/assignments", "{\"ids\":[" + id + "],\"assignee\":\"copyeditor\"}");
        assertEquals(copyBefore + 1, unread(copyEditor), "assigning again to the same person changes nothing");
    }
}
