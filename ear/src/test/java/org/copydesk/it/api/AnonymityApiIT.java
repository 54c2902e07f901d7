package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.copydesk.it.api.StoryApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Why was anonymity granted? Linking a claim to an anonymous source over the API: without the reason (or with
 * one too short) 400 problem+json naming {@code anonymityReason}, nothing linked; with it 200, the reason on the
 * attribution, in its history and in the story's audit record; link-all leaves such a claim and says why; a
 * source made anonymous asks the reason for the claims linked to it.
 */
class AnonymityApiIT extends ApiTest {

    private static final String WHY = "Not authorized to speak; two officials confirmed independently";

    private long submitted(String... paragraphs) {
        HttpResponse<String> created =
                reporter.postJson("stories", Api.story("Talks " + Texts.uniqueName(), paragraphs));
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

    private JsonObject claim(long storyId, String startsWith) {
        return attributions(storyId).stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getString("span").startsWith(startsWith))
                .findFirst()
                .orElseThrow(() -> new AssertionError(startsWith + " in " + attributions(storyId)));
    }

    private HttpResponse<String> decide(long storyId, long aid, JsonObject body) {
        return editor.send(editor.request("stories/" + storyId + "/attributions/" + aid)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private long anonymousSource(String name) {
        HttpResponse<String> r = editor.postJson(
                "sources",
                Json.createObjectBuilder()
                        .add("name", name)
                        .add("kind", "ANONYMOUS")
                        .build()
                        .toString());
        assertEquals(201, r.statusCode(), r.body());
        return json(r).getJsonNumber("id").longValue();
    }

    private static void assertAboutTheReason(HttpResponse<String> r, String detail) {
        assertProblem(r, 400);
        JsonObject problem = json(r);
        assertEquals(detail, problem.getString("detail"));
        assertEquals(
                List.of("anonymityReason: " + detail),
                problem.getJsonArray("errors").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
    }

    @Test
    void aLinkToAnAnonymousSourceNeedsTheReasonAndKeepsItInTheHistory() {
        String who = "two officials familiar with the negotiations " + Texts.uniqueName();
        long source = anonymousSource(who);
        long id = submitted("Two officials familiar with the negotiations said the talks had stalled.");
        long aid = claim(id, "Two officials").getJsonNumber("id").longValue();

        assertAboutTheReason(
                decide(
                        id,
                        aid,
                        Json.createObjectBuilder().add("sourceId", source).build()),
                "The source is anonymous: say why anonymity was granted (10 to 1000 characters).");
        assertAboutTheReason(
                decide(
                        id,
                        aid,
                        Json.createObjectBuilder()
                                .add("sourceId", source)
                                .add("anonymityReason", "   ")
                                .build()),
                "The source is anonymous: say why anonymity was granted (10 to 1000 characters).");
        assertAboutTheReason(
                decide(
                        id,
                        aid,
                        Json.createObjectBuilder()
                                .add("sourceId", source)
                                .add("anonymityReason", " insider ")
                                .build()),
                "The reason anonymity was granted is too short (7 characters): say why in at least 10.");
        JsonObject still = claim(id, "Two officials");
        assertEquals("PROPOSED", still.getString("status"));
        assertTrue(!still.containsKey("anonymityReason") || still.isNull("anonymityReason"), still.toString());

        HttpResponse<String> linked = decide(
                id,
                aid,
                Json.createObjectBuilder()
                        .add("sourceId", source)
                        .add("anonymityReason", "  " + WHY + " ")
                        .build());
        assertEquals(200, linked.statusCode(), linked.body());
        JsonObject view = json(linked);
        assertEquals("LINKED", view.getString("status"));
        assertEquals(WHY, view.getString("anonymityReason"));
        JsonArray history = view.getJsonArray("history");
        JsonObject line = history.getJsonObject(history.size() - 1);
        assertEquals("LINKED", line.getString("action"));
        assertEquals(WHY, line.getString("anonymityReason"));
        assertEquals(who, line.getString("sourceName"));
        assertEquals("editor", line.getString("actor"));
        assertEquals(WHY, claim(id, "Two officials").getString("anonymityReason"), "read back");

        JsonObject audit = json(editor.get("stories/" + id + "/audit")).getJsonArray("entries").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("kind").equals("ATTRIBUTION_LINKED"))
                .findFirst()
                .orElseThrow();
        assertEquals(WHY, audit.getJsonObject("details").getString("anonymityReason"));
        assertTrue(audit.getString("summary").endsWith("Anonymity granted: " + WHY), audit.toString());
    }

    @Test
    void aNewAnonymousSourceIsMadeOnlyWithTheReason() {
        String name = "a source close to the ministry " + Texts.uniqueName();
        long id = submitted("A source close to the ministry said the budget would be cut.");
        long aid = claim(id, "A source close").getJsonNumber("id").longValue();
        JsonObject asked = Json.createObjectBuilder()
                .add("newSourceName", name)
                .add("newSourceKind", "ANONYMOUS")
                .build();

        assertAboutTheReason(
                decide(id, aid, asked),
                "The source is anonymous: say why anonymity was granted (10 to 1000 characters).");
        assertEquals(
                0,
                json(editor.get("sources?q="
                                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)))
                        .getInt("total"),
                "no source was made");

        HttpResponse<String> linked = decide(
                id,
                aid,
                Json.createObjectBuilder(asked)
                        .add("anonymityReason", "Fears for her job; the figures were checked with the budget office.")
                        .build());
        assertEquals(200, linked.statusCode(), linked.body());
        assertEquals("ANONYMOUS", json(linked).getJsonObject("source").getString("kind"));
        assertEquals(
                "Fears for her job; the figures were checked with the budget office.",
                json(linked).getString("anonymityReason"));
    }

    @Test
    void linkAllLeavesAnAnonymousClaimAndSaysWhy() {
        long id = submitted(
                "Officials said the border crossing was closed on Monday.",
                "Senator Hal " + Texts.uniqueName() + " said the bridge would reopen in May.");
        HttpResponse<String> r = editor.send(
                editor.request("stories/" + id + "/attributions/link-all").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject result = json(r);
        assertEquals(1, result.getInt("linked"), r.body());
        JsonObject left = result.getJsonArray("left").getJsonObject(0);
        assertEquals("Officials said", left.getString("span"));
        assertEquals(
                "rests on an anonymous source; say why anonymity was granted on its card.", left.getString("reason"));
        assertEquals("PROPOSED", claim(id, "Officials said").getString("status"));
    }

    @Test
    void aSourceMadeAnonymousAsksWhyForTheClaimsLinkedToIt() {
        String name = "Border post " + Texts.uniqueName();
        HttpResponse<String> created = editor.postJson(
                "sources",
                Json.createObjectBuilder()
                        .add("name", name)
                        .add("kind", "ORGANIZATION")
                        .build()
                        .toString());
        assertEquals(201, created.statusCode(), created.body());
        long source = json(created).getJsonNumber("id").longValue();
        long id = submitted("Officials said the border crossing was closed on Monday.");
        long aid = claim(id, "Officials said").getJsonNumber("id").longValue();
        assertEquals(
                200,
                decide(
                                id,
                                aid,
                                Json.createObjectBuilder()
                                        .add("sourceId", source)
                                        .build())
                        .statusCode());

        HttpResponse<String> read = editor.get("sources/" + source);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        JsonObject edit = Json.createObjectBuilder()
                .add("name", name)
                .add("kind", "ANONYMOUS")
                .build();
        assertAboutTheReason(
                editor.putJson("sources/" + source, etag, edit.toString()),
                "1 claim rests on this source; say why anonymity was granted before it becomes anonymous (10 to 1000"
                        + " characters, written on each claim's history).");
        assertEquals("ORGANIZATION", json(editor.get("sources/" + source)).getString("kind"));

        HttpResponse<String> saved = editor.putJson(
                "sources/" + source,
                etag,
                Json.createObjectBuilder(edit)
                        .add("anonymityReason", "An officer without leave to speak; his post is known to us.")
                        .build()
                        .toString());
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject after = claim(id, "Officials said");
        assertEquals("An officer without leave to speak; his post is known to us.", after.getString("anonymityReason"));
        JsonArray history = after.getJsonArray("history");
        assertEquals(
                "ANONYMITY_GIVEN", history.getJsonObject(history.size() - 1).getString("action"));
    }
}
