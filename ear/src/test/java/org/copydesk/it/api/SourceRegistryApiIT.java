package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.copydesk.it.api.StoryApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.copydesk.it.Api;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;

/**
 * Managing the source registry over the API: edits against an ETag, names that stay unique, aliases, one
 * history of verifications, edits and merges, a merge preview that says what the merge then does, and who
 * may do it.
 */
class SourceRegistryApiIT extends ApiTest {

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

    private String etag(long id) {
        HttpResponse<String> read = editor.get("sources/" + id);
        assertEquals(200, read.statusCode(), read.body());
        return read.headers().firstValue("ETag").orElseThrow();
    }

    private static String body(String name, String kind, String role, List<String> aliases, String note) {
        var b = Json.createObjectBuilder().add("name", name).add("kind", kind);
        if (role != null) {
            b.add("role", role);
        }
        if (aliases != null) {
            b.add("aliases", Json.createArrayBuilder(aliases));
        }
        if (note != null) {
            b.add("note", note);
        }
        return b.build().toString();
    }

    private HttpResponse<String> put(Api as, long id, String ifMatch, String body) {
        return as.putJson("sources/" + id, ifMatch, body);
    }

    private JsonArray history(long id) {
        HttpResponse<String> r = reporter.get("sources/" + id + "/history");
        assertEquals(200, r.statusCode(), r.body());
        return Api.parse(r.body()).asJsonArray();
    }

    private static List<String> events(JsonArray history) {
        return history.stream().map(h -> h.asJsonObject().getString("event")).toList();
    }

    private HttpResponse<String> verify(long id, String status, String note) {
        var b = Json.createObjectBuilder().add("status", status);
        if (note != null) {
            b.add("note", note);
        }
        return editor.send(editor.request("sources/" + id + "/verification")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(b.build().toString())));
    }

    private JsonArray attributions(long storyId) {
        return Api.parse(editor.get("stories/" + storyId + "/attributions").body())
                .asJsonArray();
    }

    private void link(long storyId, long attributionId, long sourceId) {
        HttpResponse<String> r = editor.send(editor.request("stories/" + storyId + "/attributions/" + attributionId)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"sourceId\":" + sourceId + "}")));
        assertEquals(200, r.statusCode(), r.body());
    }

    private long importCopy(String file) {
        HttpResponse<String> r = reporter.post("stories/import?allowDuplicate=true", "text/plain", Texts.story(file));
        assertEquals(201, r.statusCode(), r.body());
        return json(r).getJsonObject("story").getJsonNumber("id").longValue();
    }

    @Test
    void anEditorRenamesADetectorFragmentAndSetsItsKindAgainstItsETag() {
        String unique = Texts.uniqueName();
        long id = newSource("a report published " + unique, "PERSON");
        HttpResponse<String> read = editor.get("sources/" + id);
        String tag = read.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + json(read).getJsonNumber("version").longValue() + "\"", tag);

        HttpResponse<String> saved = put(
                editor,
                id,
                tag,
                body(
                        unique + " News",
                        "MEDIA_REPORT",
                        "Regional daily",
                        null,
                        "The detector took the sentence for a name"));
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject source = json(saved);
        assertEquals(unique + " News", source.getString("name"));
        assertEquals("MEDIA_REPORT", source.getString("kind"));
        assertEquals("Regional daily", source.getString("role"));
        String newTag = saved.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(tag, newTag);
        assertEquals(newTag, etag(id), "the ETag answered is the one stored");

        JsonObject line = history(id).getJsonObject(1);
        assertEquals("EDITED", line.getString("event"));
        assertEquals("editor", line.getString("actor"));
        assertEquals("The detector took the sentence for a name", line.getString("note"));
        Map<String, List<String>> changes = line.getJsonArray("changes").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(
                        c -> c.getString("field"),
                        c -> java.util.Arrays.asList(c.getString("before", null), c.getString("after", null))));
        assertEquals(List.of("a report published " + unique, unique + " News"), changes.get("name"));
        assertEquals(List.of("PERSON", "MEDIA_REPORT"), changes.get("kind"));
        assertEquals(java.util.Arrays.asList(null, "Regional daily"), changes.get("role"));

        JsonObject found = json(reporter.get("sources?q=" + unique + "+news"));
        assertEquals(1, found.getInt("total"));
        assertEquals(
                0,
                json(reporter.get("sources?q=report+published+" + unique)).getInt("total"),
                "the fragment's words no longer find it");
    }

    @Test
    void renamingToANameAnotherSourceHasIsRefusedNamingIt() {
        String unique = Texts.uniqueName();
        long taken = newSource("The " + unique + " Agency", "ORGANIZATION");
        long id = newSource("local media reported " + unique, "PERSON");
        HttpResponse<String> refused =
                put(editor, id, etag(id), body(unique + " agency", "ORGANIZATION", null, null, null));
        assertProblem(refused, 400);
        JsonObject problem = json(refused);
        assertTrue(problem.getString("detail").contains("The " + unique + " Agency"), problem.toString());
        assertTrue(problem.getString("detail").contains("merge"), problem.toString());
        assertEquals(
                taken, problem.getJsonObject("existing").getJsonNumber("id").longValue());

        // an alias that is another source's name is refused the same way; nothing was changed by either
        HttpResponse<String> alias = put(
                editor,
                id,
                etag(id),
                body("local media reported " + unique, "PERSON", null, List.of(unique + " Agency"), null));
        assertProblem(alias, 400);
        assertEquals(
                taken, json(alias).getJsonObject("existing").getJsonNumber("id").longValue());
        assertEquals(List.of("ADDED"), events(history(id)));
    }

    @Test
    void aStaleIfMatchIs412AndAMissingOne428() {
        long id = newSource("a report published " + Texts.uniqueName(), "PERSON");
        String seen = etag(id);
        assertEquals(
                200,
                put(editor, id, seen, body("First " + Texts.uniqueName(), "PERSON", null, null, null))
                        .statusCode());
        HttpResponse<String> stale =
                put(editor, id, seen, body("Second " + Texts.uniqueName(), "PERSON", null, null, null));
        assertProblem(stale, 412);
        assertEquals(etag(id), stale.headers().firstValue("ETag").orElseThrow(), "a 412 carries the current ETag");
        assertTrue(json(stale).getString("detail").contains("editor"), stale.body());

        assertProblem(put(editor, id, null, body("Third " + Texts.uniqueName(), "PERSON", null, null, null)), 428);
        assertProblem(put(editor, id, "\"not-a-version\"", body("Third", "PERSON", null, null, null)), 412);
        assertProblem(put(editor, id, etag(id), "{\"kind\":\"PERSON\"}"), 400);
        assertProblem(put(editor, id, etag(id), body("Fourth", "NOT_A_KIND", null, null, null)), 400);
        assertProblem(put(editor, Long.MAX_VALUE, "\"0\"", body("Fifth", "PERSON", null, null, null)), 404);
    }

    @Test
    void aliasesAreAddedAndRemovedAndFindTheSource() {
        String unique = Texts.uniqueName();
        long id = newSource("Dmitry " + unique, "PERSON");
        HttpResponse<String> added = put(
                editor,
                id,
                etag(id),
                body(
                        "Dmitry " + unique,
                        "PERSON",
                        null,
                        List.of(unique, "Dmitri " + unique, "dmitry " + unique.toUpperCase()),
                        null));
        assertEquals(200, added.statusCode(), added.body());
        assertEquals(
                java.util.stream.Stream.of("Dmitri " + unique, unique).sorted().toList(),
                sorted(json(added).getJsonArray("aliases")),
                "the name itself is not kept as an alias");
        assertEquals(
                id,
                json(reporter.get("sources?q=dmitri+" + unique))
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue(),
                "an alias finds the source");

        HttpResponse<String> removed = put(
                editor,
                id,
                etag(id),
                body("Dmitry " + unique, "PERSON", null, List.of(unique), "Dmitri is a misspelling"));
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(List.of(unique), sorted(json(removed).getJsonArray("aliases")));
        JsonObject last = history(id).getJsonObject(2);
        assertEquals("alias “Dmitri " + unique + "” removed", last.getString("summary"));

        // aliases left out of the body stay
        HttpResponse<String> kept =
                put(editor, id, etag(id), body("Dmitry " + unique, "PERSON", "Spokesman", null, null));
        assertEquals(List.of(unique), sorted(json(kept).getJsonArray("aliases")));
    }

    private static List<String> sorted(JsonArray strings) {
        return strings.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .sorted()
                .toList();
    }

    @Test
    void verificationsEditsAndMergesAreOneHistoryInTheOrderTheyHappened() {
        String unique = Texts.uniqueName();
        long id = newSource(unique + " Ministry", "ORGANIZATION");
        long duplicate = newSource("Ministry of " + unique, "ORGANIZATION");
        assertEquals(200, verify(id, "VERIFIED", null).statusCode());
        assertEquals(
                200,
                put(editor, id, etag(id), body(unique + " Ministry", "ORGANIZATION", "Government", null, null))
                        .statusCode());
        assertEquals(200, verify(id, "DISPUTED", "Figures differ").statusCode());
        assertEquals(
                200,
                editor.postJson("sources/" + id + "/merge", "{\"duplicateId\":" + duplicate + "}")
                        .statusCode());

        JsonArray history = history(id);
        assertEquals(List.of("ADDED", "VERIFICATION", "EDITED", "VERIFICATION", "MERGED_IN"), events(history));
        List<String> times =
                history.stream().map(h -> h.asJsonObject().getString("at")).toList();
        for (int i = 1; i < times.size(); i++) {
            assertFalse(
                    java.time.Instant.parse(times.get(i)).isBefore(java.time.Instant.parse(times.get(i - 1))),
                    "oldest first: " + times);
        }
        assertEquals("verified → disputed", history.getJsonObject(3).getString("summary"));
        assertEquals("Figures differ", history.getJsonObject(3).getString("note"));
        assertEquals(
                duplicate, history.getJsonObject(4).getJsonNumber("otherId").longValue());
        assertEquals(List.of("ADDED", "MERGED_INTO"), events(history(duplicate)));
        // the history is the same one the record carries
        assertEquals(history, json(reporter.get("sources/" + id)).getJsonArray("history"));
    }

    @Test
    void theMergePreviewSaysWhatTheMergeThenMoves() {
        String unique = Texts.uniqueName();
        long survivor = newSource(unique + " Press Agency", "MEDIA_REPORT");
        long duplicate = newSource(unique + " Press", "MEDIA_REPORT");
        String dupEtag = etag(duplicate);
        assertEquals(
                200,
                put(
                                editor,
                                duplicate,
                                dupEtag,
                                body(
                                        unique + " Press",
                                        "MEDIA_REPORT",
                                        "Wire service",
                                        List.of(unique + " wire"),
                                        null))
                        .statusCode());
        assertEquals(200, verify(duplicate, "VERIFIED", null).statusCode());
        long greek = importCopy("greek-debt-talks.txt");
        long snow = importCopy("hokkaido-snow.txt");
        JsonArray greekClaims = attributions(greek);
        link(greek, greekClaims.getJsonObject(0).getJsonNumber("id").longValue(), duplicate);
        link(greek, greekClaims.getJsonObject(1).getJsonNumber("id").longValue(), duplicate);
        link(snow, attributions(snow).getJsonObject(0).getJsonNumber("id").longValue(), duplicate);
        String survivorEtag = etag(survivor);

        HttpResponse<String> previewed = editor.get("sources/" + survivor + "/merge-preview?duplicateId=" + duplicate);
        assertEquals(200, previewed.statusCode(), previewed.body());
        JsonObject preview = json(previewed);
        assertEquals(3, preview.getJsonNumber("attributions").longValue());
        assertEquals(2, preview.getJsonNumber("storyCount").longValue());
        Map<Long, Long> perStory = counts(preview.getJsonArray("stories"));
        assertEquals(Map.of(greek, 2L, snow, 1L), perStory);
        assertEquals(
                List.of(unique + " Press", unique + " wire"),
                preview.getJsonArray("aliasesGained").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals("Wire service", preview.getString("roleAfter"));
        assertEquals("duplicate", preview.getString("roleFrom"));
        assertEquals("UNVERIFIED", preview.getJsonObject("survivor").getString("status"));
        assertEquals("VERIFIED", preview.getJsonObject("duplicate").getString("status"));
        assertTrue(preview.getJsonArray("warnings").getString(0).contains("3 attributions rest"), preview.toString());
        assertEquals(survivorEtag, etag(survivor), "a preview changes nothing");

        // a merge checked against a version older than the preview's is refused
        assertProblem(
                editor.send(editor.request("sources/" + survivor + "/merge")
                        .header("Content-Type", "application/json")
                        .header(
                                "If-Match",
                                "\""
                                        + (preview.getJsonObject("survivor")
                                                        .getJsonNumber("version")
                                                        .longValue()
                                                + 7) + "\"")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"duplicateId\":" + duplicate + "}"))),
                412);

        HttpResponse<String> merged = editor.send(editor.request("sources/" + survivor + "/merge")
                .header("Content-Type", "application/json")
                .header("If-Match", survivorEtag)
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("duplicateId", duplicate)
                        .add(
                                "duplicateVersion",
                                preview.getJsonObject("duplicate")
                                        .getJsonNumber("version")
                                        .longValue())
                        .add("note", "One agency")
                        .build()
                        .toString())));
        assertEquals(200, merged.statusCode(), merged.body());
        assertEquals("Wire service", json(merged).getString("role"));

        JsonObject now = json(editor.get("sources/" + survivor + "/stories?size=100"));
        assertEquals(
                preview.getJsonNumber("storyCount").longValue(),
                now.getJsonNumber("total").longValue());
        assertEquals(perStory, counts(now.getJsonArray("items")), "what moved is what the preview said");
        assertEquals(
                0,
                json(editor.get("sources/" + duplicate + "/stories"))
                        .getJsonNumber("total")
                        .longValue());
        assertEquals(
                survivor,
                attributions(snow)
                        .getJsonObject(0)
                        .getJsonObject("source")
                        .getJsonNumber("id")
                        .longValue());

        assertProblem(editor.get("sources/" + survivor + "/merge-preview?duplicateId=" + duplicate), 400);
        assertProblem(editor.get("sources/" + survivor + "/merge-preview?duplicateId=" + survivor), 400);
        assertProblem(editor.get("sources/" + survivor + "/merge-preview"), 400);
        assertProblem(editor.get("sources/" + survivor + "/merge-preview?duplicateId=" + Long.MAX_VALUE), 404);
    }

    private static Map<Long, Long> counts(JsonArray uses) {
        return uses.stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(
                        u -> u.getJsonNumber("storyId").longValue(),
                        u -> u.getJsonNumber("attributions").longValue()));
    }

    @Test
    void copyEditorsAndReportersMayReadTheRegistryButNotChangeIt() {
        String unique = Texts.uniqueName();
        long id = newSource("a report published " + unique, "PERSON");
        long other = newSource(unique + " Gazette", "MEDIA_REPORT");
        for (Api as : List.of(copyEditor, reporter)) {
            assertProblem(put(as, id, etag(id), body(unique + " Times", "MEDIA_REPORT", null, null, null)), 403);
            assertProblem(as.get("sources/" + other + "/merge-preview?duplicateId=" + id), 403);
            assertProblem(as.postJson("sources/" + other + "/merge", "{\"duplicateId\":" + id + "}"), 403);
            assertEquals(200, as.get("sources/" + id + "/history").statusCode());
            assertEquals(200, as.get("sources/" + id + "/stories").statusCode());
        }
        assertEquals(List.of("ADDED"), events(history(id)));
        assertEquals(
                "a report published " + unique,
                json(editor.get("sources/" + id)).getString("name"));
    }
}
