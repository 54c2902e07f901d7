package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.copydesk.it.Desks.move;
import static org.copydesk.it.api.StoryApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.UnaryOperator;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.junit.jupiter.api.Test;

/**
 * The trust path at every guard position (docs/sourcing.md): a claim added or given to another speaker at the
 * copy desk stops sign-off; a save of a story ready to publish that adds an unsourced claim is refused; a source
 * disputed after sign-off stops publication; a correction that adds a claim needs its source; a verb changed or a
 * copy fix inside a claim keeps the decision ("changed since review", confirmed by an editor); the audit keeps
 * every decision.
 */
class TrustPathApiIT extends ApiTest {

    private long create(String headline, String... paragraphs) {
        HttpResponse<String> created = reporter.postJson("stories", Api.story(headline, paragraphs));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    private JsonArray attributions(long id) {
        return Api.parse(editor.get("stories/" + id + "/attributions").body()).asJsonArray();
    }

    private JsonObject attribution(long id, String spanStart) {
        return attributions(id).stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getBoolean("present") && a.getString("span").startsWith(spanStart))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no present attribution “" + spanStart + "…” in " + attributions(id)));
    }

    /** Saves the story with one paragraph's text changed, keeping every block's key. */
    private HttpResponse<String> edit(Api as, long id, int block, UnaryOperator<String> change) {
        HttpResponse<String> read = as.get("stories/" + id);
        JsonObject story = json(read);
        var blocks = Json.createArrayBuilder();
        JsonArray current = story.getJsonArray("blocks");
        for (int i = 0; i < current.size(); i++) {
            JsonObject b = current.getJsonObject(i);
            String text = i == block ? change.apply(b.getString("text")) : b.getString("text");
            blocks.add(Json.createObjectBuilder()
                    .add("key", b.getString("key"))
                    .add("type", b.getString("type"))
                    .add("text", text));
        }
        String body = Json.createObjectBuilder()
                .add("headline", story.getString("headline"))
                .add("blocks", blocks)
                .add("reason", "Copy desk edit")
                .build()
                .toString();
        return as.putJson("stories/" + id, read.headers().firstValue("ETag").orElseThrow(), body);
    }

    private List<String> reasons(HttpResponse<String> refused) {
        return json(refused).getJsonArray("errors").getValuesAs(JsonValue::toString);
    }

    private long verifiedSource(String name, String kind) {
        HttpResponse<String> created = editor.postJson(
                "sources",
                Json.createObjectBuilder()
                        .add("name", name)
                        .add("kind", kind)
                        .build()
                        .toString());
        assertEquals(201, created.statusCode(), created.body());
        long sid = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> verified = editor.send(editor.request("sources/" + sid + "/verification")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"VERIFIED\"}")));
        assertEquals(200, verified.statusCode(), verified.body());
        return sid;
    }

    private HttpResponse<String> link(long id, long aid, long sourceId) {
        return editor.send(editor.request("stories/" + id + "/attributions/" + aid)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"sourceId\":" + sourceId + "}")));
    }

    @Test
    void aClaimAddedAtTheCopyDeskBlocksSignOffUntilAnEditorSourcesItInPlace() {
        long id = create(
                "Harbour reopens after storm",
                "Harbour master Tomas Lindqvist said the port would reopen on Friday.",
                "Ferries were cancelled for three days.");
        Desks.toCopyDesk(id);
        HttpResponse<String> edited =
                edit(copyEditor, id, 1, t -> t + " Fishermen said the storm destroyed dozens of boats.");
        assertEquals(200, edited.statusCode(), edited.body());

        HttpResponse<String> signOff = move(copyEditor, id, "READY");
        assertProblem(signOff, 409);
        assertTrue(
                signOff.body().contains("Fishermen said") && signOff.body().contains("is not linked to a source"),
                signOff.body());

        // an editor links and verifies it without moving the story back
        long fishermen = verifiedSource("Fishermen's cooperative of Lindholm", "ORGANIZATION");
        assertEquals(
                200,
                link(id, attribution(id, "Fishermen said").getJsonNumber("id").longValue(), fishermen)
                        .statusCode());
        Desks.signOff(id);
        assertEquals("READY", json(reporter.get("stories/" + id)).getString("state"));
    }

    @Test
    void aClaimGivenToAnotherSpeakerIsNewAndBlocksButAVerbChangeKeepsItsSource() {
        long id = create(
                "Border crossing shut",
                "Officials said the Narva border crossing was closed on Monday.",
                "Customs chief Aivar Kask said trucks were turned back overnight.");
        Desks.toCopyDesk(id);
        long kaskId = attribution(id, "Customs chief Aivar Kask said")
                .getJsonNumber("id")
                .longValue();

        // a verb changed: the same claim, still linked, marked for the editor
        assertEquals(
                200,
                edit(copyEditor, id, 1, t -> t.replace("Kask said", "Kask told reporters"))
                        .statusCode());
        JsonObject kask = attribution(id, "Customs chief Aivar Kask told");
        assertEquals(kaskId, kask.getJsonNumber("id").longValue());
        assertEquals("LINKED", kask.getString("status"));
        assertTrue(kask.getBoolean("changedSinceReview"), kask.toString());
        assertEquals("Customs chief Aivar Kask said", kask.getString("reviewedSpan"));

        // another speaker: another claim
        assertEquals(
                200,
                edit(copyEditor, id, 0, t -> t.replace("Officials said", "A senior diplomat told reporters"))
                        .statusCode());
        JsonObject old = attributions(id).stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getString("span").equals("Officials said"))
                .findFirst()
                .orElseThrow();
        assertFalse(old.getBoolean("present"));
        assertEquals("LINKED", old.getString("status"), "the old decision stays on record");
        HttpResponse<String> signOff = move(copyEditor, id, "READY");
        assertProblem(signOff, 409);
        assertEquals(
                1,
                reasons(signOff).stream()
                        .filter(r -> r.contains("A senior diplomat told"))
                        .count(),
                signOff.body());

        // the editor confirms the changed claim; a copy editor may not
        assertProblem(copyEditor.postJson("stories/" + id + "/attributions/" + kaskId + "/confirm", "{}"), 403);
        HttpResponse<String> confirmed =
                editor.postJson("stories/" + id + "/attributions/" + kaskId + "/confirm", "{}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertFalse(json(confirmed).getBoolean("changedSinceReview"));
        assertProblem(editor.postJson("stories/" + id + "/attributions/" + kaskId + "/confirm", "{}"), 400);
    }

    @Test
    void aSaveOfAStoryReadyToPublishThatAddsAnUnsourcedClaimIsRefusedAndNothingIsSaved() {
        long id = create(
                "Library to close branch",
                "The city librarian Maja Holm said the Eastside branch would close in March.",
                "Opening hours elsewhere stay the same.");
        Desks.toCopyDesk(id);
        Desks.signOff(id);
        int revision = json(reporter.get("stories/" + id)).getInt("revision");

        HttpResponse<String> refused = edit(editor, id, 1, t -> t + " Union leaders said staff had not been told.");
        assertProblem(refused, 409);
        assertTrue(refused.body().contains("Union leaders said"), refused.body());
        JsonObject after = json(reporter.get("stories/" + id));
        assertEquals(revision, after.getInt("revision"), "nothing was saved");
        assertEquals("READY", after.getString("state"));
        assertTrue(attributions(id).stream()
                .noneMatch(a -> a.asJsonObject().getString("span").startsWith("Union")));

        // an edit that adds no claim is fine
        HttpResponse<String> fine = edit(editor, id, 1, t -> t.replace("stay the same", "stay as they are"));
        assertEquals(200, fine.statusCode(), fine.body());
    }

    @Test
    void aSourceDisputedAfterSignOffStopsPublication() {
        long id = create(
                "Dam inspection finds cracks",
                "Engineer Rasmus Ek said the Kallby dam showed new cracks.",
                "The reservoir level was lowered as a precaution.");
        Desks.toCopyDesk(id);
        Desks.signOff(id);
        JsonObject ek = attribution(id, "Engineer Rasmus Ek said");
        long sourceId = ek.getJsonObject("source").getJsonNumber("id").longValue();
        HttpResponse<String> disputed = editor.send(editor.request("sources/" + sourceId + "/verification")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"status\":\"DISPUTED\",\"note\":\"The engineer denies saying it.\"}")));
        assertEquals(200, disputed.statusCode(), disputed.body());

        HttpResponse<String> publish = move(editor, id, "PUBLISHED");
        assertProblem(publish, 409);
        assertTrue(
                publish.body().contains("Engineer Rasmus Ek said")
                        && publish.body().contains("disputed"),
                publish.body());
    }

    @Test
    void aCorrectionThatAddsAClaimNeedsItsSource() {
        long id = create(
                "Bakery wins award",
                "Baker Olga Strand said the rye recipe came from her grandmother.",
                "The prize was handed out in Malmo.");
        Desks.toCopyDesk(id);
        Desks.signOffAndPublish(id);
        String key = json(reporter.get("stories/" + id))
                .getJsonArray("blocks")
                .getJsonObject(1)
                .getString("key");
        HttpResponse<String> proposed = reporter.postJson(
                "stories/" + id + "/corrections",
                Json.createObjectBuilder()
                        .add("kind", "UPDATE")
                        .add("blockKey", key)
                        .add("before", "handed out in Malmo.")
                        .add("after", "handed out in Malmo, the jury chairman Nils Berg said.")
                        .add("reason", "The jury asked to be quoted")
                        .add("notice", "This story was updated with the jury's statement.")
                        .build()
                        .toString());
        assertEquals(201, proposed.statusCode(), proposed.body());
        long cid = json(proposed).getJsonNumber("id").longValue();

        HttpResponse<String> refused = editor.postJson("corrections/" + cid + "/apply", "{}");
        assertProblem(refused, 409);
        assertTrue(refused.body().contains("Nils Berg said"), refused.body());
        assertFalse(
                json(reporter.get("stories/" + id))
                        .getJsonArray("blocks")
                        .getJsonObject(1)
                        .getString("text")
                        .contains("Berg"),
                "nothing of the correction was applied");

        long berg = verifiedSource("Nils Berg (jury chairman)", "PERSON");
        HttpResponse<String> applied = editor.postJson("corrections/" + cid + "/apply", "{\"sourceId\":" + berg + "}");
        assertEquals(200, applied.statusCode(), applied.body());
        JsonObject claim = attribution(id, "the jury chairman Nils Berg said");
        assertEquals("LINKED", claim.getString("status"));
        assertEquals(berg, claim.getJsonObject("source").getJsonNumber("id").longValue());
    }

    @Test
    void theAuditKeepsEveryDecisionNotOnlyTheLast() {
        long id = create(
                "Museum gets new director",
                "Board chair Lena Dahl said the new director would start in June.",
                "The museum reopens in spring.");
        assertEquals(200, move(reporter, id, "SOURCING_REVIEW").statusCode());
        long aid = attribution(id, "Board chair Lena Dahl said")
                .getJsonNumber("id")
                .longValue();
        long dahl = verifiedSource("Lena Dahl (board chair)", "PERSON");
        assertEquals(200, link(id, aid, dahl).statusCode());
        HttpResponse<String> rejected = editor.send(editor.request("stories/" + id + "/attributions/" + aid)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"action\":\"REJECT\",\"note\":\"Wrong paragraph marked\"}")));
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals(200, link(id, aid, dahl).statusCode());

        JsonArray entries = json(editor.get("stories/" + id + "/audit")).getJsonArray("entries");
        List<String> kinds = entries.stream()
                .map(e -> e.asJsonObject().getString("kind"))
                .filter(k -> k.startsWith("ATTRIBUTION_"))
                .toList();
        assertEquals(
                List.of("ATTRIBUTION_LINKED", "ATTRIBUTION_REJECTED", "ATTRIBUTION_LINKED"), kinds, entries.toString());
        assertTrue(entries.toString().contains("Wrong paragraph marked"));
    }
}
