package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.copydesk.it.api.StoryApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.ServerUrls;
import org.junit.jupiter.api.Test;

/**
 * Sections run by administrators (DESIGN "Additions — Desk operations"): a section added is offered for stories; a
 * rename takes its stories with it (their ETags change, so an open copy with the old name is a 412, not an
 * overwrite) and its feed to the new address; a retired section is offered no more but stays on its stories and
 * its feed goes on; a restored one is offered again; a taken name is a 409; all of it in the administrators' log.
 */
class SectionsApiIT extends ApiTest {

    private HttpResponse<String> change(long id, String ifMatch, String name, boolean retired) {
        return admin.putJson(
                "sections/" + id,
                ifMatch,
                Json.createObjectBuilder()
                        .add("name", name)
                        .add("retired", retired)
                        .build()
                        .toString());
    }

    private List<String> offered() {
        return Api.parse(reporter.get("sections").body()).asJsonArray().getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static HttpResponse<String> feed(String slug) {
        return Api.anonymous()
                .send(HttpRequest.newBuilder(ServerUrls.base().resolve("sections/" + slug + ".atom"))
                        .GET());
    }

    @Test
    void aSectionIsAddedRenamedWithItsStoriesRetiredAndRestored() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Night Markets " + tag;
        HttpResponse<String> made = admin.postJson("sections", "{\"name\":\"  Night   Markets " + tag + " \"}");
        assertEquals(201, made.statusCode(), made.body());
        JsonObject section = json(made);
        assertEquals(name, section.getString("name"), "stripped, inner spaces single");
        long id = section.getJsonNumber("id").longValue();
        assertTrue(offered().contains(name));
        assertProblem(admin.postJson("sections", "{\"name\":\"night markets " + tag + "\"}"), 409, "already a section");

        // a story filed in it, published: in the section's feed
        HttpResponse<String> created = reporter.postJson(
                "stories",
                Json.createObjectBuilder()
                        .add("headline", "Stalls return to the old quay " + tag)
                        .add("sections", Json.createArrayBuilder().add(name))
                        .add(
                                "blocks",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("type", "PARAGRAPH")
                                                .add("text", "Forty stalls opened on Friday evening.")))
                        .build()
                        .toString());
        assertEquals(201, created.statusCode(), created.body());
        long story = json(created).getJsonNumber("id").longValue();
        Desks.toCopyDesk(story);
        Desks.signOffAndPublish(story);
        assertTrue(feed("night-markets-" + tag).body().contains("Stalls return to the old quay"));
        String before =
                editor.get("stories/" + story).headers().firstValue("ETag").orElseThrow();

        // renamed: the story moves with it, its ETag changes, the feed moves to the new address
        String renamed = "Street Food " + tag;
        HttpResponse<String> changed =
                change(id, made.headers().firstValue("ETag").orElseThrow(), renamed, false);
        assertEquals(200, changed.statusCode(), changed.body());
        HttpResponse<String> read = editor.get("stories/" + story);
        assertEquals(
                List.of(renamed),
                json(read).getJsonArray("sections").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertNotEquals(before, read.headers().firstValue("ETag").orElseThrow(), "an open copy is now stale");
        assertTrue(feed("street-food-" + tag).body().contains("Stalls return to the old quay"));
        assertEquals(404, feed("night-markets-" + tag).statusCode());
        assertProblem(
                change(id, made.headers().firstValue("ETag").orElseThrow(), renamed, true), 412, "since you read it");
        String now = changed.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                json(changed).getJsonNumber("version").toString(),
                now.replace("\"", ""),
                "a change answers the version the section now has");

        // retired: offered no more, kept on the story, its feed goes on
        assertEquals(200, change(id, null, renamed, true).statusCode());
        assertFalse(offered().contains(renamed));
        assertEquals(
                List.of(renamed),
                json(editor.get("stories/" + story)).getJsonArray("sections").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertEquals(200, feed("street-food-" + tag).statusCode());
        assertTrue(
                Api.parse(admin.get("sections/entries").body()).asJsonArray().stream()
                        .map(v -> v.asJsonObject())
                        .anyMatch(s -> s.getString("name").equals(renamed) && s.getBoolean("retired")),
                "listed as retired");
        assertProblem(admin.postJson("sections", "{\"name\":\"" + renamed + "\"}"), 409, "restore it instead");

        // restored
        assertEquals(200, change(id, null, renamed, false).statusCode());
        assertTrue(offered().contains(renamed));

        List<String> logged =
                Api.parse(admin.get("admin/actions?size=100").body()).asJsonObject().getJsonArray("items").stream()
                        .map(v -> v.asJsonObject())
                        .filter(a -> a.getString("target").endsWith(tag))
                        .map(a -> a.getString("kind") + (a.containsKey("detail") ? " " + a.getString("detail") : ""))
                        .toList();
        assertEquals(
                List.of(
                        "SECTION_RESTORED",
                        "SECTION_RETIRED",
                        "SECTION_RENAMED " + name + " → " + renamed + "; 1 story refiled",
                        "SECTION_ADDED"),
                logged);
    }

    @Test
    void badInputAndOtherRolesAreRefused() {
        assertProblem(admin.postJson("sections", "{\"name\":\"   \"}"), 400, "not valid");
        assertProblem(admin.postJson("sections", "{\"name\":\"" + "x".repeat(61) + "\"}"), 400, "not valid");
        assertProblem(change(987_654_321L, null, "Nowhere", false), 404, "no section");
        assertEquals(
                403, editor.postJson("sections", "{\"name\":\"Editors' own\"}").statusCode());
        assertEquals(403, editor.get("sections/entries").statusCode());
    }
}
