package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.copydesk.it.Desks.move;
import static org.copydesk.it.api.StoryApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;

/** The source registry, attributions found in the text, linking, merging and the sourcing gate. */
class SourcingApiIT extends ApiTest {

    private JsonObject importCopy(String text) {
        HttpResponse<String> r = reporter.post("stories/import?allowDuplicate=true", "text/plain", text);
        assertEquals(201, r.statusCode(), r.body());
        return json(r).getJsonObject("story");
    }

    private JsonArray attributions(long storyId) {
        HttpResponse<String> r = editor.get("stories/" + storyId + "/attributions");
        assertEquals(200, r.statusCode(), r.body());
        return Api.parse(r.body()).asJsonArray();
    }

    private HttpResponse<String> decide(long storyId, long attributionId, JsonObject decision) {
        return editor.send(editor.request("stories/" + storyId + "/attributions/" + attributionId)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(decision.toString())));
    }

    private HttpResponse<String> verify(Api as, long sourceId, String status, String note) {
        var body = Json.createObjectBuilder().add("status", status);
        if (note != null) {
            body.add("note", note);
        }
        return as.send(as.request("sources/" + sourceId + "/verification")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        body.build().toString())));
    }

    private long newSource(String name, String kind) {
        HttpResponse<String> created = editor.postJson(
                "sources",
                Json.createObjectBuilder()
                        .add("name", name)
                        .add("kind", kind)
                        .build()
                        .toString());
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    private static JsonObject byName(JsonArray attributions, String name) {
        return attributions.stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> name.equals(a.getString("proposedName", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no attribution to " + name + " in " + attributions));
    }

    @Test
    void theSeedsAttributionsAreFoundWithTheirSpeakers() {
        JsonObject story = importCopy(Texts.seed());
        JsonArray found = attributions(story.getJsonNumber("id").longValue());
        assertTrue(found.size() >= 10, "at least ten claims in the seed: " + found);
        JsonObject peskov = byName(found, "Dmitry Peskov");
        assertEquals("PERSON", peskov.getString("proposedKind"));
        assertTrue(peskov.getString("proposedRole").contains("Kremlin"), peskov.toString());
        assertEquals("PHOTO_AGENCY", byName(found, "AFP").getString("proposedKind"));
        assertTrue(byName(found, "local media").getString("span").contains("local media reported"));
        found.forEach(a -> assertEquals("PROPOSED", a.asJsonObject().getString("status")));
    }

    @Test
    void theGateListsEveryUnlinkedClaimThenEveryUnverifiedSourceThenOpens() {
        // an agency no other test has linked and verified (a claim by a verified source is linked to it)
        JsonObject story = importCopy(Texts.story("hokkaido-snow.txt")
                .replace("Japan Meteorological Agency", Texts.uniqueName() + " Meteorological Agency"));
        long id = story.getJsonNumber("id").longValue();
        assertEquals(200, move(reporter, id, "SOURCING_REVIEW").statusCode());

        JsonArray found = attributions(id);
        assertEquals(1, found.size(), "only the weather agency speaks in this story: " + found);
        HttpResponse<String> refused = move(editor, id, "COPY_EDIT");
        assertProblem(refused, 409);
        assertEquals(1, json(refused).getJsonArray("errors").size());
        assertTrue(json(refused).getJsonArray("errors").getString(0).contains("not linked"));

        JsonObject agency = found.getJsonObject(0);
        HttpResponse<String> linked = decide(
                id,
                agency.getJsonNumber("id").longValue(),
                Json.createObjectBuilder()
                        .add("newSourceName", agency.getString("proposedName"))
                        .add("newSourceKind", "ORGANIZATION")
                        .build());
        assertEquals(200, linked.statusCode(), linked.body());
        long sourceId = json(linked).getJsonObject("source").getJsonNumber("id").longValue();

        HttpResponse<String> stillRefused = move(editor, id, "COPY_EDIT");
        assertProblem(stillRefused, 409);
        assertTrue(json(stillRefused).getJsonArray("errors").getString(0).contains("unverified"), stillRefused.body());

        assertProblem(verify(reporter, sourceId, "VERIFIED", null), 403);
        assertEquals(
                200,
                verify(editor, sourceId, "VERIFIED", "Checked on the agency's site")
                        .statusCode());
        HttpResponse<String> moved = move(editor, id, "COPY_EDIT");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals("COPY_EDIT", json(moved).getString("state"));
    }

    @Test
    void aDisputedSourceBlocksUntilWaivedWithANote() {
        JsonObject story = importCopy(Texts.story("hokkaido-snow.txt"));
        long id = story.getJsonNumber("id").longValue();
        move(reporter, id, "SOURCING_REVIEW");
        long attributionId =
                attributions(id).getJsonObject(0).getJsonNumber("id").longValue();
        long sourceId = newSource("Snow Watch " + UUID.randomUUID(), "ORGANIZATION");
        assertEquals(
                200,
                decide(
                                id,
                                attributionId,
                                Json.createObjectBuilder()
                                        .add("sourceId", sourceId)
                                        .build())
                        .statusCode());
        assertProblem(verify(editor, sourceId, "DISPUTED", null), 400);
        assertEquals(
                200,
                verify(editor, sourceId, "DISPUTED", "Figures differ from the agency's")
                        .statusCode());
        assertProblem(move(editor, id, "COPY_EDIT"), 409);
        assertProblem(
                decide(
                        id,
                        attributionId,
                        Json.createObjectBuilder().add("action", "WAIVE").build()),
                400);
        assertEquals(
                200,
                decide(
                                id,
                                attributionId,
                                Json.createObjectBuilder()
                                        .add("action", "WAIVE")
                                        .add("note", "Second source confirms the snowfall")
                                        .build())
                        .statusCode());
        assertEquals(200, move(editor, id, "COPY_EDIT").statusCode());

        JsonObject source = json(editor.get("sources/" + sourceId));
        List<String> statuses = source.getJsonArray("history").stream()
                .map(h -> h.asJsonObject().getString("status"))
                .toList();
        assertEquals(List.of("UNVERIFIED", "DISPUTED"), statuses);
    }

    @Test
    void aRejectedClaimDoesNotBlockAndEditsKeepDecisions() {
        JsonObject story = importCopy(Texts.story("greek-debt-talks.txt"));
        long id = story.getJsonNumber("id").longValue();
        JsonArray found = attributions(id);
        assertTrue(found.size() >= 5, found.toString());
        long first = found.getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(
                200,
                decide(
                                id,
                                first,
                                Json.createObjectBuilder()
                                        .add("action", "REJECT")
                                        .add("note", "Background, not a claim")
                                        .build())
                        .statusCode());

        // The reporter adds a paragraph; the rejection stays, nothing is proposed twice.
        JsonObject current = json(reporter.get("stories/" + id));
        var blocks = Json.createArrayBuilder(current.getJsonArray("blocks"));
        blocks.add(Json.createObjectBuilder()
                .add("type", "PARAGRAPH")
                .add("text", "The ministry said talks would go on."));
        HttpResponse<String> saved = reporter.putJson(
                "stories/" + id,
                "\"" + current.getInt("version") + "\"",
                Json.createObjectBuilder()
                        .add("headline", current.getString("headline"))
                        .add("blocks", blocks)
                        .add("reason", "Added the ministry's line")
                        .build()
                        .toString());
        assertEquals(200, saved.statusCode(), saved.body());
        JsonArray after = attributions(id);
        assertEquals(found.size() + 1, after.size(), after.toString());
        JsonObject rejected = after.stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonNumber("id").longValue() == first)
                .findFirst()
                .orElseThrow();
        assertEquals("REJECTED", rejected.getString("status"));
        assertNull(rejected.get("blocking"), "a rejected claim blocks nothing");
    }

    @Test
    void mergingTwoRecordsMovesTheirAttributions() {
        JsonObject story = importCopy(Texts.story("hokkaido-snow.txt"));
        long id = story.getJsonNumber("id").longValue();
        long attributionId =
                attributions(id).getJsonObject(0).getJsonNumber("id").longValue();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long survivor = newSource("Meteorological Agency " + suffix, "ORGANIZATION");
        long duplicate = newSource("JMA " + suffix, "ORGANIZATION");
        decide(
                id,
                attributionId,
                Json.createObjectBuilder().add("sourceId", duplicate).build());

        HttpResponse<String> merged =
                editor.postJson("sources/" + survivor + "/merge", "{\"duplicateId\":" + duplicate + "}");
        assertEquals(200, merged.statusCode(), merged.body());
        assertTrue(json(merged).getJsonArray("aliases").toString().contains("JMA " + suffix));
        assertEquals(
                survivor,
                attributions(id)
                        .getJsonObject(0)
                        .getJsonObject("source")
                        .getJsonNumber("id")
                        .longValue());
        assertEquals(
                survivor,
                json(editor.get("sources/" + duplicate))
                        .getJsonNumber("mergedInto")
                        .longValue());
        JsonObject found = json(editor.get("sources?q=jma+" + suffix));
        assertEquals(1, found.getInt("total"), "the alias finds the surviving record only");
        assertEquals(
                survivor,
                found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    }

    @Test
    void anEditorMarksAClaimTheDetectorMissed() {
        HttpResponse<String> created = reporter.postJson(
                "stories",
                Api.story("Quiet day " + UUID.randomUUID(), "Residents believe the bridge will reopen soon."));
        long id = json(created).getJsonNumber("id").longValue();
        JsonObject story = json(created);
        String key = story.getJsonArray("blocks").getJsonObject(0).getString("key");
        HttpResponse<String> added = editor.postJson(
                "stories/" + id + "/attributions",
                Json.createObjectBuilder()
                        .add("blockKey", key)
                        .add("start", 0)
                        .add("end", 18)
                        .build()
                        .toString());
        assertEquals(201, added.statusCode(), added.body());
        assertEquals("Residents believe", json(added).getString("span"));
        assertProblem(
                reporter.postJson(
                        "stories/" + id + "/attributions",
                        Json.createObjectBuilder()
                                .add("blockKey", key)
                                .add("start", 0)
                                .add("end", 5)
                                .build()
                                .toString()),
                403);
        assertProblem(
                editor.postJson(
                        "stories/" + id + "/attributions",
                        Json.createObjectBuilder()
                                .add("blockKey", key)
                                .add("start", 0)
                                .add("end", 500)
                                .build()
                                .toString()),
                400);
    }

    @Test
    void sourcesAreCreatedOnceAndFoundByName() {
        String name = "Maria Kotsou " + UUID.randomUUID().toString().substring(0, 6);
        long id = newSource(name, "PERSON");
        assertProblem(
                editor.postJson(
                        "sources",
                        Json.createObjectBuilder()
                                .add("name", name.toUpperCase())
                                .add("kind", "PERSON")
                                .build()
                                .toString()),
                400);
        JsonObject found = json(reporter.get("sources?q=" + name.replace(' ', '+')));
        assertEquals(1, found.getInt("total"));
        assertEquals(
                id,
                found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertNotNull(json(reporter.get("sources/" + id)).getJsonArray("history"));
        assertProblem(Api.as("copyeditor").postJson("sources", "{\"name\":\"X\",\"kind\":\"PERSON\"}"), 403);
    }
}
