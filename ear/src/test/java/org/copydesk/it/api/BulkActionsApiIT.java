package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.copydesk.it.Api;
import org.junit.jupiter.api.Test;

/** Bulk moves, assignments and sections over HTTP: one result per story, each checked as a single action. */
class BulkActionsApiIT extends ApiTest {

    private static final long UNKNOWN = 987_654_321L;

    /** A reporter's draft (it shows in the reporter's queues). */
    private long create(String headline, String... paragraphs) {
        return create(reporter, headline, paragraphs);
    }

    /** An editor's draft: kept out of the reporter's "My drafts", which other tests read. */
    private long createAsEditor(String headline, String... paragraphs) {
        return create(editor, headline, paragraphs);
    }

    private long create(Api as, String headline, String... paragraphs) {
        HttpResponse<String> created =
                as.postJson("stories", Api.story(headline + " " + UUID.randomUUID(), paragraphs));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    private static String ids(long... ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (long id : ids) {
            array.add(id);
        }
        return array.build().toString();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static JsonObject result(JsonObject bulk, long id) {
        return bulk.getJsonArray("results").stream()
                .map(v -> (JsonObject) v)
                .filter(r -> r.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> unmet(JsonObject result) {
        return result.getJsonArray("unmet").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .collect(Collectors.toList());
    }

    private String state(long id) {
        return ok(editor.get("stories/" + id)).getString("state");
    }

    @Test
    void aMixedBatchMovesWhatMayMoveAndListsTheGuardsOfTheRest() {
        long first = create("Bulk ready one", "A paragraph.");
        long second = create("Bulk ready two", "Another paragraph.");
        long empty = create("Bulk empty");
        JsonObject bulk = ok(reporter.postJson(
                "stories/bulk/transitions",
                "{\"ids\":" + ids(first, empty, UNKNOWN, second, first) + ",\"to\":\"SOURCING_REVIEW\"}"));
        System.out.println("Bulk move: " + bulk);

        JsonArray results = bulk.getJsonArray("results");
        assertEquals(4, results.size(), "the duplicate id is taken once: " + results);
        assertEquals(
                List.of(first, empty, UNKNOWN, second),
                results.stream()
                        .map(v -> ((JsonObject) v).getJsonNumber("id").longValue())
                        .toList(),
                "in the order given");
        assertEquals("DONE", result(bulk, first).getString("status"));
        assertEquals("DONE", result(bulk, second).getString("status"));
        assertEquals("SOURCING_REVIEW", result(bulk, first).getString("state"));
        JsonObject refused = result(bulk, empty);
        assertEquals("REFUSED", refused.getString("status"));
        assertTrue(refused.getString("reason").contains("cannot move to SOURCING_REVIEW"), refused.toString());
        assertEquals(List.of("The story needs at least one body block."), unmet(refused));
        assertEquals("DRAFT", refused.getString("state"));
        JsonObject unknown = result(bulk, UNKNOWN);
        assertEquals("NOT_FOUND", unknown.getString("status"));
        assertTrue(unknown.getString("reason").contains(String.valueOf(UNKNOWN)));

        assertEquals(2, bulk.getJsonObject("counts").getInt("DONE"));
        assertEquals(1, bulk.getJsonObject("counts").getInt("REFUSED"));
        assertEquals(1, bulk.getJsonObject("counts").getInt("NOT_FOUND"));

        // the refusal rolled back nothing else; the refused story did not move
        assertEquals("SOURCING_REVIEW", state(first));
        assertEquals("SOURCING_REVIEW", state(second));
        assertEquals("DRAFT", state(empty));
        JsonArray log = (JsonArray)
                Api.parse(editor.get("stories/" + second + "/transitions").body());
        assertEquals("reporter", log.getJsonObject(log.size() - 1).getString("actor"));
    }

    @Test
    void rightsAreCheckedPerStory() {
        long draft = createAsEditor("Bulk rights draft", "Text.");
        long submitted = createAsEditor("Bulk rights submitted", "Text.");
        ok(editor.postJson("stories/bulk/transitions", "{\"ids\":" + ids(submitted) + ",\"to\":\"SOURCING_REVIEW\"}"));

        // a copy editor may not submit drafts, nor return stories from sourcing review
        JsonObject bulk = ok(copyEditor.postJson(
                "stories/bulk/transitions",
                "{\"ids\":" + ids(draft, submitted) + ",\"to\":\"DRAFT\",\"note\":\"back\"}"));
        assertEquals("REFUSED", result(bulk, draft).getString("status"));
        assertTrue(result(bulk, draft).getString("reason").contains("cannot move to DRAFT"), bulk.toString());
        assertEquals("REFUSED", result(bulk, submitted).getString("status"));
        assertTrue(result(bulk, submitted).getString("reason").startsWith("Only editors"), bulk.toString());
        assertEquals("SOURCING_REVIEW", state(submitted));

        // an editor may return it, but only with a note: the missing note is the unmet guard
        JsonObject noNote =
                ok(editor.postJson("stories/bulk/transitions", "{\"ids\":" + ids(submitted) + ",\"to\":\"DRAFT\"}"));
        assertEquals("REFUSED", result(noNote, submitted).getString("status"));
        assertEquals(
                List.of("A note for the reporter is required when a story is returned."),
                unmet(result(noNote, submitted)));
        JsonObject withNote = ok(editor.postJson(
                "stories/bulk/transitions",
                "{\"ids\":" + ids(submitted) + ",\"to\":\"DRAFT\",\"note\":\"Check the figures.\"}"));
        assertEquals("DONE", result(withNote, submitted).getString("status"));
        assertEquals("DRAFT", state(submitted));
    }

    @Test
    void editorsAssignStoriesAndTheAssigneeShowsEverywhere() {
        long a = createAsEditor("Bulk assign A", "Text.");
        long b = createAsEditor("Bulk assign B", "Text.");
        JsonObject bulk = ok(editor.postJson(
                "stories/bulk/assignments", "{\"ids\":" + ids(a, b, UNKNOWN) + ",\"assignee\":\"copyeditor\"}"));
        assertEquals("DONE", result(bulk, a).getString("status"));
        assertEquals("DONE", result(bulk, b).getString("status"));
        assertEquals("NOT_FOUND", result(bulk, UNKNOWN).getString("status"));
        assertEquals("copyeditor", ok(editor.get("stories/" + a)).getString("assignee"));

        // assigning again changes nothing
        JsonObject again =
                ok(editor.postJson("stories/bulk/assignments", "{\"ids\":" + ids(a) + ",\"assignee\":\"copyeditor\"}"));
        assertEquals("UNCHANGED", result(again, a).getString("status"));

        // "assigned to me"
        String mine = copyEditor.get("stories?assignee=me&size=100").body();
        assertTrue(mine.contains("\"id\":" + a) && mine.contains("\"id\":" + b), mine);
        assertFalse(reporter.get("stories?assignee=me&size=100").body().contains("\"id\":" + a));

        // only editors and admins assign; the user must exist
        StoryApiIT.assertProblem(
                reporter.postJson("stories/bulk/assignments", "{\"ids\":" + ids(a) + ",\"assignee\":\"reporter\"}"),
                403);
        StoryApiIT.assertProblem(
                editor.postJson("stories/bulk/assignments", "{\"ids\":" + ids(a) + ",\"assignee\":\"nobody-here\"}"),
                400);
        assertEquals("copyeditor", ok(editor.get("stories/" + a)).getString("assignee"));

        // unassign
        JsonObject cleared =
                ok(Api.as("admin").postJson("stories/bulk/assignments", "{\"ids\":" + ids(b) + ",\"assignee\":\"\"}"));
        assertEquals("DONE", result(cleared, b).getString("status"));
        JsonObject unassigned = ok(editor.get("stories/" + b));
        assertTrue(!unassigned.containsKey("assignee") || unassigned.isNull("assignee"), unassigned.toString());
    }

    @Test
    void addingASectionIsIdempotentAndFollowsTheEditRules() {
        long a = createAsEditor("Bulk section A", "Text.");
        long b = createAsEditor("Bulk section B", "Text.");
        JsonObject bulk = ok(
                editor.postJson("stories/bulk/sections", "{\"ids\":" + ids(a, b, UNKNOWN) + ",\"section\":\"Korea\"}"));
        assertEquals("DONE", result(bulk, a).getString("status"));
        assertEquals("NOT_FOUND", result(bulk, UNKNOWN).getString("status"));
        assertTrue(ok(editor.get("stories/" + a))
                .getJsonArray("sections")
                .toString()
                .contains("\"Korea\""));
        int revisions = ok(editor.get("stories/" + a)).getInt("revision");

        JsonObject again =
                ok(editor.postJson("stories/bulk/sections", "{\"ids\":" + ids(a) + ",\"section\":\"Korea\"}"));
        assertEquals("UNCHANGED", result(again, a).getString("status"));
        assertEquals(revisions, ok(editor.get("stories/" + a)).getInt("revision"), "no new revision");
        String sections =
                ok(editor.get("stories/" + a)).getJsonArray("sections").toString();
        assertEquals(sections.indexOf("Korea"), sections.lastIndexOf("Korea"), "once: " + sections);

        // a copy editor may not edit a draft: refused for that story
        JsonObject refused =
                ok(copyEditor.postJson("stories/bulk/sections", "{\"ids\":" + ids(b) + ",\"section\":\"Japan\"}"));
        assertEquals("REFUSED", result(refused, b).getString("status"));
        assertTrue(result(refused, b).getString("reason").contains("reporter or an editor"), refused.toString());
        JsonObject byReporter =
                ok(reporter.postJson("stories/bulk/sections", "{\"ids\":" + ids(b) + ",\"section\":\"Japan\"}"));
        assertEquals("REFUSED", result(byReporter, b).getString("status"), "not the reporter's story: " + byReporter);

        StoryApiIT.assertProblem(
                editor.postJson("stories/bulk/sections", "{\"ids\":" + ids(a) + ",\"section\":\"Atlantis\"}"), 400);
    }

    @Test
    void batchesAreLimitedAndValidated() {
        long[] many = new long[201];
        for (int i = 0; i < many.length; i++) {
            many[i] = UNKNOWN + i;
        }
        HttpResponse<String> tooMany =
                editor.postJson("stories/bulk/transitions", "{\"ids\":" + ids(many) + ",\"to\":\"READY\"}");
        StoryApiIT.assertProblem(tooMany, 400);
        System.out.println("201 ids: " + tooMany.body());
        StoryApiIT.assertProblem(editor.postJson("stories/bulk/transitions", "{\"ids\":[],\"to\":\"READY\"}"), 400);
        StoryApiIT.assertProblem(editor.postJson("stories/bulk/transitions", "{\"ids\":[1]}"), 400);
        StoryApiIT.assertProblem(editor.postJson("stories/bulk/transitions", "{\"ids\":[1],\"to\":\"NOWHERE\"}"), 400);

        // 200 unknown ids are fine: each reported
        long[] limit = java.util.Arrays.copyOf(many, 200);
        JsonObject bulk =
                ok(editor.postJson("stories/bulk/transitions", "{\"ids\":" + ids(limit) + ",\"to\":\"READY\"}"));
        assertEquals(200, bulk.getJsonObject("counts").getInt("NOT_FOUND"));
    }

    @Test
    void theBulkPathDoesNotShadowStoryIds() {
        long id = createAsEditor("Bulk path", "Text.");
        StoryApiIT.assertProblem(editor.get("stories/bulk"), 404);
        HttpResponse<String> getBulk = editor.get("stories/bulk/transitions");
        assertTrue(
                getBulk.statusCode() == 404 || getBulk.statusCode() == 405,
                getBulk.statusCode() + " " + getBulk.body());
        StoryApiIT.assertProblem(getBulk, getBulk.statusCode());
        assertEquals(id, ok(editor.get("stories/" + id)).getJsonNumber("id").longValue());
        assertEquals(200, editor.get("stories/" + id + "/transitions").statusCode());
        StoryApiIT.assertProblem(
                Api.anonymous().postJson("stories/bulk/transitions", "{\"ids\":[1],\"to\":\"READY\"}"), 401);
    }
}
