package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.copydesk.it.Api;
import org.junit.jupiter.api.Test;

/**
 * The story list's search (GET /api/stories?q=): full-text search on PostgreSQL, word-by-word LIKE on H2.
 * Written for both: whole words, plural and past-tense forms that either folds, every word required
 * anywhere in the story (headline, standfirst, body), filters combined, newest first, and the index kept
 * current when a body changes (PostgreSQL's triggers).
 */
class StorySearchIT extends ApiTest {

    /** A word no other story has: letters only, so every tokenizer keeps it whole. */
    private static String marker() {
        Random rnd = new Random();
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            w.append((char) ('a' + rnd.nextInt(26)));
        }
        return w.append('x').toString();
    }

    private long create(String headline, String... paragraphs) {
        HttpResponse<String> created = reporter.postJson("stories", Api.story(headline, paragraphs));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    private JsonObject search(String query) {
        HttpResponse<String> found =
                editor.get("stories?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&size=10");
        assertEquals(200, found.statusCode(), found.body());
        return json(found);
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(o -> o.getJsonNumber("id").longValue())
                .toList();
    }

    @Test
    void findsStemmedWordsAnywhereInTheStory() {
        String m = marker();
        long ferry = create(
                "Harbour " + m + " closes",
                "Crews reported that the crossings were cancelled for the weekend.",
                "Soldiers and troops helped clear the quay.");
        long other = create("Harbour " + m + " reopens", "The crossings resume on Monday.");

        assertEquals(List.of(ferry), ids(search(m + " troop")), "troop finds troops");
        assertEquals(List.of(ferry), ids(search(m + " report")), "report finds reported");
        assertEquals(List.of(ferry), ids(search(m + " cancelled")), "a word of another block than the headline");
        assertEquals(List.of(other, ferry), ids(search(m + " crossings")), "both, newest first");
        assertEquals(2, search(m).getInt("total"));
        assertEquals(0, search(m + " zeppelins").getInt("total"), "every word is required");
    }

    @Test
    void filtersCombineWithTheWordsAndTheNewestComesFirst() {
        String m = marker();
        long first = create("Snow " + m + " in the hills", "Roads were closed overnight.");
        long second = create("Snow " + m + " in the valley", "Roads were closed at dawn.");
        assertEquals(List.of(second, first), ids(search(m + " roads")));

        HttpResponse<String> moved =
                reporter.postJson("stories/" + first + "/transitions", "{\"to\":\"SOURCING_REVIEW\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(List.of(first, second), ids(search(m + " roads")), "the story just moved is the newest");

        JsonObject drafts = json(editor.get("stories?state=DRAFT&q=" + m + "+roads"));
        assertEquals(List.of(second), ids(drafts));
        assertEquals(1, drafts.getInt("total"));
        assertEquals(List.of(first), ids(json(editor.get("stories?state=SOURCING_REVIEW&q=" + m))));
        assertEquals(0, json(editor.get("stories?reporter=editor&q=" + m)).getInt("total"));
        assertEquals(2, json(editor.get("stories?reporter=reporter&q=" + m)).getInt("total"));
    }

    private long createIn(String section, String headline) {
        HttpResponse<String> created = reporter.postJson(
                "stories",
                "{\"headline\":\"" + headline + "\",\"sections\":[\"" + section
                        + "\"],\"blocks\":[{\"type\":\"PARAGRAPH\",\"text\":\"Text.\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    @Test
    void aSectionAndTheDaysOfTheLastChangeNarrowTheListAndBadDaysAreRefused() {
        String m = marker();
        long japan = createIn("Japan", "Rail " + m + " in Osaka");
        long world = createIn("World News", "Rail " + m + " in Lyon");
        assertEquals(List.of(japan), ids(json(editor.get("stories?section=Japan&q=" + m))));
        assertEquals(List.of(world), ids(json(editor.get("stories?section=World+News&q=" + m))));
        assertEquals(
                List.of(japan), ids(json(editor.get("stories?section=Japan&state=DRAFT&reporter=reporter&q=" + m))));

        // the test server's newsroom zone is UTC
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        assertEquals(
                List.of(world, japan), ids(json(editor.get("stories?q=" + m + "&from=" + today + "&to=" + today))));
        assertEquals(
                0,
                json(editor.get("stories?q=" + m + "&to=" + today.minusDays(1))).getInt("total"));
        assertEquals(
                0,
                json(editor.get("stories?q=" + m + "&from=" + today.plusDays(1)))
                        .getInt("total"));
        // without words: the filters alone (on PostgreSQL the plain JPQL path, not the full-text one)
        assertTrue(ids(json(editor.get("stories?section=Japan&from=" + today + "&size=100")))
                .contains(japan));
        assertFalse(ids(json(editor.get("stories?section=Japan&from=" + today + "&size=100")))
                .contains(world));

        StoryApiIT.assertProblem(editor.get("stories?from=2026-13-01"), 400, "not a date");
        StoryApiIT.assertProblem(editor.get("stories?from=" + today + "&to=" + today.minusDays(1)), 400, "comes after");
    }

    @Test
    void theSearchFollowsAnEditedBody() {
        String m = marker();
        String before = marker();
        String after = marker();
        long id = create("Budget " + m + " vote", "The council debates the " + before + " proposal.");
        assertEquals(List.of(id), ids(search(before)));

        HttpResponse<String> saved = reporter.putJson(
                "stories/" + id,
                "\"0\"",
                Api.story("Budget " + m + " vote", "The council adopts the " + after + " proposal."));
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(0, search(before).getInt("total"), "the old body's word is gone");
        assertEquals(List.of(id), ids(search(after)));
        assertEquals(List.of(id), ids(search(m + " adopts")), "headline and body words together");
    }
}
