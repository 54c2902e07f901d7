package org.copydesk.it.browser;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.copydesk.it.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The notes panel in Chromium: write, reply, a note on a block, edit with history, delete. */
class NotesBrowserIT extends BrowserTest {

    private void until(java.util.function.BooleanSupplier condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> condition.getAsBoolean());
    }

    @Test
    void writeReplyAnchorEditWithHistoryAndDelete() {
        String headline = "Water main bursts " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Api.as("reporter")
                .postJson(
                        "stories",
                        Api.story(
                                headline,
                                "A water main burst under Station Road on Monday, the utility said.",
                                "Repairs take two days."));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();

        desk.signIn("reporter");
        desk.openStory(id);
        assertTrue(desk.text("notes").contains("No notes yet."));

        desk.byId("notes:text").sendKeys("Check the road name with @editor <b>now</b>");
        desk.clickButton("Add note");
        assertTrue(desk.text("notes").contains("Note added."));
        assertEquals(
                "@editor",
                desk.byId("notes").findElement(By.cssSelector(".cd-mention")).getText());
        assertTrue(desk.text("notes").contains("Check the road name with @editor <b>now</b>"), "the text is escaped");

        // a reply in the thread
        desk.byId("notes:threads:0:reply").sendKeys("The utility's statement says Station Road.");
        desk.clickButton("Reply");
        assertTrue(desk.text("notes").contains("The utility's statement says Station Road."));
        assertEquals(1, browser.findElements(By.cssSelector("#notes .cd-reply")).size());

        // a note on the second block: the cursor in it, then "Note on this line" in the surface's toolbar
        desk.typeAtEndOfLine(1);
        browser.findElement(By.id("note-on-line")).click();
        until(() -> desk.text("notes:anchor").contains("Repairs take two days."));
        desk.byId("notes:text").sendKeys("Two days, or until Thursday?");
        desk.clickButton("Add note");
        assertTrue(desk.text("notes").contains("On “Repairs take two days.”"));

        // edit the first note: its history keeps the earlier text
        desk.retrying(() -> browser.findElement(By.id("notes:threads:0:edit")).click());
        var edit = desk.byId("notes:threads:0:editText");
        edit.clear();
        edit.sendKeys("Road name confirmed: Station Road. Thanks @editor");
        desk.clickButton("Save note");
        until(() -> desk.text("notes").contains("Road name confirmed: Station Road. Thanks @editor"));
        assertTrue(desk.text("notes").contains("edited"));
        assertEquals(
                "@editor",
                browser.findElement(By.cssSelector("#notes .cd-mention")).getText());
        desk.clickButton("History");
        String history = desk.text("notes");
        assertTrue(history.contains("Edited by reporter"), history);
        assertTrue(history.contains("it said:\nCheck the road name with @editor <b>now</b>"), history);
        Browsers.screenshot(browser, "notes");

        // delete the reply: it stays as "note deleted"
        desk.retrying(() ->
                browser.findElement(By.id("notes:threads:0:replies:0:delete")).click());
        until(() -> desk.text("notes").contains("note deleted"));
        assertFalse(desk.text("notes").contains("The utility's statement says Station Road."));
        desk.signOut();

        // another user sees the notes but no edit or delete on them
        desk.signIn("editor");
        desk.openStory(id);
        assertTrue(desk.text("notes").contains("Road name confirmed: Station Road."));
        assertTrue(browser.findElements(By.cssSelector("#notes button[id$=':edit']"))
                .isEmpty());
        assertTrue(browser.findElements(By.cssSelector("#notes button[id$=':delete']"))
                .isEmpty());
    }

    /**
     * Notifications lead somewhere: the reporter clicks a mention and lands on that note, marked read; a story
     * returned to them shows the editor's note at the top; "@" offers colleagues' names as a note is typed.
     */
    @Test
    void aNotificationOpensItsNoteAReturnNoteShowsAndAtOffersNames() {
        String headline = "Night buses " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Api.as("reporter")
                .postJson("stories", Api.story(headline, "The night buses run again from Friday, the operator said."));
        long id = json(created).getJsonNumber("id").longValue();
        assertEquals(
                200,
                Api.as("reporter")
                        .postJson("stories/" + id + "/transitions", "{\"to\":\"SOURCING_REVIEW\"}")
                        .statusCode());
        HttpResponse<String> note = Api.as("editor")
                .postJson("stories/" + id + "/notes", "{\"text\":\"@reporter which operator runs the night buses?\"}");
        assertEquals(201, note.statusCode(), note.body());
        long noteId = json(note).getJsonNumber("id").longValue();
        HttpResponse<String> back = Api.as("editor")
                .postJson(
                        "stories/" + id + "/transitions",
                        "{\"to\":\"DRAFT\",\"note\":\"Name the operator in the first paragraph.\"}");
        assertEquals(200, back.statusCode(), back.body());

        desk.signIn("reporter");
        desk.open("desk/notifications.xhtml");
        By mention = By.xpath(
                "//a[contains(@class,'cd-notification-link') and contains(., 'mentioned you') and contains(., '"
                        + headline + "')]");
        until(() -> !browser.findElements(mention).isEmpty());
        browser.findElement(mention).click();
        until(() -> browser.getCurrentUrl().endsWith("#note-" + noteId));
        assertTrue(browser.getCurrentUrl().contains("/desk/story.xhtml?id=" + id), browser.getCurrentUrl());
        until(() -> browser.findElement(By.id("note-" + noteId))
                .getText()
                .contains("which operator runs the night buses?"));
        String unread = Api.as("reporter").get("notifications?unread=true").body();
        assertFalse(unread.contains("\"noteId\":" + noteId), "opening it marked it read: " + unread);

        // the return note, at the top of the story, for its reporter
        assertTrue(desk.text("return-note").contains("Returned by editor"), desk.text("return-note"));
        assertTrue(desk.text("return-note").contains("Name the operator in the first paragraph."));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        Browsers.screenshot(browser, "return-note");

        // "@" offers names as the note is typed; choosing one writes it
        desk.byId("notes:text").sendKeys("Asked @ed");
        By offered = By.cssSelector(".ui-autocomplete-panel li[data-item-value='@editor'], .ui-autocomplete-items li");
        until(() -> browser.findElements(offered).stream()
                .anyMatch(e -> e.isDisplayed() && e.getText().equals("@editor")));
        browser.findElements(offered).stream()
                .filter(e -> e.getText().equals("@editor"))
                .findFirst()
                .orElseThrow()
                .click();
        until(() -> desk.byId("notes:text").getAttribute("value").contains("Asked @editor"));
    }
}
