package org.copydesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import org.copydesk.it.Desks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Scheduling and embargoes in Chromium: an editor schedules a ready story on its page (a time already passed is
 * refused next to the field), sees it in the dashboard's "Coming up" with its time, and cancels it; the reporter
 * embargoes their story on its page, and the editor then finds Publish held back with the embargo's end in
 * words; the panel fits a phone.
 */
class ScheduleBrowserIT extends BrowserTest {

    private WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    /** Sets a datetime-local field to the time the page calls now (its min, in the newsroom's zone) plus minutes. */
    private String setAhead(String id, long minutes) {
        WebElement field = desk.byId(id);
        // the page's now: a field's minimum (the deadline, which may be past, has none: the embargo's is used)
        String min = field.getDomAttribute("min") != null
                ? field.getDomAttribute("min")
                : desk.byId("schedule:embargoUntil").getDomAttribute("min");
        LocalDateTime now = LocalDateTime.parse(min);
        String value = now.plusMinutes(minutes).toString();
        script("arguments[0].value = arguments[1];", field, value);
        return value;
    }

    @Test
    void anEditorSchedulesAReadyStoryAndCancelsIt() {
        String headline =
                "Lighthouse keepers return " + UUID.randomUUID().toString().substring(0, 6);
        long id = Desks.ready(headline, "The lighthouse keepers returned to the island, the coastguard said.");
        desk.signIn("editor");
        desk.openStory(id);

        // a time that has passed (the field's minimum taken away, as an old browser would) is refused at the field
        WebElement field = desk.byId("schedule:publishAt");
        script("arguments[0].removeAttribute('min'); arguments[0].value = '2020-01-01T06:00';", field);
        desk.byId("schedule:doSchedule").click();
        waiting().until(d -> d.findElement(By.id("schedule")).getText().contains("has passed"));
        assertEquals("READY", desk.text("state"));

        setAhead("schedule:publishAt", 90);
        desk.byId("schedule:doSchedule").click();
        waiting().until(d -> !d.findElements(By.id("schedule:scheduled")).isEmpty());
        assertTrue(desk.text("schedule:scheduled").contains("Published automatically at"));
        assertTrue(desk.text("workflow:messages").contains("Scheduled for"), desk.text("workflow:messages"));
        assertTrue(desk.byId("schedule:doSchedule").getText().contains("Reschedule"));
        Browsers.screenshot(browser, "schedule-story");

        desk.open("desk/dashboard.xhtml");
        waiting().until(d -> !d.findElements(By.id("queue-upcoming")).isEmpty());
        String upcoming = desk.byId("queue-upcoming").getText();
        assertTrue(upcoming.contains(headline) && upcoming.contains("Scheduled"), upcoming);
        Browsers.screenshot(browser, "schedule-dashboard");

        desk.openStory(id);
        desk.byId("schedule:unschedule").click();
        waiting().until(d -> d.findElements(By.id("schedule:scheduled")).isEmpty());
        assertTrue(desk.text("workflow:messages").contains("cancelled"));
        assertEquals("READY", desk.text("state"));
    }

    @Test
    void theReporterEmbargoesTheirStoryAndPublishingWaitsForIt() {
        String headline = "Quarterly figures " + UUID.randomUUID().toString().substring(0, 6);
        long id = Desks.ready(headline, "Exports rose 4 percent in the quarter, the ministry said.");
        desk.signIn("reporter");
        desk.openStory(id);
        assertTrue(browser.findElements(By.id("schedule:publishAt")).isEmpty(), "a reporter does not schedule");
        assertTrue(desk.byId("schedule-details").getAttribute("open") == null, "folded away when nothing is set");
        browser.findElement(By.cssSelector("#schedule-details > summary")).click();
        setAhead("schedule:embargoUntil", 24 * 60);
        desk.byId("schedule:doEmbargo").click();
        waiting().until(d -> !d.findElements(By.id("schedule:embargoed")).isEmpty());
        assertTrue(desk.text("schedule:embargoed").contains("cannot be published"));
        desk.signOut();

        desk.signIn("editor");
        desk.openStory(id);
        WebElement publish = browser.findElement(By.cssSelector("button.cd-move-PUBLISHED"));
        assertFalse(publish.isEnabled(), "Publish waits for the embargo");
        assertTrue(desk.text("workflow").contains("embargoed until"), desk.text("workflow"));
        Browsers.screenshot(browser, "schedule-embargo");

        browser.manage().window().setSize(new Dimension(390, 844));
        desk.openStory(id);
        Number overflow =
                (Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Browsers.screenshot(browser, "schedule-phone");
        assertEquals(0, overflow.intValue(), "nothing wider than a phone");

        desk.byId("schedule:lift").click();
        waiting().until(d -> d.findElements(By.id("schedule:embargoed")).isEmpty());
        assertTrue(
                browser.findElement(By.cssSelector("button.cd-move-PUBLISHED")).isEnabled());
    }

    /** An editor plans a draft on its page; the budget of the deadline's day lists it with its words and target. */
    @Test
    void anEditorPlansAStoryAndTheBudgetShowsIt() {
        String headline = "Budget night " + UUID.randomUUID().toString().substring(0, 6);
        long id = org.copydesk.it.Api.json(org.copydesk.it.Api.as("reporter")
                        .postJson(
                                "stories",
                                "{\"headline\":\"" + headline
                                        + "\",\"sections\":[\"Japan\"],\"blocks\":[{\"type\":\"PARAGRAPH\","
                                        + "\"text\":\"The council meets tonight.\"}]}"))
                .getJsonNumber("id")
                .longValue();
        desk.signIn("editor");
        desk.openStory(id);
        browser.findElement(By.cssSelector("#schedule-details > summary")).click();
        String deadline = setAhead("schedule:deadline", 24 * 60);
        WebElement length = desk.byId("schedule:lengthTarget");
        length.clear();
        length.sendKeys("450");
        desk.byId("schedule:doPlan").click();
        waiting().until(d -> !d.findElements(By.id("schedule:planned")).isEmpty());
        assertTrue(desk.text("schedule:planned").contains("of 450 words"), desk.text("schedule:planned"));

        desk.byId("nav-budget").click();
        waiting().until(d -> !d.findElements(By.id("budget-day")).isEmpty());
        desk.open("desk/budget.xhtml?day=" + deadline.substring(0, 10));
        waiting().until(d -> d.findElement(By.id("budget")).getText().contains(headline));
        String budget = desk.text("budget");
        assertTrue(budget.contains("Japan"), budget);
        assertTrue(budget.contains("7 / 450"), "words now / target: " + budget);
        assertTrue(budget.contains("Draft"), budget);
        Browsers.screenshot(browser, "budget");
        desk.byId("previous-day").click();
        waiting().until(d -> !d.findElement(By.id("budget")).getText().contains(headline));
    }
}
