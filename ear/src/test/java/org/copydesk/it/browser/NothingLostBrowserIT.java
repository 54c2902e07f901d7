package org.copydesk.it.browser;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.copydesk.it.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Nothing typed in the story editor is lost (docs/editor.md): Enter in the reason saves, a move saves the
 * edits first, the address keeps the story after every action, leaving with unsaved edits asks first, and
 * a working copy kept while typing comes back after the tab was left.
 */
class NothingLostBrowserIT extends BrowserTest {

    private final Api reporterApi = Api.as("reporter");

    private long createDraft(String headline, String... paragraphs) {
        HttpResponse<String> created = reporterApi.postJson("stories", Api.story(headline, paragraphs));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    private JsonObject story(long id) {
        return json(reporterApi.get("stories/" + id));
    }

    private String firstParagraph(long id) {
        return story(id).getJsonArray("blocks").getJsonObject(0).getString("text");
    }

    /** The text of the body's first block on the writing surface. */
    private String firstLine() {
        return desk.line(0);
    }

    private boolean leavingAsks() {
        return (Boolean)
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;");
    }

    /** Records in the tab's session storage whether the page asked before it was left (read by {@link #askedOnLeave}). */
    private void watchLeaving() {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "sessionStorage.removeItem('asked');"
                                + "window.addEventListener('beforeunload', function (e) { sessionStorage.setItem('asked', String(e.defaultPrevented)); });");
    }

    private String askedOnLeave() {
        return (String) ((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('asked');");
    }

    private void waitUntilKept() {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("tabs:editor:kept")).getText().contains("kept at"));
    }

    @Test
    void enterInTheReasonSavesAndTheAddressKeepsTheStoryThroughAReload() {
        long id = createDraft("Harbour dredging " + UUID.randomUUID(), "Dredging starts in May.");
        desk.signIn("reporter");
        desk.openStory(id);

        desk.typeAtEndOfLine(0, " It will take six weeks.");
        assertTrue(leavingAsks(), "leaving with an unsaved edit asks first");
        WebElement reason = desk.byId("tabs:editor:reason");
        watchLeaving();
        reason.sendKeys("Added the duration", Keys.ENTER);

        assertTrue(desk.shows("workflow:messages", "Saved as revision 2."), desk.text("workflow:messages"));
        assertEquals("Dredging starts in May. It will take six weeks.", firstParagraph(id));
        assertTrue(browser.getCurrentUrl().contains("story.xhtml?id=" + id), browser.getCurrentUrl());
        assertEquals("false", askedOnLeave(), "saving does not ask before leaving the page");
        assertFalse(leavingAsks(), "nothing unsaved after the save");

        browser.navigate().refresh();
        desk.expectState("DRAFT");
        assertEquals("Dredging starts in May. It will take six weeks.", firstLine());
        assertEquals(2, story(id).getInt("revision"), "the reload saved nothing again");
        Browsers.screenshot(browser, "editor-saved-by-enter");
    }

    @Test
    void aMoveSavesTheEditsFirstAndSaysSoInTheReason() {
        long id = createDraft("Bridge repairs " + UUID.randomUUID(), "The bridge closes on Friday.");
        desk.signIn("reporter");
        desk.openStory(id);

        desk.typeAtEndOfLine(0, " Buses will replace the trams.");
        watchLeaving();
        desk.clickButton("Submit for sourcing review");

        desk.expectState("SOURCING_REVIEW");
        assertEquals("The bridge closes on Friday. Buses will replace the trams.", firstParagraph(id));
        JsonObject latest = json(reporterApi.get("stories/" + id + "/revisions"))
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("Saved before: Submit for sourcing review", latest.getString("reason"));
        assertTrue(browser.getCurrentUrl().contains("story.xhtml?id=" + id), browser.getCurrentUrl());
        assertTrue(desk.text("workflow:messages").contains("sourcing review"), desk.text("workflow:messages"));
        assertEquals("false", askedOnLeave(), "a move that saves first does not ask before leaving the page");
    }

    @Test
    void aMoveWhoseSaveIsRefusedDoesNotMoveAndKeepsTheText() {
        long id = createDraft("Museum roof " + UUID.randomUUID(), "The roof leaks.");
        desk.signIn("reporter");
        desk.openStory(id);

        desk.byId("tabs:editor:headline").clear(); // a story needs a headline: the save is refused
        desk.typeAtEndOfLine(0, " Repairs start next year.");
        desk.clickButton("Submit for sourcing review");

        assertTrue(desk.shows("tabs:editor", "A story needs a headline."), desk.text("tabs:editor"));
        desk.expectState("DRAFT");
        assertEquals("The roof leaks. Repairs start next year.", firstLine(), "the text is still in the form");
        assertEquals("The roof leaks.", firstParagraph(id));
        assertTrue(leavingAsks(), "the refused text is still unsaved, and leaving asks");
    }

    @Test
    void aWorkingCopyKeptWhileTypingComesBackAndCanBeRestoredOrDiscarded() {
        long id = createDraft("Tram timetable " + UUID.randomUUID(), "Trams run every ten minutes.");
        desk.signIn("reporter");
        desk.openStory(id);

        desk.typeAtEndOfLine(0, " From June, every eight.");
        waitUntilKept();
        assertEquals("Trams run every ten minutes.", firstParagraph(id), "a working copy is not a revision");

        // the tab is left behind (closed, crashed): the story is opened again elsewhere
        browser.switchTo().newWindow(WindowType.TAB);
        desk.openStory(id);
        WebElement offer = desk.byId("tabs:editor:offer");
        assertTrue(offer.getText().contains("Unsaved changes from"), offer.getText());
        Browsers.screenshot(browser, "editor-working-copy-offered");
        org.openqa.selenium.Dimension wide = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844)); // a phone
        assertTrue(desk.byId("tabs:editor:restore").isDisplayed());
        Browsers.screenshot(browser, "editor-working-copy-offered-phone");
        browser.manage().window().setSize(wide);
        assertEquals("Trams run every ten minutes.", firstLine());

        desk.clickButton("Restore them");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "Trams run every ten minutes. From June, every eight.".equals(firstLine()));
        assertTrue(desk.shows("workflow:messages", "Restored your unsaved changes"), desk.text("workflow:messages"));
        assertTrue(leavingAsks(), "restored text is unsaved until it is saved");
        desk.byId("tabs:editor:reason").sendKeys("Summer timetable");
        desk.clickButton("Save");
        assertTrue(desk.shows("workflow:messages", "Saved as revision 2."), desk.text("workflow:messages"));
        assertEquals("Trams run every ten minutes. From June, every eight.", firstParagraph(id));
        assertTrue(browser.findElements(By.id("tabs:editor:offer")).isEmpty(), "saved: nothing more to offer");

        // typed again, kept, and this time discarded
        desk.typeAtEndOfLine(0, " Night trams too.");
        waitUntilKept();
        browser.switchTo().newWindow(WindowType.TAB);
        desk.openStory(id);
        desk.clickButton("Discard them");
        assertTrue(desk.shows("workflow:messages", "Discarded your unsaved changes"), desk.text("workflow:messages"));
        browser.navigate().refresh();
        desk.expectState("DRAFT");
        assertTrue(browser.findElements(By.id("tabs:editor:offer")).isEmpty(), "a discarded copy is not offered again");
        assertEquals("Trams run every ten minutes. From June, every eight.", firstLine());
    }

    @Test
    void aRevisionIsRestoredFromTheHistoryAndADraftIsSpikedAndUnspiked() {
        String headline = "Library hours " + UUID.randomUUID();
        long id = createDraft(headline, "The library opens at nine.");
        JsonObject first = story(id);
        assertEquals(
                200,
                reporterApi
                        .putJson(
                                "stories/" + id,
                                "\"" + first.getJsonNumber("version") + "\"",
                                Api.story(headline, "The library opens at ten."))
                        .statusCode());
        desk.signIn("reporter");
        desk.openStory(id);

        browser.findElement(By.linkText("History")).click();
        desk.clickButton("Restore");
        assertTrue(
                desk.shows("workflow:messages", "Restored revision 1 as revision 3."), desk.text("workflow:messages"));
        assertEquals("The library opens at nine.", firstLine());
        assertEquals("The library opens at nine.", firstParagraph(id));
        assertTrue(browser.getCurrentUrl().contains("story.xhtml?id=" + id), browser.getCurrentUrl());

        desk.clickButton("Spike");
        desk.expectState("SPIKED");
        assertTrue(desk.text("tabs:editor:readonly").contains("unspike"), desk.text("tabs:editor:readonly"));
        desk.open("desk/dashboard.xhtml");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains("My spiked drafts"));
        assertTrue(browser.getPageSource().contains(headline), "the spiked draft is in the reporter's Spiked queue");
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'start'});",
                        browser.findElement(By.xpath("//*[normalize-space(text())='My spiked drafts']")));
        Browsers.screenshot(browser, "dashboard-spiked");

        desk.openStory(id);
        desk.clickButton("Unspike (back to drafts)");
        desk.expectState("DRAFT");
        assertEquals("The library opens at nine.", firstLine(), "nothing was lost");
    }

    @Test
    void ctrlSSavesBlockTypesHaveKeysAndNamesAndWordsAreCounted() {
        long id = createDraft("Park benches " + UUID.randomUUID(), "New benches arrive in April.", "Where they go");
        desk.signIn("reporter");
        desk.openStory(id);
        assertEquals("11 words", desk.text("word-count"), "headline (3) and body (5 + 3)");

        desk.typeAtEndOfLine(0, " Forty of them — 10,000 in all.");
        assertEquals("PARAGRAPH", desk.pressedType(), "the toolbar names the type of the line the cursor is in");
        assertEquals(
                "17 words",
                desk.text("word-count"),
                "counted as the server counts: the dash is no word, " + "10,000 is one");
        desk.typeAtEndOfLine(1, Keys.chord(Keys.CONTROL, Keys.ALT, "2")); // the second block becomes a subheading
        assertEquals("SUBHEADING", desk.lineType(1));
        assertEquals("SUBHEADING", desk.pressedType());
        desk.typeOnSurface(Keys.chord(Keys.CONTROL, "s"));
        assertTrue(desk.shows("workflow:messages", "Saved as revision 2."), desk.text("workflow:messages"));
        JsonObject saved = story(id);
        assertEquals("New benches arrive in April. Forty of them — 10,000 in all.", firstParagraph(id));
        assertEquals("SUBHEADING", saved.getJsonArray("blocks").getJsonObject(1).getString("type"));
    }
}
