package org.copydesk.it.browser;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.Readers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What the desk sees of corrections and of its own errors, in Chromium: a reader's report turned into a
 * correction from the dashboard's queue (the form filled from it), applied by an editor and shown RESOLVED;
 * a second report linked to that correction; the four-eyes rule on the Apply button; a reporter opening the
 * desk metrics and a story address with a bad id, shown as desk pages with the way back, at desktop and phone
 * width.
 */
class CorrectionsDeskBrowserIT extends BrowserTest {

    private final Api reporter = Api.as("reporter");
    private final Api editor = Api.as("editor");

    private void tab(String title) {
        WebElement tab = browser.findElement(By.xpath("//a[starts-with(normalize-space(.),'" + title + "')]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'});", tab);
        tab.click();
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'});", desk.byId(id));
    }

    private void phoneWidth() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    private void desktopWidth() {
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    void aReadersReportIsTurnedIntoACorrectionFromTheQueueAndResolvedWhenItIsApplied() {
        String headline = "Museum reopens " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = reporter.postJson(
                "stories",
                Api.story(headline, "The museum reopened on Sunday and 2,000 visitors came on its first day."));
        long id = json(created).getJsonNumber("id").longValue();
        Desks.toCopyDesk(id);
        Desks.signOffAndPublish(id);
        String slug = json(reporter.get("stories/" + id)).getString("slug");
        String report = "It was 1,500 visitors, the museum says.";
        assertEquals(
                200,
                Readers.report(slug, report, "visitor@example.org", Readers.freshAddress())
                        .status());

        // the copy editor answers it from the queue: the story opens on its Corrections tab, the form filled in
        desk.signIn("copyeditor");
        WebElement row = desk.byId("queue-corrections").findElements(By.cssSelector("tr")).stream()
                .filter(r -> r.getText().contains(report))
                .findFirst()
                .orElseThrow();
        assertTrue(row.getText().contains("reader (visitor@example.org)"), row.getText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'});", row);
        Browsers.screenshot(browser, "corrections-queue");
        phoneWidth();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'});", row);
        Browsers.screenshot(browser, "corrections-queue-phone");
        desktopWidth();
        WebElement turn = row.findElement(By.linkText("Turn into a correction"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'});", turn);
        turn.click();
        assertTrue(desk.text("tabs:corrections:answering").contains(report), "the report is quoted");
        assertEquals(
                "Reader report: " + report,
                desk.byId("tabs:corrections:creason").getAttribute("value"));
        String key = json(reporter.get("stories/" + id))
                .getJsonArray("blocks")
                .getJsonObject(0)
                .getString("key");
        ((JavascriptExecutor) browser)
                .executeScript("PF(arguments[0]).selectValue(arguments[1]);", "widget_tabs_corrections_block", key);
        desk.byId("tabs:corrections:before").sendKeys("2,000 visitors");
        desk.byId("tabs:corrections:after").sendKeys("1,500 visitors");
        desk.byId("tabs:corrections:notice")
                .sendKeys("An earlier version said 2,000 people visited on the first day; it was 1,500.");
        scrollTo("tabs:corrections:propose-form");
        Browsers.screenshot(browser, "report-to-correction");
        desk.clickButton("Propose correction");
        assertTrue(
                desk.text("workflow:messages").contains("The reader's report is resolved when it is applied"),
                desk.text("workflow:messages"));
        desk.signOut();

        // the editor applies it; the report shows RESOLVED with a link to the correction
        desk.signIn("editor");
        desk.openStory(id);
        tab("Corrections");
        String table = desk.text("tabs:corrections:list");
        assertTrue(table.contains("Waiting for correction #"), table);
        desk.clickButton("Apply");
        assertTrue(desk.text("workflow:messages").contains("Correction applied"), desk.text("workflow:messages"));
        tab("Corrections");
        table = desk.text("tabs:corrections:list");
        assertTrue(table.contains("Resolved by correction #"), table);
        assertFalse(table.contains("Rejected"), table);
        long cid = Api.parse(editor.get("stories/" + id + "/corrections").body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> !c.getBoolean("fromReader"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        WebElement link = browser.findElement(By.cssSelector("a.cd-resolved-by"));
        assertEquals("#correction-" + cid, link.getAttribute("hash"));
        scrollTo("tabs:corrections:list");
        Browsers.screenshot(browser, "report-resolved");
        phoneWidth();
        scrollTo("tabs:corrections:list");
        Browsers.screenshot(browser, "report-resolved-phone");
        desktopWidth();

        // a second reader, the same error: linked to the applied correction from the list, resolved at once
        String again = "Only 1,500 came, not 2,000.";
        assertEquals(
                200, Readers.report(slug, again, null, Readers.freshAddress()).status());
        desk.openStory(id);
        tab("Corrections");
        WebElement select = browser.findElements(By.cssSelector("select[id$=':linkTo']")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow();
        new Select(select).selectByValue(String.valueOf(cid));
        desk.clickButton("Link");
        assertTrue(
                desk.text("workflow:messages").contains("resolved by correction " + cid),
                desk.text("workflow:messages"));

        // the four-eyes rule: the editor's own clarification cannot be applied by the editor
        long own = json(editor.postJson(
                        "stories/" + id + "/corrections",
                        Json.createObjectBuilder()
                                .add("kind", "CLARIFICATION")
                                .add("blockKey", key)
                                .add("before", "on Sunday")
                                .add("after", "on Sunday morning")
                                .add("reason", "More precise")
                                .add("notice", "The museum reopened in the morning.")
                                .build()
                                .toString()))
                .getJsonNumber("id")
                .longValue();
        desk.openStory(id);
        tab("Corrections");
        WebElement apply = browser.findElements(By.cssSelector("button[id$=':applyCorrection']")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow();
        assertFalse(apply.isEnabled(), "the proposer's Apply is disabled");
        String hint = browser.findElements(By.cssSelector(".cd-four-eyes")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow()
                .getText();
        assertTrue(
                hint.startsWith(
                        "You proposed this clarification, so under the four-eyes rule another editor applies it."),
                hint);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'});", apply);
        Browsers.screenshot(browser, "four-eyes");
        assertEquals("PROPOSED", json(editor.get("corrections/" + own)).getString("status"));
    }

    @Test
    void aReporterOnTheMetricsAndABadStoryIdSeeDeskPagesWithAWayBack() {
        desk.signIn("reporter");
        desk.open("desk/metrics.xhtml");
        String error = desk.text("desk-error");
        assertTrue(error.contains("This page is not for your role"), error);
        assertTrue(error.contains("Only editors and admins may see the desk metrics."), error);
        assertTrue(error.contains("You are signed in as reporter"), error);
        assertTrue(browser.findElement(By.cssSelector("header.cd-topbar")).isDisplayed(), "the desk's header");
        Browsers.screenshot(browser, "desk-error-403");
        phoneWidth();
        Browsers.screenshot(browser, "desk-error-403-phone");
        assertTrue(desk.byId("to-dashboard").isDisplayed());
        desktopWidth();
        desk.byId("to-dashboard").click();
        assertTrue(desk.byId("account:signout").isDisplayed(), "back on the dashboard");

        desk.open("desk/story.xhtml?id=abc");
        error = desk.text("desk-error");
        assertTrue(error.contains("No such story"), error);
        assertTrue(error.contains("“abc” is not a story number"), error);
        Browsers.screenshot(browser, "desk-error-404");
        phoneWidth();
        Browsers.screenshot(browser, "desk-error-404-phone");
        desktopWidth();
        desk.open("desk/sourcing.xhtml?id=987654321");
        assertTrue(desk.text("desk-error").contains("There is no story number 987654321."));
        desk.byId("to-dashboard").click();
        assertTrue(desk.byId("account:signout").isDisplayed());
        desk.signOut();
    }
}
