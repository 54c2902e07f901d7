package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
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
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;

/**
 * The sourcing desk's API: a hand-marked claim gets a proposal guessed from its words, any undecided
 * proposal can be edited before a source is made ({@code PUT …/attributions/{aid}/proposal}), and every
 * undecided claim can be linked at once ({@code POST …/attributions/link-all}).
 */
class SourcingDeskApiIT extends ApiTest {

    /** A story in sourcing review with the paragraphs; answers its id. */
    private long submitted(String... paragraphs) {
        HttpResponse<String> created =
                reporter.postJson("stories", Api.story("Desk " + Texts.uniqueName(), paragraphs));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        assertEquals(200, Desks.move(reporter, id, "SOURCING_REVIEW").statusCode());
        return id;
    }

    private JsonArray attributions(long storyId) {
        HttpResponse<String> r = editor.get("stories/" + storyId + "/attributions");
        assertEquals(200, r.statusCode(), r.body());
        return Api.parse(r.body()).asJsonArray();
    }

    private static JsonObject named(JsonArray attributions, String name) {
        return attributions.stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> name.equals(a.getString("proposedName", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no attribution proposing " + name + " in " + attributions));
    }

    private static JsonObject byId(JsonArray attributions, long id) {
        return attributions.stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Marks the words in the story's block (found by their text) as a claim; answers the new attribution. */
    private JsonObject mark(long storyId, String words) {
        for (JsonValue value : json(reporter.get("stories/" + storyId)).getJsonArray("blocks")) {
            JsonObject block = value.asJsonObject();
            int at = block.getString("text").indexOf(words);
            if (at >= 0) {
                HttpResponse<String> r = editor.postJson(
                        "stories/" + storyId + "/attributions",
                        Json.createObjectBuilder()
                                .add("blockKey", block.getString("key"))
                                .add("start", at)
                                .add("end", at + words.length())
                                .build()
                                .toString());
                assertEquals(201, r.statusCode(), r.body());
                return json(r);
            }
        }
        throw new AssertionError("no block holds " + words);
    }

    private HttpResponse<String> editProposal(Api as, long storyId, long attributionId, String body) {
        return as.send(as.request("stories/" + storyId + "/attributions/" + attributionId + "/proposal")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> linkAll(Api as, long storyId) {
        return as.send(
                as.request("stories/" + storyId + "/attributions/link-all").POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static String proposal(String name, String kind, String role) {
        var body = Json.createObjectBuilder();
        if (name != null) {
            body.add("name", name);
        }
        if (kind != null) {
            body.add("kind", kind);
        }
        if (role != null) {
            body.add("role", role);
        }
        return body.build().toString();
    }

    @Test
    void wordsMarkedByHandGetAProposalGuessedFromThem() {
        long id = submitted(
                "Figures the ministry published on Monday show a rise in exports.",
                "The weather was fine on the day of the opening.");
        JsonObject ministry = mark(id, "the ministry published");
        assertEquals("the ministry", ministry.getString("proposedName"));
        assertEquals("ORGANIZATION", ministry.getString("proposedKind"));
        assertEquals("MANUAL", ministry.getString("cue"));
        JsonObject nobody = mark(id, "was fine");
        assertFalse(nobody.containsKey("proposedName") && !nobody.isNull("proposedName"), nobody.toString());
        // a new source for a claim that names no one needs a name: 400, never a source without one
        HttpResponse<String> unnamed = editor.send(editor.request("stories/" + id + "/attributions/"
                        + nobody.getJsonNumber("id").longValue())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"newSourceKind\":\"PERSON\"}")));
        assertProblem(unnamed, 400);
        assertTrue(json(unnamed).getString("detail").contains("name"), unnamed.body());
    }

    @Test
    void anEditorEditsAnUndecidedProposalBeforeTheSourceIsMade() {
        String surname = Texts.uniqueName();
        long id = submitted("Senator Hal " + surname + " said the bridge would reopen in May.");
        JsonObject hal = named(attributions(id), "Hal " + surname);
        long aid = hal.getJsonNumber("id").longValue();

        HttpResponse<String> edited = editProposal(
                editor, id, aid, proposal("  Harold   " + surname + " ", "PERSON", " Senator for the north "));
        assertEquals(200, edited.statusCode(), edited.body());
        JsonObject view = json(edited);
        assertEquals("Harold " + surname, view.getString("proposedName"), "trimmed, inner spaces folded");
        assertEquals("PERSON", view.getString("proposedKind"));
        assertEquals("Senator for the north", view.getString("proposedRole"));
        assertEquals("PROPOSED", view.getString("status"));
        assertEquals("Harold " + surname, byId(attributions(id), aid).getString("proposedName"), "stored");

        // a blank role is no role
        JsonObject noRole = json(editProposal(editor, id, aid, proposal("Harold " + surname, "ORGANIZATION", " ")));
        assertFalse(noRole.containsKey("proposedRole") && !noRole.isNull("proposedRole"), noRole.toString());
        assertEquals("ORGANIZATION", noRole.getString("proposedKind"));

        // the source is made from the edited proposal
        HttpResponse<String> linked = linkAll(editor, id);
        assertEquals(200, linked.statusCode(), linked.body());
        JsonObject source = byId(attributions(id), aid).getJsonObject("source");
        assertEquals("Harold " + surname, source.getString("name"));
        assertEquals("ORGANIZATION", source.getString("kind"));
        // decided: the proposal is history now; the source is edited in the registry
        assertProblem(editProposal(editor, id, aid, proposal("Someone else", "PERSON", null)), 400);
    }

    @Test
    void aBadProposalIsRefusedWithAProblem() {
        long id = submitted("Senator Hal " + Texts.uniqueName() + " said the bridge would reopen in May.");
        long aid = attributions(id).getJsonObject(0).getJsonNumber("id").longValue();
        for (String bad : List.of(
                proposal("   ", "PERSON", null),
                proposal(null, "PERSON", null),
                proposal("A".repeat(201), "PERSON", null),
                proposal("Hal", null, null),
                proposal("Hal", "NOT_A_KIND", null),
                proposal("Hal", "PERSON", "r".repeat(301)),
                "{\"name\":",
                "[]")) {
            HttpResponse<String> r = editProposal(editor, id, aid, bad);
            assertProblem(r, 400);
        }
        assertEquals(
                200,
                editProposal(editor, id, aid, proposal("A".repeat(200), "PERSON", null))
                        .statusCode(),
                "200 characters is the most a name may have");
    }

    @Test
    void onlyEditorsEditProposalsOrLinkEveryClaim() {
        long id = submitted("Senator Hal " + Texts.uniqueName() + " said the bridge would reopen in May.");
        long aid = attributions(id).getJsonObject(0).getJsonNumber("id").longValue();
        for (Api other : List.of(reporter, copyEditor, admin)) {
            assertProblem(editProposal(other, id, aid, proposal("Someone", "PERSON", null)), 403);
            assertProblem(linkAll(other, id), 403);
        }
        assertEquals(
                401,
                editProposal(Api.anonymous(), id, aid, proposal("Someone", "PERSON", null))
                        .statusCode());
        assertEquals("PROPOSED", byId(attributions(id), aid).getString("status"), "nothing changed");
    }

    @Test
    void unknownStoriesAndAttributionsAre404() {
        long id = submitted("Senator Hal " + Texts.uniqueName() + " said the bridge would reopen in May.");
        long aid = attributions(id).getJsonObject(0).getJsonNumber("id").longValue();
        long other = submitted("A paragraph with no claim in it.");
        assertProblem(editProposal(editor, id, 999_999_999L, proposal("Someone", "PERSON", null)), 404);
        assertProblem(editProposal(editor, 999_999_999L, aid, proposal("Someone", "PERSON", null)), 404);
        assertProblem(editProposal(editor, other, aid, proposal("Someone", "PERSON", null)), 404);
        assertProblem(linkAll(editor, 999_999_999L), 404);
    }

    @Test
    void linkAllLinksEachUndecidedClaimToItsRegistryMatchOrANewSourceAndSaysWhatItLeft() {
        String surname = Texts.uniqueName();
        String institute = Texts.uniqueName() + " Institute";
        HttpResponse<String> registered = editor.postJson(
                "sources",
                Json.createObjectBuilder()
                        .add("name", institute)
                        .add("kind", "ORGANIZATION")
                        .build()
                        .toString());
        assertEquals(201, registered.statusCode(), registered.body());
        long instituteId = json(registered).getJsonNumber("id").longValue();
        long id = submitted(
                "Senator Hal " + surname + " said the bridge would reopen in May.",
                "The bridge is safe, Senator Hal " + surname + " told reporters.",
                "The " + institute + " said the repairs had cost twice the estimate.",
                "The weather was fine on the day of the opening.",
                "Kremlin spokesman Dmitry Peskov said nothing about it.");
        long manual = mark(id, "was fine").getJsonNumber("id").longValue();
        JsonArray before = attributions(id);
        // one claim decided already stays as it is
        long peskov = named(before, "Dmitry Peskov").getJsonNumber("id").longValue();
        HttpResponse<String> rejected = editor.send(editor.request("stories/" + id + "/attributions/" + peskov)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"action\":\"REJECT\",\"note\":\"Not in this story\"}")));
        assertEquals(200, rejected.statusCode(), rejected.body());

        HttpResponse<String> r = linkAll(editor, id);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject result = json(r);
        assertEquals(3, result.getInt("linked"), r.body());
        assertEquals(1, result.getInt("newSources"), "one new source for the senator's two claims: " + r.body());
        JsonArray left = result.getJsonArray("left");
        assertEquals(1, left.size(), r.body());
        assertEquals(
                manual, left.getJsonObject(0).getJsonNumber("attributionId").longValue());
        assertEquals("was fine", left.getJsonObject(0).getString("span"));
        assertFalse(left.getJsonObject(0).getString("reason").isBlank());

        JsonArray after = attributions(id);
        List<JsonObject> senator = after.stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> ("Hal " + surname).equals(a.getString("proposedName", null)))
                .toList();
        assertEquals(2, senator.size(), after.toString());
        senator.forEach(a -> assertEquals("LINKED", a.getString("status")));
        assertEquals(
                senator.get(0).getJsonObject("source").getJsonNumber("id"),
                senator.get(1).getJsonObject("source").getJsonNumber("id"),
                "both claims rest on one new source");
        JsonObject byInstitute = after.stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getString("span").contains(institute))
                .findFirst()
                .orElseThrow();
        assertEquals(
                instituteId,
                byInstitute.getJsonObject("source").getJsonNumber("id").longValue(),
                "linked to the registry's source of that name, not a new one");
        assertEquals("REJECTED", byId(after, peskov).getString("status"));
        assertEquals("PROPOSED", byId(after, manual).getString("status"));
        assertFalse(byId(after, manual).containsKey("source")
                && !byId(after, manual).isNull("source"));

        // once its proposal has a name, the claim left over is linked by the next run
        String desk = Texts.uniqueName() + " Weather Desk";
        assertEquals(
                200,
                editProposal(editor, id, manual, proposal(desk, "ORGANIZATION", null))
                        .statusCode());
        JsonObject second = json(linkAll(editor, id));
        assertEquals(1, second.getInt("linked"), second.toString());
        assertEquals(0, second.getJsonArray("left").size(), second.toString());
        assertEquals(
                desk, byId(attributions(id), manual).getJsonObject("source").getString("name"));
        // and a run with nothing undecided links nothing
        assertEquals(0, json(linkAll(editor, id)).getInt("linked"));
    }
}
