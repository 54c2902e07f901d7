package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.copydesk.it.Api;
import org.junit.jupiter.api.Test;

/**
 * The editor's API (docs/editor.md): working copies (kept per user, gone after a save), restoring a
 * revision as a new one, and spiking a draft with undo.
 */
class EditorApiIT extends ApiTest {

    private long draft(String headline, String... paragraphs) {
        HttpResponse<String> created = reporter.postJson("stories", Api.story(headline, paragraphs));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> post(Api who, String path, String body) {
        return who.send(who.request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> delete(Api who, String path) {
        return who.send(who.request(path).DELETE());
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertTrue(json(response).getString("detail", "").length() > 10, response.body());
    }

    @Test
    void aWorkingCopyIsTheCallersOwnAndASaveMakesItHistory() {
        long id = draft("Harbour works " + UUID.randomUUID(), "Works start in May.");
        String path = "stories/" + id + "/working-copy";
        assertProblem(404, reporter.get(path));

        // a blank headline is kept: it is not a save
        HttpResponse<String> kept = reporter.putJson(
                path,
                "\"0\"",
                "{\"headline\":\"\",\"blocks\":[{\"type\":\"PARAGRAPH\",\"text\":\"Works start in June.\"}]}");
        assertEquals(200, kept.statusCode(), kept.body());
        assertEquals(0, json(kept).getJsonNumber("baseVersion").longValue());

        JsonObject copy = json(reporter.get(path));
        assertTrue(!copy.containsKey("headline") || copy.isNull("headline"), copy.toString());
        assertEquals(
                "Works start in June.",
                copy.getJsonArray("blocks").getJsonObject(0).getString("text"));
        assertEquals(false, copy.getBoolean("storyChangedSince"));
        assertProblem(404, editor.get(path)); // another user's copy is not theirs to see

        // bad input: a block without text, an unknown story, a user who may not edit the story
        assertProblem(400, reporter.putJson(path, null, "{\"blocks\":[{\"type\":\"PARAGRAPH\",\"text\":\" \"}]}"));
        assertProblem(404, reporter.putJson("stories/987654321/working-copy", null, "{\"blocks\":[]}"));
        assertProblem(403, copyEditor.putJson(path, null, "{\"headline\":\"x\",\"blocks\":[]}"));

        // the reporter saves: the working copy is gone
        JsonObject story = json(reporter.get("stories/" + id));
        assertEquals(
                200,
                reporter.putJson(
                                "stories/" + id,
                                "\"" + story.getJsonNumber("version") + "\"",
                                Api.story(story.getString("headline"), "Works start in June."))
                        .statusCode());
        assertProblem(404, reporter.get(path));

        // kept again and discarded
        assertEquals(
                200,
                reporter.putJson(path, null, Api.story("Harbour works", "Works start in July."))
                        .statusCode());
        assertEquals(200, reporter.get(path).statusCode());
        assertEquals(204, delete(reporter, path).statusCode());
        assertProblem(404, reporter.get(path));
    }

    @Test
    void aRevisionIsRestoredAsANewOneWithItsBlockKeys() {
        long id = draft("Ferry fares " + UUID.randomUUID(), "Fares rise by 5 percent, the operator said.");
        JsonObject first = json(reporter.get("stories/" + id));
        String key = first.getJsonArray("blocks").getJsonObject(0).getString("key");
        HttpResponse<String> edited = reporter.putJson(
                "stories/" + id,
                "\"" + first.getJsonNumber("version") + "\"",
                Api.story(first.getString("headline"), "Fares rise by 9 percent."));
        assertEquals(200, edited.statusCode(), edited.body());

        HttpResponse<String> stale = reporter.send(reporter.request("stories/" + id + "/restore")
                .header("Content-Type", "application/json")
                .header("If-Match", "\"0\"")
                .POST(HttpRequest.BodyPublishers.ofString("{\"revision\":1}")));
        assertProblem(412, stale);
        HttpResponse<String> restored =
                post(reporter, "stories/" + id + "/restore", "{\"revision\":1,\"reason\":\"The 9 percent was wrong\"}");
        assertEquals(200, restored.statusCode(), restored.body());
        JsonObject now = json(restored);
        assertEquals(3, now.getInt("revision"), "a restore is a new revision; nothing in between is lost");
        assertEquals(
                "Fares rise by 5 percent, the operator said.",
                now.getJsonArray("blocks").getJsonObject(0).getString("text"));
        assertEquals(key, now.getJsonArray("blocks").getJsonObject(0).getString("key"), "the block keeps its key");
        JsonObject latest = json(reporter.get("stories/" + id + "/revisions"))
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("Restored revision 1: The 9 percent was wrong", latest.getString("reason"));

        assertProblem(400, post(reporter, "stories/" + id + "/restore", "{\"revision\":3}"));
        assertProblem(404, post(reporter, "stories/" + id + "/restore", "{\"revision\":99}"));
        assertProblem(400, post(reporter, "stories/" + id + "/restore", "{}"));
    }

    @Test
    void aSpikedDraftLeavesTheDeskAndComesBackOnUnspike() {
        long id = draft("School meals " + UUID.randomUUID(), "Meals are free from September.");
        HttpResponse<String> spiked = post(reporter, "stories/" + id + "/spike", "");
        assertEquals(200, spiked.statusCode(), spiked.body());
        assertEquals("SPIKED", json(spiked).getString("state"));

        JsonObject story = json(reporter.get("stories/" + id));
        assertProblem(
                403,
                reporter.putJson(
                        "stories/" + id, "\"" + story.getJsonNumber("version") + "\"", Api.story("Edited", "Edited.")));
        assertTrue(reporter.get("stories?state=SPIKED&size=100").body().contains("\"id\":" + id));
        assertTrue(!reporter.get("stories?state=DRAFT&size=100").body().contains("\"id\":" + id));
        assertProblem(403, post(copyEditor, "stories/" + id + "/unspike", ""));

        HttpResponse<String> back = post(reporter, "stories/" + id + "/unspike", "");
        assertEquals(200, back.statusCode(), back.body());
        assertEquals("DRAFT", json(back).getString("state"));
        assertEquals(
                "Meals are free from September.",
                json(back).getJsonArray("blocks").getJsonObject(0).getString("text"),
                "nothing was lost");

        // only drafts are spiked
        assertEquals(
                200,
                post(reporter, "stories/" + id + "/transitions", "{\"to\":\"SOURCING_REVIEW\"}")
                        .statusCode());
        HttpResponse<String> refused = post(editor, "stories/" + id + "/spike", "");
        assertTrue(refused.statusCode() == 409 || refused.statusCode() == 400, refused.body());
    }

    @Test
    void aListBlockKeepsItsItemsAndReadersSeeAList() {
        String body = "{\"headline\":\"Storm closes roads " + UUID.randomUUID() + "\",\"blocks\":["
                + "{\"type\":\"PARAGRAPH\",\"text\":\"The storm closed roads across the region on Monday.\"},"
                + "{\"type\":\"LIST\",\"text\":\"Schools closed\\nTrains cancelled\\nFerries stay in port\"}]}";
        HttpResponse<String> created = reporter.postJson("stories", body);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject story = json(created);
        long id = story.getJsonNumber("id").longValue();
        assertEquals("LIST", story.getJsonArray("blocks").getJsonObject(1).getString("type"));
        assertEquals(
                "Schools closed\nTrains cancelled\nFerries stay in port",
                story.getJsonArray("blocks").getJsonObject(1).getString("text"));
        assertTrue(json(reporter.get("stories/" + id + "/revisions/1"))
                .getString("text")
                .contains("- Schools closed\n- Trains cancelled\n- Ferries stay in port"));

        org.copydesk.it.Desks.toCopyDesk(id);
        org.copydesk.it.Desks.signOffAndPublish(id);
        String page = Api.anonymous()
                .get(org.copydesk.it.ServerUrls.base()
                        .resolve("read/" + story.getString("slug"))
                        .toString())
                .body();
        assertTrue(
                page.contains("<ul><li>Schools closed</li><li>Trains cancelled</li><li>Ferries stay in port</li></ul>"),
                page);
    }

    @Test
    void marksFollowTheirWordsThroughEditsAndReadersSeeLinksAndEmphasis() {
        String text = "Local media reported the closure, the ministry said.";
        String body = "{\"headline\":\"Bridge shut " + UUID.randomUUID() + "\",\"blocks\":[{\"type\":\"PARAGRAPH\","
                + "\"text\":\"" + text + "\",\"marks\":[{\"type\":\"LINK\",\"start\":0,\"end\":11,"
                + "\"href\":\"https://example.org/report?a=1&b=2\"},{\"type\":\"BOLD\",\"start\":25,\"end\":32},"
                + "{\"type\":\"ITALIC\",\"start\":38,\"end\":46}]}]}";
        HttpResponse<String> created = reporter.postJson("stories", body);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject story = json(created);
        long id = story.getJsonNumber("id").longValue();
        JsonObject block = story.getJsonArray("blocks").getJsonObject(0);
        assertEquals(3, block.getJsonArray("marks").size(), block.toString());

        // a client that sends no marks (an older one) edits the words before them: the marks follow
        String edited = "Several local media reported the closure on Monday, the ministry said.";
        HttpResponse<String> read = reporter.get("stories/" + id);
        String save = "{\"headline\":\"" + story.getString("headline") + "\",\"reason\":\"More detail\",\"blocks\":["
                + "{\"key\":\"" + block.getString("key") + "\",\"type\":\"PARAGRAPH\",\"text\":\"" + edited + "\"}]}";
        HttpResponse<String> saved = reporter.send(reporter.request("stories/" + id)
                .header("Content-Type", "application/json")
                .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString(save)));
        assertEquals(200, saved.statusCode(), saved.body());
        var marks = json(saved).getJsonArray("blocks").getJsonObject(0).getJsonArray("marks");
        java.util.List<String> covered = marks.stream()
                .map(v -> v.asJsonObject())
                .map(m -> m.getString("type") + ":" + edited.substring(m.getInt("start"), m.getInt("end")))
                .toList();
        assertEquals(java.util.List.of("LINK:local media", "BOLD:closure", "ITALIC:ministry"), covered);
        String revision = json(reporter.get("stories/" + id + "/revisions/2")).getString("text");
        assertTrue(
                revision.contains("Several [local media](https://example.org/report?a=1&b=2) reported the **closure**"
                        + " on Monday, the _ministry_ said."),
                revision);

        org.copydesk.it.Desks.toCopyDesk(id);
        org.copydesk.it.Desks.signOffAndPublish(id);
        String page = Api.anonymous()
                .get(org.copydesk.it.ServerUrls.base()
                        .resolve("read/" + story.getString("slug"))
                        .toString())
                .body();
        assertTrue(
                page.contains(
                        "<p>Several <a href=\"https://example.org/report?a=1&amp;b=2\" rel=\"noopener nofollow\">"
                                + "local media</a> reported the <strong>closure</strong> on Monday, the <em>ministry</em> said.</p>"),
                page);
    }

    @Test
    void marksThatAreNotSafeOrNotInTheTextAreRefusedWithAReason() {
        String[][] cases = {
            {
                "{\"type\":\"LINK\",\"start\":0,\"end\":5,\"href\":\"javascript:alert(1)\"}",
                "http://, https:// or mailto:"
            },
            {"{\"type\":\"LINK\",\"start\":0,\"end\":5,\"href\":\"data:text/plain;base64,SGVsbG8=\"}", "mailto:"},
            {
                "{\"type\":\"LINK\",\"start\":0,\"end\":5,\"href\":\"data:text/html,<script>alert(1)</script>\"}",
                "not a web address"
            },
            {
                "{\"type\":\"LINK\",\"start\":0,\"end\":5,\"href\":\"https://example.org/\\\"onmouseover=alert(1)\"}",
                "not a web address"
            },
            {"{\"type\":\"BOLD\",\"start\":3,\"end\":400}", "after the end of its block"},
            {"{\"type\":\"UNDERLINE\",\"start\":0,\"end\":5}", "UNDERLINE"},
            {"{\"type\":\"ITALIC\",\"start\":4,\"end\":4}", "at least one character"},
        };
        for (String[] c : cases) {
            String body =
                    "{\"headline\":\"Unsafe marks " + UUID.randomUUID() + "\",\"blocks\":[{\"type\":\"PARAGRAPH\","
                            + "\"text\":\"Residents said the water was safe.\",\"marks\":[" + c[0] + "]}]}";
            HttpResponse<String> refused = reporter.postJson("stories", body);
            assertProblem(400, refused);
            assertTrue(json(refused).getString("detail").contains(c[1]), c[0] + " → " + refused.body());
        }
    }

    @Test
    void anHtmlImportKeepsEmphasisLinksAndStructureAndNothingUnsafe() {
        String html = "<html><head><title>x</title><script>alert(1)</script></head><body><article>"
                + "<h1>Harbour closes after storm " + UUID.randomUUID() + "</h1>"
                + "<p>The harbour closed on Monday, <a href=\"https://example.org/port\">the port authority</a> "
                + "<strong>said</strong>.<img src=x onerror=\"alert(2)\"></p>"
                + "<h2>Ferries stay in port</h2><ul><li>Ferries <em>cancelled</em></li><li>Roads shut</li></ul>"
                + "<p><a href=\"javascript:alert(3)\">Read more</a></p><p>Back to top button</p></article></body></html>";
        HttpResponse<String> created = reporter.send(reporter.request("stories/import")
                .header("Content-Type", "text/html; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(html)));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject imported = json(created);
        JsonObject story = imported.getJsonObject("story");
        assertTrue(story.getString("headline").startsWith("Harbour closes after storm"), created.body());
        var blocks = story.getJsonArray("blocks");
        assertEquals(
                java.util.List.of("PARAGRAPH", "SUBHEADING", "LIST", "PARAGRAPH"),
                blocks.stream().map(b -> b.asJsonObject().getString("type")).toList());
        JsonObject first = blocks.getJsonObject(0);
        assertEquals("The harbour closed on Monday, the port authority said.", first.getString("text"));
        assertEquals(2, first.getJsonArray("marks").size(), first.toString());
        assertEquals(
                "https://example.org/port",
                first.getJsonArray("marks").stream()
                        .map(v -> v.asJsonObject())
                        .filter(m -> m.getString("type").equals("LINK"))
                        .findFirst()
                        .orElseThrow()
                        .getString("href"));
        assertEquals("Read more", blocks.getJsonObject(3).getString("text"));
        assertTrue(
                blocks.getJsonObject(3).getJsonArray("marks").isEmpty(),
                blocks.getJsonObject(3).toString());
        assertEquals("Back to top button", imported.getJsonArray("debris").getString(0));
        assertTrue(!created.body().contains("alert"), created.body());

        HttpResponse<String> empty = reporter.send(reporter.request("stories/import")
                .header("Content-Type", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("<script>x</script>")));
        assertProblem(400, empty);
    }
}
