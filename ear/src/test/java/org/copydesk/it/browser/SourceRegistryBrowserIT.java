package org.copydesk.it.browser;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.copydesk.it.Api;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor fixes the registry in Chromium: finds a source the detector made of a sentence's words, renames
 * it and sets its kind, merges a duplicate into it after reading the preview, and reads the history; at
 * desktop and at phone width. A reporter has no registry screen.
 */
class SourceRegistryBrowserIT extends BrowserTest {

    private final Api editor = Api.as("editor");

    private long newSource(String name, String kind) {
        HttpResponse<String> created = editor.postJson(
                "sources",
                Json.createObjectBuilder()
                        .add("name", name)
                        .add("kind", kind)
                        .build()
                        .toString());
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    private WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private void type(String id, String text) {
        WebElement field = desk.byId(id);
        field.clear();
        field.sendKeys(text);
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    @Test
    void anEditorRenamesADetectorFragmentMergesADuplicateAfterThePreviewAndReadsTheHistory() {
        String unique = Texts.uniqueName();
        long fragment = newSource("a report published " + unique, "PERSON");
        long duplicate = newSource(unique + " Daily", "MEDIA_REPORT");
        // the duplicate carries a claim of a story, which the merge moves
        HttpResponse<String> imported = Api.as("reporter")
                .post("stories/import?allowDuplicate=true", "text/plain", Texts.story("hokkaido-snow.txt"));
        long story = json(imported).getJsonObject("story").getJsonNumber("id").longValue();
        long claim = Api.parse(editor.get("stories/" + story + "/attributions").body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                editor.send(editor.request("stories/" + story + "/attributions/" + claim)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"sourceId\":" + duplicate + "}")))
                        .statusCode());

        browser.manage().window().setSize(new Dimension(1280, 900));
        desk.signIn("editor");
        desk.byId("nav-sources").click();
        type("q", "report published " + unique);
        desk.byId("search").click();
        waiting().until(ExpectedConditions.urlContains("q="));
        WebElement found = waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//a[contains(@class,'cd-reg-name') and normalize-space(.)='a report published "
                                + unique + "']")));
        assertEquals(
                1,
                browser.findElements(By.cssSelector("[id='results:list'] a.cd-reg-name"))
                        .size());
        found.click();
        waiting().until(ExpectedConditions.urlContains("id=" + fragment));
        assertEquals("a report published " + unique, desk.text("sourceName"));

        // rename it, make it a media report, give it a role and an alias, and say why
        type("record:name", unique + " Times");
        desk.choose("record:kind", "media report");
        type("record:role", "Regional daily");
        type("record:newAlias", "The " + unique + " Times-Herald");
        desk.clickButton("Add alias");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("aliases"), unique + " Times-Herald"));
        type("record:note", "The detector took a sentence's words for a name");
        desk.clickButton("Save changes");
        assertTrue(
                desk.shows("messages", "Saved: name “a report published " + unique + "” → “" + unique + " Times”"),
                desk.text("messages"));
        assertEquals(unique + " Times", desk.text("sourceName"));
        String timeline = desk.text("timeline");
        assertTrue(timeline.startsWith("Edited"), timeline);
        assertTrue(timeline.contains("kind person → media report"), timeline);
        assertTrue(timeline.contains("The detector took a sentence's words for a name"), timeline);
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        Browsers.screenshot(browser, "sources-renamed");

        // the duplicate: merge it into the renamed record, after the preview
        desk.open("desk/sources.xhtml?q=" + unique + "+daily");
        waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//a[contains(@class,'cd-reg-name') and normalize-space(.)='" + unique + " Daily']")))
                .click();
        waiting().until(ExpectedConditions.urlContains("id=" + duplicate));
        WebElement pick = desk.byId("merge:survivor_input");
        scrollTo(pick);
        pick.sendKeys(unique + " Times");
        waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(normalize-space(.), '"
                                + unique + " Times')]")))
                .click();
        desk.clickButton("Preview merge");
        assertTrue(desk.shows("merge:preview", "1 attribution in 1 story"), desk.text("merge:preview"));
        String preview = desk.text("merge:preview");
        assertTrue(preview.contains("Merging “" + unique + " Daily” into “" + unique + " Times”"), preview);
        assertTrue(preview.contains("New aliases of “" + unique + " Times”: " + unique + " Daily"), preview);
        assertTrue(preview.contains("Heavy snow"), "the story whose claim moves is named: " + preview);
        scrollTo(desk.byId("merge:preview"));
        Browsers.screenshot(browser, "sources-merge-preview");
        assertEquals(200, editor.get("sources/" + duplicate).statusCode());
        jakarta.json.JsonValue mergedInto =
                json(editor.get("sources/" + duplicate)).get("mergedInto");
        assertTrue(mergedInto == null || mergedInto == jakarta.json.JsonValue.NULL, "nothing merged before confirming");

        desk.clickButton("Merge into “" + unique + " Times”");
        waiting().until(ExpectedConditions.urlContains("id=" + fragment));
        assertTrue(
                desk.shows("messages", "Merged “" + unique + " Daily” into “" + unique + " Times”"),
                desk.text("messages"));
        assertTrue(desk.text("aliases").contains(unique + " Daily"), desk.text("aliases"));
        String history = desk.text("timeline");
        assertTrue(history.startsWith("Merged in “" + unique + " Daily” (#" + duplicate + ")"), history);
        assertTrue(history.indexOf("Edited") < history.indexOf("Added to the registry"), "newest first: " + history);
        assertTrue(desk.text("stories").contains("Heavy snow"), desk.text("stories"));
        scrollTo(desk.byId("history"));
        Browsers.screenshot(browser, "sources-history");

        // a phone: the record first, everything reachable without sideways scrolling
        browser.manage().window().setSize(new Dimension(390, 844));
        desk.open("desk/sources.xhtml?id=" + fragment);
        desk.byId("sourceName");
        Browsers.screenshot(browser, "sources-phone");
        long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0, overflow, "nothing wider than the phone's screen");
        scrollTo(desk.byId("history"));
        Browsers.screenshot(browser, "sources-phone-history");

        // a merge preview on a phone (then cancelled: nothing merged)
        long another = newSource(unique + " Evening", "MEDIA_REPORT");
        desk.open("desk/sources.xhtml?id=" + another);
        WebElement survivor = desk.byId("merge:survivor_input");
        scrollTo(survivor);
        survivor.sendKeys(unique + " Times");
        waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(normalize-space(.), '"
                                + unique + " Times')]")))
                .click();
        desk.clickButton("Preview merge");
        assertTrue(desk.shows("merge:preview", "0 attributions in 0 stories"), desk.text("merge:preview"));
        scrollTo(desk.byId("merge:preview"));
        Browsers.screenshot(browser, "sources-phone-merge-preview");
        assertEquals(0, (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"));
        desk.clickButton("Cancel");
        assertTrue(browser.findElements(By.id("merge:preview")).isEmpty());
    }

    @Test
    void aTakenNameAndAStaleSaveAreExplainedAndOfferMergeAndReload() {
        String unique = Texts.uniqueName();
        long taken = newSource(unique + " Herald", "MEDIA_REPORT");
        long id = newSource("local media reported " + unique, "PERSON");
        browser.manage().window().setSize(new Dimension(1280, 900));
        desk.signIn("editor");
        desk.open("desk/sources.xhtml?id=" + id);

        // a name another source has: said next to the field, with the merge offered instead
        type("record:name", "the " + unique + " herald");
        desk.clickButton("Save changes");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("record:mergeIntoTaken")));
        String message = browser.findElement(By.cssSelector("[id='record:name'] ~ .ui-message"))
                .getText();
        assertTrue(
                message.contains("There is already a source called “" + unique + " Herald” (#" + taken + ")"), message);
        desk.clickButton("Merge this one into “" + unique + " Herald”…");
        assertTrue(desk.shows("merge:preview", "0 attributions in 0 stories"), desk.text("merge:preview"));
        desk.clickButton("Cancel");

        // someone else saves the record meanwhile: the save is refused and a reload offered
        String tag = editor.get("sources/" + id).headers().firstValue("ETag").orElseThrow();
        assertEquals(
                200,
                editor.putJson(
                                "sources/" + id,
                                tag,
                                Json.createObjectBuilder()
                                        .add("name", unique + " Courier")
                                        .add("kind", "MEDIA_REPORT")
                                        .build()
                                        .toString())
                        .statusCode());
        type("record:name", unique + " Gazette");
        desk.clickButton("Save changes");
        assertTrue(
                desk.shows("record:conflict", "Someone else changed this source while you were editing"),
                desk.text("record:conflict"));
        assertTrue(desk.text("record:conflict").contains(unique + " Courier"), desk.text("record:conflict"));
        assertEquals(
                unique + " Gazette", desk.byId("record:name").getAttribute("value"), "the editor's typing is kept");
        assertTrue(browser.findElements(By.id("record:mergeIntoTaken")).isEmpty(), "the name is no longer the problem");
        scrollTo(desk.byId("record"));
        Browsers.screenshot(browser, "sources-conflict");
        desk.clickButton("Reload (discard my changes)");
        waiting().until(d -> d.findElement(By.id("record:name"))
                .getAttribute("value")
                .equals(unique + " Courier"));
        assertEquals(unique + " Courier", desk.text("sourceName"));
        assertTrue(browser.findElements(By.id("record:conflict")).isEmpty());
    }

    @Test
    void aReporterHasNoRegistryScreen() {
        desk.signIn("reporter");
        assertTrue(browser.findElements(By.id("nav-sources")).isEmpty(), "no link to the registry");
        desk.open("desk/sources.xhtml");
        Object status = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(location.href, {credentials: 'same-origin'}).then(r => done(r.status), e => done(String(e)));");
        assertEquals(403L, status, "the page answers 403 to a reporter");
        assertTrue(browser.findElements(By.id("q")).isEmpty(), "no search, no record");
        assertTrue(browser.findElements(By.id("record:name")).isEmpty());
        Browsers.screenshot(browser, "sources-reporter-403");
    }
}
