package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.copydesk.it.api.StoryApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.ServerUrls;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;

/** The copy check (Chine → China), typo fixes and the archive sweep, corrections, notices, log and feed. */
class CopyDeskApiIT extends ApiTest {

    private JsonArray findings(long id) {
        return Api.parse(copyEditor.get("stories/" + id + "/findings").body()).asJsonArray();
    }

    private static List<JsonObject> open(JsonArray findings) {
        return findings.stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> "OPEN".equals(f.getString("status")))
                .toList();
    }

    private static JsonObject covering(JsonArray findings, String words) {
        return findings.stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> words.equals(f.getString("covered")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding for " + words + " in " + findings));
    }

    private String block(long id, int index) {
        return json(reporter.get("stories/" + id))
                .getJsonArray("blocks")
                .getJsonObject(index)
                .getString("text");
    }

    @Test
    void aNearMissOfARegisteredNameOfSeveralWordsIsCaughtAtTheCopyDesk() {
        String place = Texts.uniqueName();
        HttpResponse<String> registered = editor.postJson(
                "sources",
                Json.createObjectBuilder()
                        .add("name", place + " Traders Association")
                        .add("kind", "ORGANIZATION")
                        .build()
                        .toString());
        assertEquals(201, registered.statusCode(), registered.body());
        long id = Desks.importCopy("Rents double on the high street\n\nShop rents on the high street have doubled "
                + "since members of the " + place + " Trader Association first met in 2019.\n\nThe council meets "
                + "on Monday.");
        Desks.toCopyDesk(id);

        JsonObject miss = covering(findings(id), place + " Trader Association");
        assertEquals(place + " Traders Association", miss.getString("suggestion"));
        assertTrue(miss.getString("message").contains("registry"), miss.getString("message"));
    }

    @Test
    void theSeedsChineIsCaughtTheRealNamesAreNotAndTheFixIsSweptThroughTheArchive() {
        long other = Desks.importCopy(Texts.seed()); // another story with the same near-miss
        long id = Desks.importCopy(Texts.seed());
        Desks.toCopyDesk(id);

        JsonArray found = findings(id);
        JsonObject chine = covering(found, "Chine");
        assertEquals("China", chine.getString("suggestion"));
        assertEquals(9, chine.getInt("blockIndex"), "the subheading");
        for (String name : List.of("Gordeev", "Peskov", "Buryatia", "Khabarovsk", "Vladivostok", "Pyongyang")) {
            assertTrue(
                    found.stream().noneMatch(f -> name.equals(f.asJsonObject().getString("covered"))),
                    name + " is a real name, not a misspelling: " + found);
        }

        HttpResponse<String> refused = Desks.move(copyEditor, id, "READY");
        assertProblem(refused, 409);
        assertTrue(json(refused).getJsonArray("errors").toString().contains("Chine"), refused.body());

        HttpResponse<String> applied = copyEditor.postJson(
                "stories/" + id + "/findings/" + chine.getJsonNumber("id").longValue() + "/apply", "{}");
        assertEquals(200, applied.statusCode(), applied.body());
        assertEquals("‘China mobilizes forces, too’", block(id, 9));
        assertEquals(
                17, json(reporter.get("stories/" + id)).getJsonArray("blocks").size());
        assertEquals(block(other, 0), block(id, 0), "nothing else in the story changed");
        JsonArray history = json(reporter.get("stories/" + id + "/revisions")).getJsonArray("items");
        assertEquals("Copy fix: Chine → China", history.getJsonObject(0).getString("reason"));
        JsonArray corrections =
                Api.parse(reporter.get("stories/" + id + "/corrections").body()).asJsonArray();
        assertEquals("TYPO", corrections.getJsonObject(0).getString("kind"));
        assertEquals("APPLIED", corrections.getJsonObject(0).getString("status"));

        JsonArray sweep = json(applied).getJsonArray("sweep");
        assertTrue(
                sweep.stream()
                        .anyMatch(h -> h.asJsonObject().getJsonNumber("storyId").longValue() == other),
                "the other story with Chine is offered: " + sweep);
        HttpResponse<String> swept = copyEditor.postJson(
                "stories/" + id + "/findings/sweep",
                Json.createObjectBuilder()
                        .add("before", "Chine")
                        .add("after", "China")
                        .add("storyIds", Json.createArrayBuilder().add(other))
                        .build()
                        .toString());
        assertEquals(200, swept.statusCode(), swept.body());
        assertEquals(1, json(swept).getInt("fixed"));
        assertEquals("‘China mobilizes forces, too’", block(other, 9));

        Desks.signOffAndPublish(id);
        assertEquals("PUBLISHED", json(reporter.get("stories/" + id)).getString("state"));
    }

    @Test
    void theSweepFixesEveryOccurrenceInAStoryAndItsClaimsFollowTheWords() {
        long id = Desks.importCopy(
                """
                Chine answers the tariffs

                Chine will answer in kind, a spokesman for Chine's commerce ministry said on Monday. Exporters \
                in Chine and buyers of goods from Chine braced for higher prices, and Chine's markets fell.

                Chine-bound shipments, Chinese officials and Chinese goods are not the same words.
                """);
        JsonObject claimBefore = spokesman(id);
        assertTrue(claimBefore.getString("claim").contains("Chine will answer"), claimBefore.toString());

        HttpResponse<String> swept = copyEditor.postJson(
                "stories/" + id + "/findings/sweep",
                Json.createObjectBuilder()
                        .add("before", "Chine")
                        .add("after", "China")
                        .add("storyIds", Json.createArrayBuilder().add(id))
                        .build()
                        .toString());
        assertEquals(200, swept.statusCode(), swept.body());
        assertEquals(7, json(swept).getInt("fixed"), "every whole-word Chine, the headline's too; not Chinese");
        JsonObject story = json(reporter.get("stories/" + id));
        assertEquals("China answers the tariffs", story.getString("headline"));
        assertTrue(block(id, 0).startsWith("China will answer in kind, a spokesman for China's"), block(id, 0));
        assertTrue(block(id, 1).startsWith("China-bound shipments, Chinese officials"), block(id, 1));
        JsonArray corrections =
                Api.parse(reporter.get("stories/" + id + "/corrections").body()).asJsonArray();
        assertEquals(7, corrections.size(), "one TYPO correction an occurrence: " + corrections);
        JsonObject claimAfter = spokesman(id);
        assertEquals(claimBefore.getJsonNumber("id"), claimAfter.getJsonNumber("id"), "the same claim, followed");
        assertTrue(claimAfter.getString("claim").contains("China will answer"), claimAfter.toString());
        assertTrue(claimAfter.getString("span").contains("China's commerce ministry"), claimAfter.toString());
    }

    private JsonObject spokesman(long id) {
        return Api.parse(editor.get("stories/" + id + "/attributions").body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getString("claim").contains("will answer in kind"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the spokesman's claim is detected"));
    }

    @Test
    void theNameRuleGeneralisesAndACleanStoryHasNoFindings() {
        long greek = Desks.importCopy(Texts.story("greek-debt-talks.txt"));
        Desks.toCopyDesk(greek);
        JsonObject grease = covering(findings(greek), "Grease");
        assertEquals("Greece", grease.getString("suggestion"));
        for (String name : List.of("Thessaloniki", "Piraeus", "Kotsou")) {
            assertTrue(
                    findings(greek).stream()
                            .noneMatch(f -> name.equals(f.asJsonObject().getString("covered"))),
                    name);
        }

        long snow = Desks.importCopy(Texts.story("hokkaido-snow.txt"));
        Desks.toCopyDesk(snow);
        assertEquals(List.of(), open(findings(snow)), "a story with no typo has no findings");
    }

    @Test
    void dismissingNeedsAReasonAndTheDictionaryIsTheCopyDesks() {
        HttpResponse<String> created = reporter.postJson(
                "stories",
                Api.story("Ferry news " + UUID.randomUUID(), "The ferry to Pyongyong left on time, officials said."));
        long id = json(created).getJsonNumber("id").longValue();
        Desks.toCopyDesk(id);
        JsonObject typo = covering(findings(id), "Pyongyong");
        assertEquals("Pyongyang", typo.getString("suggestion"));
        String path = "stories/" + id + "/findings/" + typo.getJsonNumber("id").longValue();
        assertProblem(copyEditor.postJson(path + "/dismiss", "{\"reason\":\" \"}"), 400);
        assertProblem(reporter.postJson(path + "/dismiss", "{\"reason\":\"fine\"}"), 403);
        assertProblem(reporter.postJson("dictionary", "{\"word\":\"Pyongyong\",\"storyId\":" + id + "}"), 403);

        HttpResponse<String> added =
                copyEditor.postJson("dictionary", "{\"word\":\"Pyongyong\",\"storyId\":" + id + "}");
        assertEquals(200, added.statusCode(), added.body());
        assertTrue(
                open(Api.parse(added.body()).asJsonArray()).stream()
                        .noneMatch(f -> "Pyongyong".equals(f.getString("covered"))),
                "a dictionary word is not a finding");
        assertTrue(Api.parse(copyEditor.get("dictionary").body())
                .asJsonArray()
                .toString()
                .contains("Pyongyong"));
    }

    @Test
    void correctionsNeedANoticeAnEditorsApprovalAndShowOnThePublicPageLogAndFeed() {
        long id = Desks.importCopy(Texts.story("hokkaido-snow.txt"));
        Desks.toCopyDesk(id);
        Desks.signOffAndPublish(id);
        JsonObject story = json(reporter.get("stories/" + id));
        String key = story.getJsonArray("blocks").getJsonObject(1).getString("key");
        String slug = story.getString("slug");

        var correction = Json.createObjectBuilder()
                .add("kind", "CORRECTION")
                .add("blockKey", key)
                .add("before", "80 centimeters")
                .add("after", "60 centimeters")
                .add("reason", "The agency revised its figure");
        assertProblem(
                reporter.postJson(
                        "stories/" + id + "/corrections", correction.build().toString()),
                400);
        HttpResponse<String> proposed = reporter.postJson(
                "stories/" + id + "/corrections",
                Json.createObjectBuilder()
                        .add("kind", "CORRECTION")
                        .add("blockKey", key)
                        .add("before", "80 centimeters")
                        .add("after", "60 centimeters")
                        .add("reason", "The agency revised its figure")
                        .add("notice", "An earlier version said 80 centimeters of snow fell in Asahikawa; it was 60.")
                        .build()
                        .toString());
        assertEquals(201, proposed.statusCode(), proposed.body());
        long cid = json(proposed).getJsonNumber("id").longValue();

        HttpResponse<String> live = Api.anonymous()
                .send(Api.anonymous()
                        .request(ServerUrls.base().resolve("read/" + slug).toString())
                        .GET());
        assertTrue(
                live.body().contains("80 centimeters"), "the live page keeps the text until the correction is applied");
        // the public page is rendered once, then served from memory: no session, an ETag, 304 when unchanged
        HttpResponse<String> again = Api.anonymous()
                .send(Api.anonymous()
                        .request(ServerUrls.base().resolve("read/" + slug).toString())
                        .GET());
        assertEquals("hit", again.headers().firstValue("X-Copydesk-Cache").orElse(""));
        assertEquals(live.body(), again.body());
        assertTrue(
                again.headers().allValues("Set-Cookie").isEmpty()
                        && live.headers().allValues("Set-Cookie").isEmpty(),
                "reading makes no session: " + live.headers().map());
        assertTrue(again.headers().allValues("Content-Security-Policy").contains("script-src 'none'"));
        // a reader's report is a plain form post to the same address: refused with the reason and the text kept,
        // or taken with thanks; neither answer is kept for other readers
        String readUrl = ServerUrls.base().resolve("read/" + slug).toString();
        HttpResponse<String> tooShort = Api.anonymous()
                .send(Api.anonymous()
                        .request(readUrl)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("text=Typo%3F&contact=")));
        assertEquals(400, tooShort.statusCode());
        assertTrue(
                tooShort.body().contains("Tell us what is wrong in")
                        && tooShort.body().contains(">Typo?</textarea>"),
                tooShort.body());
        HttpResponse<String> taken = Api.anonymous()
                .send(Api.anonymous()
                        .request(readUrl)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "text=The+snow+figure+looks+too+high+to+me&contact=reader%40example.org")));
        assertEquals(200, taken.statusCode());
        assertTrue(taken.body().contains("Thank you. The desk will look at your report."));
        String afterReport =
                Api.anonymous().send(Api.anonymous().request(readUrl).GET()).body();
        assertFalse(afterReport.contains("Thank you"), "the thanks are for the one who reported");
        String etag = again.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                304,
                Api.anonymous()
                        .send(Api.anonymous()
                                .request(ServerUrls.base()
                                        .resolve("read/" + slug)
                                        .toString())
                                .header("If-None-Match", etag)
                                .GET())
                        .statusCode());

        assertProblem(copyEditor.postJson("corrections/" + cid + "/apply", "{}"), 403);
        HttpResponse<String> applied = editor.postJson("corrections/" + cid + "/apply", "{}");
        assertEquals(200, applied.statusCode(), applied.body());
        assertEquals("APPLIED", json(applied).getString("status"));

        String page = Api.anonymous()
                .send(Api.anonymous()
                        .request(ServerUrls.base().resolve("read/" + slug).toString())
                        .GET())
                .body();
        assertTrue(
                page.contains("60 centimeters") && !page.contains("More than 80 centimeters"),
                "the new revision is live at once (the kept page is dropped when the correction is applied)");
        assertTrue(page.contains("Correction, "), page);
        assertTrue(page.contains("An earlier version said 80 centimeters"), "the notice is under the story");
        assertTrue(page.contains("\"@type\":\"CorrectionComment\""), "schema.org JSON-LD");

        String log = Api.anonymous()
                .send(Api.anonymous()
                        .request(ServerUrls.base().resolve("corrections").toString())
                        .GET())
                .body();
        assertTrue(log.contains("An earlier version said 80 centimeters"), "the public log lists it");

        HttpResponse<String> atom = Api.anonymous()
                .send(Api.anonymous()
                        .request(ServerUrls.base().resolve("corrections.atom").toString())
                        .GET());
        assertEquals(200, atom.statusCode());
        assertTrue(atom.headers().firstValue("Content-Type").orElseThrow().startsWith("application/atom+xml"));
        SyndFeed feed = parse(atom.body());
        assertTrue(
                feed.getEntries().stream().anyMatch(e -> e.getTitle().contains("Heavy snow cuts off towns")),
                "the feed has the entry");

        // A typo fix needs no notice, a copy editor may apply it, and it shows no public notice.
        String typo = Json.createObjectBuilder()
                .add("kind", "TYPO")
                .add("blockKey", key)
                .add("before", "overnight")
                .add("after", "over night")
                .add("reason", "House style")
                .build()
                .toString();
        long tid = json(copyEditor.postJson("stories/" + id + "/corrections", typo))
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200, copyEditor.postJson("corrections/" + tid + "/apply", "{}").statusCode());
        String after = Api.anonymous()
                .send(Api.anonymous()
                        .request(ServerUrls.base().resolve("read/" + slug).toString())
                        .GET())
                .body();
        assertFalse(after.contains("Typo fix"), "typo fixes are logged without a public notice");
    }

    @Test
    void aRejectedCorrectionChangesNothing() {
        long id = Desks.importCopy(Texts.story("hokkaido-snow.txt"));
        Desks.toCopyDesk(id);
        Desks.signOffAndPublish(id);
        String key = json(reporter.get("stories/" + id))
                .getJsonArray("blocks")
                .getJsonObject(0)
                .getString("key");
        long cid = json(reporter.postJson(
                        "stories/" + id + "/corrections",
                        Json.createObjectBuilder()
                                .add("kind", "CLARIFICATION")
                                .add("blockKey", key)
                                .add("before", "Tuesday")
                                .add("after", "Wednesday")
                                .add("reason", "Reader says Wednesday")
                                .add("notice", "The roads closed on Wednesday.")
                                .build()
                                .toString()))
                .getJsonNumber("id")
                .longValue();
        assertProblem(editor.postJson("corrections/" + cid + "/reject", "{\"reason\":\"\"}"), 400);
        assertEquals(
                200,
                editor.postJson("corrections/" + cid + "/reject", "{\"reason\":\"The agency confirms Tuesday\"}")
                        .statusCode());
        assertTrue(block(id, 0).contains("Tuesday"));
        assertProblem(editor.postJson("corrections/" + cid + "/apply", "{}"), 400);
    }

    private static SyndFeed parse(String xml) {
        try {
            return new SyndFeedInput().build(new StringReader(xml));
        } catch (Exception e) {
            throw new AssertionError("the Atom feed is not valid: " + e.getMessage() + "\n" + xml, e);
        }
    }
}
