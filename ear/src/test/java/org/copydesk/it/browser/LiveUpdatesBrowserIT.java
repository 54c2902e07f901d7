package org.copydesk.it.browser;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.copydesk.it.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two people at once, in two Chromium sessions: the reporter submits a story and the editor's dashboard
 * and bell change without a reload; the editor saves it and the reporter, who has it open, is told at
 * once; the editor mentions the reporter in a note and it reaches the reporter at once.
 */
class LiveUpdatesBrowserIT extends BrowserTest {

    private WebDriver second;
    private Desk editorDesk;

    @BeforeEach
    void openSecondBrowser() {
        second = Browsers.chromium();
        editorDesk = new Desk(second);
    }

    @AfterEach
    void closeSecondBrowser() {
        second.quit();
    }

    private static WebDriverWait live(WebDriver driver) {
        // a push must arrive well within this, never after a reload: no test step reloads in between
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static void awaitConnected(WebDriver driver, String channel) {
        live(driver).until(d -> "open".equals(d.findElement(By.id("cd-live")).getAttribute("data-live-" + channel)));
    }

    private static int bell(WebDriver driver) {
        return Integer.parseInt(
                driver.findElement(By.id("bell-count")).getText().strip());
    }

    /** Marks the page, so the test can tell a page changed live from a page loaded again. */
    private static void markPage(WebDriver driver) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.cdSamePage = 'yes';");
    }

    private static void assertSamePage(WebDriver driver) {
        assertEquals(
                "yes",
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.cdSamePage;"),
                "the page was not reloaded");
    }

    @Test
    void submitSaveAndMentionReachTheOtherPersonWithoutAReload() {
        String headline = "Night buses return " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Api.as("reporter")
                .postJson(
                        "stories",
                        Api.story(
                                headline,
                                "Night buses return to the city centre from Friday, the transport office said."));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();

        // The editor watches the dashboard; the reporter has the story open.
        editorDesk.signIn("editor");
        awaitConnected(second, "notify");
        assertFalse(editorDesk.text("queue-sourcing").contains(headline));
        int editorBell = bell(second);
        markPage(second);

        desk.signIn("reporter");
        desk.openStory(id);
        awaitConnected(browser, "story");
        awaitConnected(browser, "notify");

        // 1. The reporter submits: the editor's queue and bell change on the page they have open.
        desk.move("Submit for sourcing review", null);
        desk.expectState("SOURCING_REVIEW");
        long t0 = System.nanoTime();
        live(second).until(d -> d.findElement(By.id("queue-sourcing")).getText().contains(headline));
        live(second).until(d -> bell(d) == editorBell + 1);
        long queueMs = (System.nanoTime() - t0) / 1_000_000;
        assertSamePage(second);
        assertTrue(second.findElement(By.id("cd-toast")).getText().contains(headline), "a toast says what came in");
        Browsers.screenshot(second, "live-dashboard-bell");
        System.out.println("LiveUpdatesBrowserIT: the editor's queue and bell changed " + queueMs
                + " ms after the reporter's submit (no reload)");

        // 2. The editor opens it and saves; the reporter, who has it open, is told at once.
        awaitConnected(browser, "story");
        markPage(browser);
        assertTrue(browser.findElement(By.id("live-notice")).getAttribute("hidden") != null, "no notice yet");
        editorDesk.openStory(id);
        awaitConnected(second, "story");
        editorDesk.typeAtEndOfLine(0, " Tickets cost the same.");
        editorDesk.byId("tabs:editor:reason").sendKeys("Added the fares");
        editorDesk.clickButton("Save");
        assertTrue(editorDesk.text("workflow:messages").contains("Saved as revision 2."));
        t0 = System.nanoTime();
        live(browser).until(d -> d.findElement(By.id("live-notice")).isDisplayed());
        long saveMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(
                "editor saved this story.",
                browser.findElement(By.id("live-notice-text")).getText());
        assertSamePage(browser);
        Browsers.screenshot(browser, "live-saved-notice");
        System.out.println(
                "LiveUpdatesBrowserIT: the reporter saw \"editor saved this story\" " + saveMs + " ms after the save");
        // the editor's own page says nothing about the editor's own save
        assertFalse(second.findElement(By.id("live-notice")).isDisplayed());

        // 3. The editor mentions the reporter in a note: the reporter's bell and notes panel change live.
        int reporterBell = bell(browser);
        editorDesk.byId("notes:text").sendKeys("@reporter which operator runs the night buses?");
        editorDesk.clickButton("Add note");
        assertTrue(editorDesk.text("notes").contains("which operator runs the night buses?"));
        t0 = System.nanoTime();
        live(browser).until(d -> bell(d) == reporterBell + 1);
        live(browser)
                .until(d -> d.findElement(By.id("notes")).getText().contains("which operator runs the night buses?"));
        long mentionMs = (System.nanoTime() - t0) / 1_000_000;
        assertSamePage(browser);
        assertTrue(
                browser.findElement(By.id("cd-toast")).getText().contains("editor mentioned you"),
                browser.findElement(By.id("cd-toast")).getText());
        assertEquals(
                "@reporter",
                browser.findElement(By.cssSelector("#notes .cd-mention")).getText());
        Browsers.screenshot(browser, "bell");
        System.out.println(
                "LiveUpdatesBrowserIT: the mention reached the reporter " + mentionMs + " ms after the note");

        // The reporter's notifications list links to the story and marks read.
        desk.byId("account:bell").click();
        desk.byId("inbox:list:0:open");
        assertTrue(desk.text("inbox").contains("editor mentioned you on “" + headline + "”"));
        assertTrue(desk.text("inbox").contains("editor saved your story “" + headline + "”"));
        Browsers.screenshot(browser, "notifications");
        int before = bell(browser);
        desk.clickButton("Mark all read");
        assertEquals(0, bell(browser));
        assertTrue(before > 0);
    }
}
