package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.copydesk.it.api.StoryApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.junit.jupiter.api.Test;

/**
 * The day's budget: an editor sets a story's deadline and length target; the budget of that day lists it under its
 * first section with its word count now, state and times; a scheduled story is on the day it is due; only editors
 * plan; bad input is problem+json; the plan is in the audit record.
 */
class BudgetApiIT extends ApiTest {

    private static JsonObject line(JsonObject budget, long id) {
        for (JsonValue section : budget.getJsonArray("sections")) {
            for (JsonValue line : section.asJsonObject().getJsonArray("lines")) {
                if (line.asJsonObject().getJsonNumber("id").longValue() == id) {
                    return line.asJsonObject();
                }
            }
        }
        return null;
    }

    private static String sectionOf(JsonObject budget, long id) {
        for (JsonValue section : budget.getJsonArray("sections")) {
            for (JsonValue line : section.asJsonObject().getJsonArray("lines")) {
                if (line.asJsonObject().getJsonNumber("id").longValue() == id) {
                    return section.asJsonObject().getString("name");
                }
            }
        }
        return null;
    }

    @Test
    void anEditorPlansAStoryAndTheDaysBudgetListsItWithItsLengthNow() {
        HttpResponse<String> created = reporter.postJson(
                "stories",
                "{\"headline\":\"Tram depot opens "
                        + UUID.randomUUID().toString().substring(0, 6) + "\",\"sections\":[\"Japan\",\"World News\"],"
                        + "\"blocks\":[{\"type\":\"PARAGRAPH\",\"text\":\"The new tram depot opens on the east side.\"}]}");
        long id = json(created).getJsonNumber("id").longValue();
        // a deadline well inside a day (the test server's newsroom zone is UTC)
        Instant deadline = Instant.now()
                .plus(2, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.DAYS)
                .plus(15, ChronoUnit.HOURS);
        String day = deadline.atZone(ZoneOffset.UTC).toLocalDate().toString();

        assertProblem(reporter.putJson("stories/" + id + "/plan", null, "{\"deadline\":\"" + deadline + "\"}"), 403);
        assertProblem(editor.putJson("stories/" + id + "/plan", null, "{\"lengthTarget\":10}"), 400);
        assertProblem(editor.putJson("stories/" + id + "/plan", null, "{\"deadline\":\"soon\"}"), 400);
        HttpResponse<String> planned = editor.putJson(
                "stories/" + id + "/plan", null, "{\"deadline\":\"" + deadline + "\",\"lengthTarget\":600}");
        assertEquals(200, planned.statusCode(), planned.body());
        assertEquals(600, json(planned).getInt("lengthTarget"));
        assertEquals(deadline, Instant.parse(json(planned).getString("deadline")));

        JsonObject budget = json(copyEditor.get("budget?day=" + day));
        assertEquals(day, budget.getString("day"));
        JsonObject line = line(budget, id);
        assertTrue(line != null, "the story is on its deadline's day: " + budget);
        assertEquals("Japan", sectionOf(budget, id), "listed under its first section");
        assertEquals(600, line.getInt("lengthTarget"));
        assertEquals(13, line.getInt("words"), "headline and body counted: " + line);
        assertEquals("DRAFT", line.getString("state"));
        assertEquals(
                null,
                line(
                        json(editor.get("budget?day="
                                + deadline.minus(1, ChronoUnit.DAYS)
                                        .atZone(ZoneOffset.UTC)
                                        .toLocalDate())),
                        id),
                "not on the day before");

        // the word count follows the text
        JsonObject story = json(reporter.get("stories/" + id));
        HttpResponse<String> saved = reporter.putJson(
                "stories/" + id,
                "\"" + story.getInt("version") + "\"",
                "{\"headline\":\"" + story.getString("headline") + "\",\"sections\":[\"Japan\"],\"blocks\":["
                        + "{\"type\":\"PARAGRAPH\",\"text\":\"The new tram depot opens on the east side.\"},"
                        + "{\"type\":\"PARAGRAPH\",\"text\":\"It houses forty trams.\"}]}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(17, line(json(editor.get("budget?day=" + day)), id).getInt("words"));

        // cleared: off the budget
        assertEquals(200, editor.putJson("stories/" + id + "/plan", null, "{}").statusCode());
        assertEquals(null, line(json(editor.get("budget?day=" + day)), id));
        String audit = editor.get("stories/" + id + "/audit").body();
        assertTrue(audit.contains("Deadline ") && audit.contains("Length target 600 words"), audit);
        assertProblem(editor.get("budget?day=2026-02-30"), 400, "not a date");
    }

    @Test
    void aScheduledStoryIsOnTheBudgetOfTheDayItIsDue() {
        long id = Desks.ready(
                "Ferry fares " + UUID.randomUUID().toString().substring(0, 6),
                "Ferry fares rise in spring, the operator said.");
        Instant due = Instant.now()
                .plus(3, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.DAYS)
                .plus(6, ChronoUnit.HOURS);
        assertEquals(
                200,
                editor.putJson("stories/" + id + "/schedule", null, "{\"publishAt\":\"" + due + "\"}")
                        .statusCode());
        JsonObject line = line(
                json(Api.as("reporter")
                        .get("budget?day=" + due.atZone(ZoneOffset.UTC).toLocalDate())),
                id);
        assertTrue(line != null);
        assertEquals(due, Instant.parse(line.getString("publishAt")));
        assertEquals("READY", line.getString("state"));
    }
}
