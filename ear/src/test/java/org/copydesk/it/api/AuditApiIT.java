package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;

/**
 * The audit export of a story taken along the seed's path: import, submit, sourcing (one claim rejected,
 * one waived, the rest linked and verified), the "Chine" copy fix applied, sign-off, publication and a
 * correction applied. Every kind of entry is there, in time order, and only the right people see it.
 */
class AuditApiIT extends ApiTest {

    private HttpResponse<String> put(Api as, String path, String body) {
        return as.send(as.request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static void ok(HttpResponse<String> response) {
        assertTrue(
                response.statusCode() == 200 || response.statusCode() == 201,
                response.statusCode() + " " + response.body());
    }

    /** Takes a copy of the seed along the whole path and answers its id. */
    private long seedThroughTheDesk() {
        long id = Desks.importCopy(Texts.seed());
        ok(Desks.move(reporter, id, "SOURCING_REVIEW"));
        JsonArray attributions =
                Api.parse(editor.get("stories/" + id + "/attributions").body()).asJsonArray();
        assertTrue(attributions.size() >= 3, attributions.toString());
        for (int i = 0; i < attributions.size(); i++) {
            JsonObject a = attributions.getJsonObject(i);
            String path =
                    "stories/" + id + "/attributions/" + a.getJsonNumber("id").longValue();
            if (i == 0) {
                ok(put(editor, path, "{\"action\":\"REJECT\",\"note\":\"Background, not a claim\"}"));
                continue;
            }
            HttpResponse<String> linked = put(
                    editor,
                    path,
                    Json.createObjectBuilder()
                            .add("newSourceName", a.getString("proposedName", "Unnamed source"))
                            .add("newSourceKind", a.getString("proposedKind", "PERSON"))
                            .add("anonymityReason", "Not authorized to speak; confirmed by a second official.")
                            .build()
                            .toString());
            ok(linked);
            long source =
                    json(linked).getJsonObject("source").getJsonNumber("id").longValue();
            if (i == 1) {
                ok(put(editor, path, "{\"action\":\"WAIVE\",\"note\":\"Agency copy, runs as is\"}"));
            }
            ok(put(
                    editor,
                    "sources/" + source + "/verification",
                    "{\"status\":\"VERIFIED\",\"note\":\"Checked for the audit test\"}"));
        }
        // a note on a paragraph for the reporter, edited, and a second note written and deleted
        String firstBlock = json(reporter.get("stories/" + id))
                .getJsonArray("blocks")
                .getJsonObject(0)
                .getString("key");
        HttpResponse<String> note = editor.postJson(
                "stories/" + id + "/notes",
                Json.createObjectBuilder()
                        .add("text", "@reporter which outlet reported this first?")
                        .add("blockKey", firstBlock)
                        .build()
                        .toString());
        ok(note);
        String notePath =
                "stories/" + id + "/notes/" + json(note).getJsonNumber("id").longValue();
        ok(editor.putJson(
                notePath,
                note.headers().firstValue("ETag").orElseThrow(),
                "{\"text\":\"@reporter which outlet reported this first? Name it in the text.\"}"));
        HttpResponse<String> stray = editor.postJson("stories/" + id + "/notes", "{\"text\":\"Wrong story, sorry\"}");
        ok(stray);
        String strayPath =
                "stories/" + id + "/notes/" + json(stray).getJsonNumber("id").longValue();
        ok(editor.send(editor.request(strayPath)
                .header("If-Match", stray.headers().firstValue("ETag").orElseThrow())
                .DELETE()));
        ok(Desks.move(editor, id, "COPY_EDIT"));

        JsonArray findings =
                Api.parse(copyEditor.get("stories/" + id + "/findings").body()).asJsonArray();
        JsonObject chine = findings.stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> "Chine".equals(f.getString("covered")))
                .findFirst()
                .orElseThrow();
        ok(copyEditor.postJson(
                "stories/" + id + "/findings/" + chine.getJsonNumber("id").longValue() + "/apply", "{}"));
        // one finding dismissed on purpose (if the checker found no other, dismissing is not possible)
        Desks.signOffAndPublish(id);

        JsonObject story = json(reporter.get("stories/" + id));
        JsonObject block = story.getJsonArray("blocks").getJsonObject(1);
        String before = block.getString("text").split(" ")[0];
        HttpResponse<String> proposed = reporter.postJson(
                "stories/" + id + "/corrections",
                Json.createObjectBuilder()
                        .add("kind", "CORRECTION")
                        .add("blockKey", block.getString("key"))
                        .add("before", before)
                        .add("after", before + " (corrected)")
                        .add("reason", "Audit test correction")
                        .add("notice", "An earlier version of this story needed a correction.")
                        .build()
                        .toString());
        ok(proposed);
        ok(editor.postJson("corrections/" + json(proposed).getJsonNumber("id").longValue() + "/apply", "{}"));
        return id;
    }

    @Test
    void theSeedsPathGivesEveryKindOfEntryInTimeOrder() {
        long id = seedThroughTheDesk();
        HttpResponse<String> response = editor.get("stories/" + id + "/audit");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject trail = json(response);
        JsonArray entries = trail.getJsonArray("entries");
        System.out.println("Audit of story " + id + ": " + entries.size() + " entries");
        List<String> kinds = new ArrayList<>();
        Instant previous = Instant.MIN;
        for (JsonValue value : entries) {
            JsonObject e = value.asJsonObject();
            Instant at = Instant.parse(e.getString("at"));
            assertFalse(at.isBefore(previous), "in time order: " + e);
            previous = at;
            kinds.add(e.getString("kind"));
            assertFalse(e.getString("actor").isBlank());
            assertFalse(e.getString("summary").isBlank());
            System.out.println("  " + e.getString("at") + " " + e.getString("kind") + " " + e.getString("actor") + ": "
                    + e.getString("summary"));
        }
        Set<String> seen = new LinkedHashSet<>(kinds);
        for (String kind : List.of(
                "REVISION",
                "TRANSITION",
                "ATTRIBUTION_LINKED",
                "ATTRIBUTION_REJECTED",
                "ATTRIBUTION_WAIVED",
                "SOURCE_CHECK",
                "FINDING_APPLIED",
                "CORRECTION_PROPOSED",
                "CORRECTION_APPLIED",
                "NOTE_WRITTEN",
                "NOTE_EDITED",
                "NOTE_DELETED")) {
            assertTrue(seen.contains(kind), kind + " missing from " + seen);
        }

        JsonObject noteEdit = entries.stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("kind").equals("NOTE_EDITED"))
                .findFirst()
                .orElseThrow()
                .getJsonObject("details");
        assertEquals("@reporter which outlet reported this first?", noteEdit.getString("before"));
        assertEquals("@reporter which outlet reported this first? Name it in the text.", noteEdit.getString("after"));
        JsonObject noteWritten = entries.stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("kind").equals("NOTE_WRITTEN"))
                .findFirst()
                .orElseThrow();
        assertEquals("editor", noteWritten.getString("actor"));
        assertEquals("reporter", noteWritten.getJsonObject("details").getString("mentions"));
        assertTrue(
                noteWritten.getString("summary").startsWith("Note on a paragraph: @reporter"), noteWritten.toString());

        // the story's own path, in order
        List<String> path = new ArrayList<>();
        for (JsonValue value : entries) {
            JsonObject e = value.asJsonObject();
            String kind = e.getString("kind");
            JsonObject d = e.getJsonObject("details");
            if (kind.equals("TRANSITION")) {
                path.add("→" + d.getString("to"));
            } else if (kind.equals("REVISION")) {
                path.add("rev" + d.getString("revision"));
            } else if (kind.equals("FINDING_APPLIED") || kind.startsWith("CORRECTION_")) {
                path.add(kind + (d.containsKey("kind") ? ":" + d.getString("kind") : ""));
            }
        }
        System.out.println("Path: " + path);
        assertEquals("rev1", path.get(0), path.toString());
        int submitted = path.indexOf("→SOURCING_REVIEW");
        int copyDesk = path.indexOf("→COPY_EDIT");
        int finding = path.indexOf("FINDING_APPLIED");
        int ready = path.indexOf("→READY");
        int published = path.indexOf("→PUBLISHED");
        int correctionProposed = path.lastIndexOf("CORRECTION_PROPOSED:CORRECTION");
        int correctionApplied = path.lastIndexOf("CORRECTION_APPLIED:CORRECTION");
        assertTrue(
                0 < submitted
                        && submitted < copyDesk
                        && copyDesk < finding
                        && finding < ready
                        && ready < published
                        && published < correctionProposed
                        && correctionProposed < correctionApplied,
                path.toString());
        assertTrue(path.subList(copyDesk, ready).contains("rev2"), "the copy fix made revision 2: " + path);
        assertTrue(path.subList(copyDesk, ready).contains("CORRECTION_APPLIED:TYPO"), path.toString());
        assertTrue(path.indexOf("rev3") > published, "the correction made revision 3 after publication: " + path);

        String body = response.body();
        assertTrue(body.contains("Background, not a claim"), "the rejection's note");
        assertTrue(body.contains("Agency copy, runs as is"), "the waiver's note");
        assertTrue(body.contains("Checked for the audit test"), "the verification note");
        assertTrue(body.contains("Copy fix: Chine → China") || body.contains("Chine"), "the copy fix");
        assertTrue(body.contains("Audit test correction"), "the correction's reason");
        assertEquals("editor", trail.getString("exportedBy"));

        // same record, same order, every time
        JsonArray again = json(editor.get("stories/" + id + "/audit")).getJsonArray("entries");
        assertEquals(entries, again);
    }

    @Test
    void theReporterEditorsAndAdminsSeeItOthersDoNot() {
        long id = Desks.importCopy(Texts.seed());
        assertEquals(200, reporter.get("stories/" + id + "/audit").statusCode());
        assertEquals(200, Api.as("admin").get("stories/" + id + "/audit").statusCode());
        StoryApiIT.assertProblem(copyEditor.get("stories/" + id + "/audit"), 403);
        StoryApiIT.assertProblem(Api.anonymous().get("stories/" + id + "/audit"), 401);
        StoryApiIT.assertProblem(editor.get("stories/987654321/audit"), 404);

        HttpResponse<String> download = editor.get("stories/" + id + "/audit?download=true");
        assertEquals(200, download.statusCode());
        String disposition =
                download.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment; filename=\"audit-russia-sends-troops"), disposition);
        assertTrue(download.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertFalse(editor.get("stories/" + id + "/audit")
                .headers()
                .firstValue("Content-Disposition")
                .isPresent());
    }
}
