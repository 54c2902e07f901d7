package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.copydesk.it.api.StoryApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.DeskSession;
import org.copydesk.it.Desks;
import org.copydesk.it.Readers;
import org.copydesk.it.ServerUrls;
import org.junit.jupiter.api.Test;

/**
 * Corrections as a desk expects (docs/copydesk.md): a reader's report answered by a correction and RESOLVED
 * when it is applied; the four-eyes rule; the reader's address shown nowhere; fixes made before publication
 * kept out of the public log, feed and notices; notifications of reports and applied corrections; errors on
 * desk pages shown in the desk.
 */
class CorrectionsDeskApiIT extends ApiTest {

    /** A published story of one paragraph; answers its id. */
    private long published(String headline, String paragraph) {
        return Desks.published(headline, paragraph);
    }

    private JsonObject story(long id) {
        return json(reporter.get("stories/" + id));
    }

    private String key(long id) {
        return story(id).getJsonArray("blocks").getJsonObject(0).getString("key");
    }

    private List<JsonObject> corrections(Api as, long storyId) {
        return Api.parse(as.get("stories/" + storyId + "/corrections").body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    /** The stored report with these words, sent from the reader's own address; answers its id. */
    private long report(long storyId, String text, String contact, String from) {
        Readers.Answer answer = Readers.report(story(storyId).getString("slug"), text, contact, from);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.body().contains("Thank you. The desk will look at your report."), answer.body());
        return corrections(editor, storyId).stream()
                .filter(c -> c.getBoolean("fromReader") && text.equals(c.getString("reason")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no report " + text))
                .getJsonNumber("id")
                .longValue();
    }

    private JsonObject correction(long id) {
        HttpResponse<String> found = editor.get("corrections/" + id);
        assertEquals(200, found.statusCode(), found.body());
        return json(found);
    }

    private static JsonObjectBuilder proposal(String kind, String key, String before, String after) {
        JsonObjectBuilder p = Json.createObjectBuilder()
                .add("kind", kind)
                .add("blockKey", key)
                .add("before", before)
                .add("after", after)
                .add("reason", "Checked with the source");
        return "TYPO".equals(kind)
                ? p
                : p.add("notice", "An earlier version said " + before + "; it is " + after + ".");
    }

    private long propose(Api as, long storyId, JsonObjectBuilder proposal) {
        HttpResponse<String> proposed = as.postJson(
                "stories/" + storyId + "/corrections", proposal.build().toString());
        assertEquals(201, proposed.statusCode(), proposed.body());
        return json(proposed).getJsonNumber("id").longValue();
    }

    private List<Long> pendingIds() {
        return json(editor.get("corrections?pending=true&size=100")).getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aReportTurnedIntoACorrectionIsResolvedWhenTheCorrectionIsApplied() {
        long id = published("Rates held " + unique(), "The bank kept rates at 4 percent on Tuesday.");
        String reader = Readers.freshAddress();
        long reportId = report(id, "The rate was 4.25 percent, not 4. " + unique(), "reader@example.org", reader);
        JsonObject report = correction(reportId);
        assertEquals("PROPOSED", report.getString("status"));
        assertEquals("reader", report.getString("proposedBy"));
        assertEquals("reader@example.org", report.getString("readerContact"));
        assertTrue(pendingIds().contains(reportId), "the report waits in the desk's queue");

        // the copy desk turns it into a correction that resolves it
        long cid = propose(
                copyEditor,
                id,
                proposal("CORRECTION", key(id), "4 percent", "4.25 percent").add("resolves", reportId));
        report = correction(reportId);
        assertEquals("PROPOSED", report.getString("status"), "the report waits for its correction");
        assertEquals(cid, report.getJsonNumber("resolvedBy").longValue());
        assertFalse(pendingIds().contains(reportId), "the correction stands for it in the queue");
        assertTrue(pendingIds().contains(cid));

        HttpResponse<String> applied = editor.postJson("corrections/" + cid + "/apply", "{}");
        assertEquals(200, applied.statusCode(), applied.body());
        report = correction(reportId);
        assertEquals("RESOLVED", report.getString("status"), "resolved, not rejected: " + report);
        assertEquals(cid, report.getJsonNumber("resolvedBy").longValue());
        assertEquals("editor", report.getString("decidedBy"));
        assertTrue(story(id)
                .getJsonArray("blocks")
                .getJsonObject(0)
                .getString("text")
                .contains("4.25 percent"));

        // a second reader reports the same error: linked to the applied correction, it is resolved at once
        long second = report(id, "It should say 4.25 percent. " + unique(), null, Readers.freshAddress());
        HttpResponse<String> linked =
                copyEditor.postJson("corrections/" + second + "/resolve", "{\"correctionId\":" + cid + "}");
        assertEquals(200, linked.statusCode(), linked.body());
        assertEquals("RESOLVED", json(linked).getString("status"));
        assertEquals(cid, json(linked).getJsonNumber("resolvedBy").longValue());

        // what cannot be linked
        assertProblem(copyEditor.postJson("corrections/" + second + "/resolve", "{\"correctionId\":" + cid + "}"), 400);
        long third = report(id, "The date is wrong too, I think. " + unique(), null, Readers.freshAddress());
        assertProblem(
                copyEditor.postJson("corrections/" + third + "/resolve", "{\"correctionId\":" + second + "}"), 400);
        assertProblem(copyEditor.postJson("corrections/" + cid + "/resolve", "{\"correctionId\":" + cid + "}"), 400);
        assertProblem(copyEditor.postJson("corrections/" + third + "/resolve", "{\"correctionId\":999999999}"), 404);
        assertProblem(copyEditor.postJson("corrections/" + third + "/resolve", "{}"), 400);
        assertProblem(admin.postJson("corrections/" + third + "/resolve", "{\"correctionId\":" + cid + "}"), 403);
        long other = published("Other story " + unique(), "Nothing to see on Monday.");
        long otherCorrection = propose(reporter, other, proposal("UPDATE", key(other), "Monday", "Tuesday"));
        assertProblem(
                copyEditor.postJson("corrections/" + third + "/resolve", "{\"correctionId\":" + otherCorrection + "}"),
                400);

        // a rejected answer resolves nothing: the report is open again, back in the queue
        long update = propose(
                reporter,
                id,
                proposal("UPDATE", key(id), "on Tuesday", "on Wednesday").add("resolves", third));
        assertFalse(pendingIds().contains(third));
        assertEquals(
                200,
                editor.postJson("corrections/" + update + "/reject", "{\"reason\":\"Tuesday is right\"}")
                        .statusCode());
        report = correction(third);
        assertEquals("PROPOSED", report.getString("status"));
        assertFalse(report.containsKey("resolvedBy") && !report.isNull("resolvedBy"), report.toString());
        assertTrue(pendingIds().contains(third));
    }

    @Test
    void theProposerOfACorrectionMayNotApplyItTypoFixesAreExempt() {
        long id = published("Bridge opens " + unique(), "The bridge opened on Friday after 2,000 days of work.");
        String key = key(id);
        for (String kind : List.of("CORRECTION", "CLARIFICATION", "UPDATE")) {
            long own = propose(editor, id, proposal(kind, key, "Friday", "Saturday"));
            HttpResponse<String> refused = editor.postJson("corrections/" + own + "/apply", "{}");
            assertProblem(refused, 403);
            assertTrue(json(refused).getString("detail").contains("four-eyes rule"), refused.body());
            assertTrue(
                    json(refused).getString("detail").contains("You proposed this " + kind.toLowerCase()),
                    refused.body());
            assertEquals("PROPOSED", correction(own).getString("status"));
            assertEquals(
                    200,
                    editor.postJson("corrections/" + own + "/reject", "{\"reason\":\"Withdrawn\"}")
                            .statusCode(),
                    "a proposer may still withdraw (reject) their own");
        }
        assertTrue(story(id)
                .getJsonArray("blocks")
                .getJsonObject(0)
                .getString("text")
                .contains("Friday"));

        long typo = propose(copyEditor, id, proposal("TYPO", key, "2,000", "2000"));
        assertEquals(
                200, copyEditor.postJson("corrections/" + typo + "/apply", "{}").statusCode(), "typo fixes are exempt");
        long editorsTypo = propose(editor, id, proposal("TYPO", key, "bridge", "Bridge"));
        assertEquals(
                200,
                editor.postJson("corrections/" + editorsTypo + "/apply", "{}").statusCode());

        // someone else's proposal: applied as proposed, yes; rewritten while applying, no
        long reporters = propose(reporter, id, proposal("CORRECTION", key, "Friday", "Saturday"));
        HttpResponse<String> rewritten = editor.postJson(
                "corrections/" + reporters + "/apply", "{\"notice\":\"The editor's own wording of the notice.\"}");
        assertProblem(rewritten, 403);
        assertTrue(json(rewritten).getString("detail").contains("four-eyes rule"), rewritten.body());
        HttpResponse<String> same = editor.postJson(
                "corrections/" + reporters + "/apply", "{\"kind\":\"CORRECTION\",\"before\":\"Friday\"}");
        assertEquals(200, same.statusCode(), "the proposal's own values sent again change nothing: " + same.body());

        // a reader's report completed with words by the one who applies it: they wrote it
        long reportId =
                report(id, "The bridge opened on Sunday, I was there. " + unique(), null, Readers.freshAddress());
        HttpResponse<String> completed = editor.postJson(
                "corrections/" + reportId + "/apply",
                Json.createObjectBuilder()
                        .add("blockKey", key)
                        .add("before", "Saturday")
                        .add("after", "Sunday")
                        .add("notice", "An earlier version gave the wrong day.")
                        .build()
                        .toString());
        assertProblem(completed, 403);
    }

    @Test
    void theReadersAddressIsShownNowhereAndTheHourlyLimitStillCounts() {
        long id = published("Snow day " + unique(), "Schools closed in 12 towns on Monday.");
        String slug = story(id).getString("slug");
        String reader = Readers.freshAddress();
        String text = "It was 14 towns, the council says. " + unique();
        long reportId = report(id, text, "pat@example.org", reader);

        List<String> seen = new ArrayList<>();
        for (Api as : List.of(editor, copyEditor, reporter, admin)) {
            for (String path : List.of(
                    "corrections?pending=true&size=100",
                    "corrections/" + reportId,
                    "stories/" + id + "/corrections",
                    "notifications?size=100")) {
                HttpResponse<String> answer = as.get(path);
                assertEquals(200, answer.statusCode(), path + ": " + answer.body());
                seen.add(answer.body());
            }
        }
        seen.add(editor.get("stories/" + id + "/audit").body());
        DeskSession desk = DeskSession.signIn("editor");
        for (String page : List.of(
                "desk/dashboard.xhtml",
                "desk/story.xhtml?id=" + id,
                "desk/audit.xhtml?id=" + id,
                "desk/notifications.xhtml",
                "desk/story.xhtml?id=" + id + "&report=" + reportId,
                "desk/story.xhtml?id=" + id + "&report=" + reportId + "&mode=link")) {
            HttpResponse<String> answer = desk.get(page);
            assertEquals(200, answer.statusCode(), page);
            seen.add(answer.body());
        }
        assertTrue(seen.get(seen.size() - 2).contains("Turn the reader report into a correction"), "the form, filled");
        assertTrue(
                seen.get(seen.size() - 1).contains("cd-focus")
                        && seen.get(seen.size() - 1).contains("is highlighted below"),
                "the report, to link it");
        String all = String.join("\n", seen);
        assertTrue(all.contains(text), "the report itself is shown");
        assertTrue(all.contains("pat@example.org"), "with the contact the reader gave");
        assertFalse(all.contains(reader), "the reader's address " + reader + " is shown nowhere");
        assertFalse(all.contains(reader.replace('.', '-')) || all.contains(reader.replace(".", "%2E")));
        assertTrue(json(editor.get("corrections/" + reportId))
                .getString("proposedBy")
                .equals("reader"));

        // the hourly limit counts this reader's reports without their address being kept
        for (int i = 2; i <= 5; i++) {
            report(id, "Report number " + i + " about the towns " + unique(), null, reader);
        }
        Readers.Answer sixth = Readers.report(slug, "One report too many about the towns.", null, reader);
        assertEquals(429, sixth.status());
        assertTrue(sixth.body().contains("One report too many about the towns."), "the text is kept for the reader");
        assertEquals(
                200,
                Readers.report(slug, "Another reader, another address.", null, Readers.freshAddress())
                        .status());
    }

    @Test
    void fixesMadeBeforePublicationAreNotPublicCorrections() {
        String headline = "Ferry resumes " + unique();
        HttpResponse<String> created = reporter.postJson(
                "stories",
                Api.story(
                        headline,
                        "The ferry between Italy and Greece resumed: it carried 2,000 passengers to Grease on Tuesday."));
        long id = json(created).getJsonNumber("id").longValue();
        Desks.toCopyDesk(id);
        JsonObject finding = Api.parse(
                        copyEditor.get("stories/" + id + "/findings").body())
                .asJsonArray()
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> "Grease".equals(f.getString("covered")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding for Grease"));
        HttpResponse<String> fixed = copyEditor.postJson(
                "stories/" + id + "/findings/" + finding.getJsonNumber("id").longValue() + "/apply", "{}");
        assertEquals(200, fixed.statusCode(), fixed.body());
        Desks.signOffAndPublish(id);

        List<JsonObject> history = corrections(editor, id);
        assertEquals(1, history.size(), "the fix is in the story's history: " + history);
        assertEquals("TYPO", history.get(0).getString("kind"));
        assertEquals("APPLIED", history.get(0).getString("status"));
        assertTrue(editor.get("stories/" + id + "/audit").body().contains("Grease"), "and in its audit record");
        assertFalse(publicLogHas(id), "not in the public log");
        assertFalse(page("corrections").contains(headline), "nor on its page");
        assertFalse(page("corrections.atom").contains(headline), "nor in the feed");

        // a correction after publication is public, and its diff is by whole numbers
        long cid = propose(reporter, id, proposal("CORRECTION", key(id), "2,000 passengers", "1,500 passengers"));
        assertEquals(200, editor.postJson("corrections/" + cid + "/apply", "{}").statusCode());
        assertTrue(publicLogHas(id));
        String log = page("corrections");
        assertTrue(log.contains(headline));
        assertTrue(log.contains("<del>2,000</del><ins>1,500</ins> passengers"), "one number replaced, not digits");
        String atom = page("corrections.atom");
        assertTrue(atom.contains(headline));
        assertEquals(
                1, atom.split(java.util.regex.Pattern.quote(headline), -1).length - 1, "one entry, the correction");
        String read = page("read/" + story(id).getString("slug"));
        assertTrue(read.contains("An earlier version said 2,000 passengers"), "the notice is under the story");
        assertFalse(read.contains("Copy fix"), "the copy desk's fix is no notice");
    }

    private boolean publicLogHas(long storyId) {
        JsonArray items = json(editor.get("corrections?size=100")).getJsonArray("items");
        return items.stream()
                .anyMatch(c -> c.asJsonObject().getJsonNumber("storyId").longValue() == storyId);
    }

    private static String page(String path) {
        HttpResponse<String> answer = Api.anonymous()
                .send(Api.anonymous()
                        .request(ServerUrls.base().resolve(path).toString())
                        .GET());
        assertEquals(200, answer.statusCode(), path);
        return answer.body();
    }

    @Test
    void editorsHearOfReportsAndTheReporterOfAppliedCorrections() {
        String headline = "Market day " + unique();
        long id = published(headline, "The market opens at 9 on Saturdays.");
        long reportId = report(id, "It opens at 8, not 9. " + unique(), null, Readers.freshAddress());

        JsonObject told = notification(editor, id, "REPORT");
        assertTrue(
                told.getString("message").startsWith("A reader reported an error in “" + headline + "”: It opens at 8"),
                told.toString());
        assertEquals("reader", told.getString("actor"));
        assertTrue(
                notifications(copyEditor).stream()
                        .noneMatch(n ->
                                n.getJsonNumber("storyId").longValue() == id && "REPORT".equals(n.getString("kind"))),
                "editors decide reports");

        long cid = propose(
                copyEditor, id, proposal("CORRECTION", key(id), "at 9", "at 8").add("resolves", reportId));
        assertEquals(200, editor.postJson("corrections/" + cid + "/apply", "{}").statusCode());
        JsonObject corrected = notification(reporter, id, "CORRECTED");
        assertEquals(
                "editor applied a correction to your story “" + headline + "”, resolving a reader's report",
                corrected.getString("message"));
        assertEquals("editor", corrected.getString("actor"));
    }

    private static List<JsonObject> notifications(Api as) {
        return json(as.get("notifications?size=100")).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static JsonObject notification(Api as, long storyId, String kind) {
        return notifications(as).stream()
                .filter(n -> n.getJsonNumber("storyId").longValue() == storyId && kind.equals(n.getString("kind")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " notification for story " + storyId));
    }

    @Test
    void errorsOnDeskPagesAreShownInTheDeskWithTheWayBack() {
        DeskSession editorDesk = DeskSession.signIn("editor");
        for (String page :
                List.of("desk/story.xhtml?id=abc", "desk/sourcing.xhtml?id=abc", "desk/audit.xhtml?id=abc")) {
            assertDeskError(editorDesk.get(page), 404, "“abc” is not a story number");
        }
        for (String page : List.of("desk/story.xhtml", "desk/sourcing.xhtml", "desk/audit.xhtml?id=")) {
            assertDeskError(editorDesk.get(page), 404, "The address names no story");
        }
        for (String page : List.of(
                "desk/story.xhtml?id=987654321", "desk/sourcing.xhtml?id=987654321", "desk/audit.xhtml?id=987654321")) {
            assertDeskError(editorDesk.get(page), 404, "There is no story number 987654321.");
        }
        long id = json(reporter.postJson("stories", Api.story("Error pages " + unique(), "A paragraph.")))
                .getJsonNumber("id")
                .longValue();
        assertDeskError(editorDesk.get("desk/story.xhtml?id=" + id + "&report=abc"), 404, "report=abc");
        assertDeskError(editorDesk.get("desk/no-such-page.xhtml"), 404, "There is no desk page at this address.");
        String escaped = editorDesk
                .get("desk/story.xhtml?id=%3Cscript%3Ealert(1)%3C/script%3E")
                .body();
        assertFalse(escaped.contains("<script>alert(1)"), "the id is shown as text");

        DeskSession reporterDesk = DeskSession.signIn("reporter");
        HttpResponse<String> metrics = reporterDesk.get("desk/metrics.xhtml");
        assertDeskError(metrics, 403, "Only editors and admins may see the desk metrics.");
        assertTrue(metrics.body().contains("You are signed in as reporter"), metrics.body());
        long editorsStory = json(editor.postJson("stories", Api.story("The editor's own " + unique(), "Text.")))
                .getJsonNumber("id")
                .longValue();
        assertDeskError(
                reporterDesk.get("desk/audit.xhtml?id=" + editorsStory), 403, "Only editors, admins and the story");

        // readers keep the readers' page
        HttpResponse<String> publicMissing = Api.anonymous()
                .send(Api.anonymous()
                        .request(ServerUrls.base()
                                .resolve("read/no-such-story-" + unique())
                                .toString())
                        .GET());
        assertEquals(404, publicMissing.statusCode());
        assertTrue(publicMissing.body().contains("cd-masthead")
                && publicMissing.body().contains("Not found"));
        assertFalse(publicMissing.body().contains("cd-topbar"), "no desk look for readers");
    }

    private static void assertDeskError(HttpResponse<String> answer, int status, String says) {
        String body = answer.body();
        assertEquals(status, answer.statusCode(), body);
        assertTrue(body.contains("class=\"cd-topbar\""), "the desk's header: " + body);
        assertTrue(body.contains("cd-error"), body);
        assertTrue(body.contains(says), "says «" + says + "»: " + body);
        assertTrue(body.contains("Go to your dashboard"), "the way back: " + body);
        assertFalse(body.contains("cd-masthead"), "not the readers' page");
    }
}
