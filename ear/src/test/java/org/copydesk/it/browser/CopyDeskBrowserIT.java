package org.copydesk.it.browser;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.ServerUrls;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The copy desk and corrections in Chromium: the copy editor applies "Chine → China" and sweeps the
 * archive; a reader reports an error; a copy editor proposes a correction and the editor applies it;
 * readers see the dated notice and the corrections log.
 */
class CopyDeskBrowserIT extends BrowserTest {

    private void tab(String title) {
        WebElement tab = browser.findElement(By.xpath("//a[starts-with(normalize-space(.),'" + title + "')]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'});", tab);
        tab.click();
    }

    @Test
    void chineBecomesChinaAndAPublishedStoryIsCorrectedInPublic() {
        long other = Desks.importCopy(Texts.seed());
        long id = Desks.importCopy(Texts.seed());
        Desks.toCopyDesk(id);

        desk.signIn("copyeditor");
        desk.openStory(id);
        tab("Copy check");
        WebElement chine = browser.findElements(By.cssSelector(".cd-finding")).stream()
                .filter(f ->
                        f.findElement(By.cssSelector(".cd-covered")).getText().equals("Chine"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "China", chine.findElement(By.cssSelector(".cd-suggestion")).getText());
        Browsers.screenshot(browser, "copy-check");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'});", chine);
        chine.findElement(By.cssSelector("button[id$=':apply']")).click();
        assertTrue(desk.text("workflow:messages").contains("Fixed: Chine → China."));
        tab("Copy check");
        WebElement sweep = desk.byId("tabs:check:sweep");
        assertTrue(sweep.getText().contains("Russia sends troops"), sweep.getText());
        desk.clickButton("Fix in the chosen stories");
        assertTrue(desk.text("workflow:messages").contains("as typo corrections"));
        assertTrue(
                json(Api.as("reporter").get("stories/" + other))
                        .getJsonArray("blocks")
                        .getJsonObject(9)
                        .getString("text")
                        .contains("China"),
                "the sweep fixed the other story");
        desk.signOut();

        Desks.signOffAndPublish(id);
        String slug = json(Api.as("reporter").get("stories/" + id)).getString("slug");

        // A reader reports an error.
        desk.go(ServerUrls.base().resolve("read/" + slug).toString());
        assertTrue(desk.text("article").contains("‘China mobilizes forces, too’"));
        desk.byId("report:text").sendKeys("The parade was on April 15, not April 16 as I remember it?");
        desk.clickButton("Send report");
        assertTrue(desk.text("report:thanks").contains("Thank you"));

        // The editor sees it; a copy editor proposes a correction and the editor applies it (four eyes).
        desk.signIn("editor");
        assertTrue(desk.text("queue-corrections").contains("(reader)"));
        desk.signOut();
        desk.signIn("copyeditor");
        desk.openStory(id);
        tab("Corrections");
        new Select(browser.findElement(By.id("tabs:corrections:kind_input"))).selectByValue("CORRECTION");
        WebElement where = browser.findElement(By.id("tabs:corrections:block_input"));
        String keyOfFirstBlock = new Select(where).getOptions().get(2).getAttribute("value"); // the second paragraph
        ((JavascriptExecutor) browser)
                .executeScript(
                        "PF(arguments[0]).selectValue(arguments[1]);",
                        widgetVar("tabs:corrections:block"),
                        keyOfFirstBlock);
        desk.byId("tabs:corrections:before").sendKeys("heavy military equipment");
        browser.findElement(By.id("tabs:corrections:after")).sendKeys("military equipment");
        browser.findElement(By.id("tabs:corrections:creason")).sendKeys("The footage does not show how heavy");
        browser.findElement(By.id("tabs:corrections:notice"))
                .sendKeys("An earlier version described the equipment as heavy; the footage does not show that.");
        desk.clickButton("Propose correction");
        assertTrue(desk.text("workflow:messages").contains("Correction proposed"));
        desk.signOut();
        desk.signIn("editor");
        desk.openStory(id);
        tab("Corrections");
        desk.clickButton("Apply");
        assertTrue(desk.text("workflow:messages").contains("Correction applied"));
        desk.signOut();

        desk.go(ServerUrls.base().resolve("read/" + slug).toString());
        String notices = desk.text("notices");
        assertTrue(notices.startsWith("Correction, "), notices);
        assertTrue(notices.contains("An earlier version described the equipment as heavy"), notices);
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block:'center'});", desk.byId("notices"));
        Browsers.screenshot(browser, "public-correction-notice");
        desk.go(ServerUrls.base().resolve("corrections").toString());
        assertTrue(desk.text("log").contains("An earlier version described the equipment as heavy"));
        Browsers.screenshot(browser, "corrections-log");
    }

    private String widgetVar(String clientId) {
        return "widget_" + clientId.replace(':', '_');
    }
}
