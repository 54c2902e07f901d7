package org.copydesk.it.browser;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The trust path as the copy desk sees it: a claim added at the copy desk is listed on the Copy check tab and
 * stops sign-off; an editor follows "Source it now" to the sourcing screen, sources it there, and the copy
 * editor signs off; a save of the story ready to publish that adds an unsourced claim is refused with the
 * claim named and the text kept in the form.
 */
class TrustPathBrowserIT extends BrowserTest {

    private final Api reporter = Api.as("reporter");
    private final Api copyEditor = Api.as("copyeditor");

    private void tab(String title) {
        WebElement tab = browser.findElement(By.xpath("//a[starts-with(normalize-space(.),'" + title + "')]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'});", tab);
        tab.click();
    }

    /** The copy editor adds a sentence with a new claim to the second paragraph, through the API. */
    private void addClaimAtTheCopyDesk(long id, String sentence) {
        HttpResponse<String> read = copyEditor.get("stories/" + id);
        JsonObject story = json(read);
        JsonArray blocks = story.getJsonArray("blocks");
        var changed = Json.createArrayBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            JsonObject b = blocks.getJsonObject(i);
            changed.add(Json.createObjectBuilder(b)
                    .add("text", i == 1 ? b.getString("text") + " " + sentence : b.getString("text")));
        }
        HttpResponse<String> saved = copyEditor.putJson(
                "stories/" + id,
                read.headers().firstValue("ETag").orElseThrow(),
                Json.createObjectBuilder()
                        .add("headline", story.getString("headline"))
                        .add("blocks", changed)
                        .add("reason", "Added the fishermen's view")
                        .build()
                        .toString());
        assertEquals(200, saved.statusCode(), saved.body());
    }

    @Test
    void aClaimAddedAtTheCopyDeskIsSourcedInPlaceBeforeSignOff() {
        HttpResponse<String> created = reporter.postJson(
                "stories",
                Api.story(
                        "Storm closes the harbour at Visby",
                        "Harbour master Anders Wikstrom said the port would reopen on Friday.",
                        "Ferries to the mainland were cancelled for three days."));
        long id = json(created).getJsonNumber("id").longValue();
        Desks.toCopyDesk(id);
        addClaimAtTheCopyDesk(id, "Fishermen said the storm wrecked a dozen boats.");

        desk.signIn("copyeditor");
        desk.openStory(id);
        tab("Copy check");
        WebElement panel = desk.byId("tabs:check:blockingClaims");
        assertTrue(panel.getText().contains("“Fishermen said” is not linked to a source."), panel.getText());
        assertTrue(panel.getText().contains("Return to sourcing review"), "the copy editor is told the way back");
        assertTrue(panel.findElements(By.cssSelector("a.cd-source-it")).isEmpty(), "copy editors do not source");
        WebElement signOff = browser.findElement(By.cssSelector("button.cd-move-READY"));
        assertFalse(signOff.isEnabled(), "sign-off is refused while a claim is unsourced");
        assertTrue(desk.text("workflow").contains("Fishermen said"), "the guard names the claim");
        Browsers.screenshot(browser, "trust-copydesk-blocking");
        browser.manage().window().setSize(new Dimension(390, 844));
        tab("Copy check");
        Browsers.screenshot(browser, "trust-copydesk-blocking-phone");
        // the panel fits the phone's width (the page header's own overflow at 390 px is issue 15's)
        Number right = (Number) ((JavascriptExecutor) browser)
                .executeScript(
                        "return document.getElementById('tabs:check:blockingClaims').getBoundingClientRect().right"
                                + " - document.documentElement.clientWidth;");
        assertTrue(right.doubleValue() <= 0, "the panel fits at 390 px: " + right);
        desk.signOut();

        desk.signIn("editor");
        desk.openStory(id);
        tab("Copy check");
        WebElement sourceIt = desk.byId("tabs:check:blockingClaims").findElement(By.cssSelector("a.cd-source-it"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'});", sourceIt);
        sourceIt.click();
        assertTrue(browser.getCurrentUrl().contains("/desk/sourcing.xhtml?id=" + id), browser.getCurrentUrl());
        assertTrue(browser.getCurrentUrl().matches(".*#card-\\d+$"), browser.getCurrentUrl());
        desk.linkAndVerifyAll();
        assertTrue(desk.blockingText().startsWith("Nothing blocks"), desk.blockingText());
        assertEquals("COPY_EDIT", desk.text("state"), "sourced in place: the story did not move back");
        desk.signOut();

        // the copy editor deals with the copy check's findings and signs off: the guard is met now
        Desks.signOff(id);
        assertEquals("READY", json(reporter.get("stories/" + id)).getString("state"));

        // the editor adds an unsourced claim to the story that is ready: refused, named, the text kept
        desk.signIn("editor");
        desk.openStory(id);
        desk.typeAtEndOfLine(1, " Divers said the wreck of a trawler blocks the channel.");
        desk.byId("tabs:editor:reason").sendKeys("Late detail from the coast guard");
        desk.clickButton("Save");
        String messages = desk.text("workflow:messages");
        assertTrue(messages.contains("nothing was saved") && messages.contains("Divers said"), messages);
        assertTrue(desk.line(1).contains("Divers said the wreck"), "the text is still in the form");
        Browsers.screenshot(browser, "trust-ready-save-refused");
        assertFalse(json(reporter.get("stories/" + id))
                .getJsonArray("blocks")
                .getJsonObject(1)
                .getString("text")
                .contains("Divers"));
    }

    @Test
    void aVerbChangedAtTheCopyDeskKeepsTheSourceAndTheEditorConfirmsItInPlace() {
        HttpResponse<String> created = reporter.postJson(
                "stories",
                Api.story(
                        "Ferry fares rise in spring",
                        "Transport minister Eva Lind said fares would rise by four percent in April.",
                        "Season tickets are not affected."));
        long id = json(created).getJsonNumber("id").longValue();
        Desks.toCopyDesk(id);
        HttpResponse<String> read = copyEditor.get("stories/" + id);
        JsonObject story = json(read);
        var blocks = Json.createArrayBuilder();
        story.getJsonArray("blocks").forEach(v -> {
            JsonObject b = v.asJsonObject();
            blocks.add(Json.createObjectBuilder(b)
                    .add("text", b.getString("text").replace("Lind said", "Lind told reporters")));
        });
        assertEquals(
                200,
                copyEditor
                        .putJson(
                                "stories/" + id,
                                read.headers().firstValue("ETag").orElseThrow(),
                                Json.createObjectBuilder()
                                        .add("headline", story.getString("headline"))
                                        .add("blocks", blocks)
                                        .add("reason", "House style: told reporters")
                                        .build()
                                        .toString())
                        .statusCode());

        desk.signIn("editor");
        desk.openAndAwait("desk/sourcing.xhtml?id=" + id, By.id("story-text"));
        WebElement changed = desk.byId("sourcing").findElement(By.cssSelector(".cd-attr-changed"));
        assertTrue(
                changed.getText().contains("Changed since review")
                        && changed.getText().contains("Transport minister Eva Lind said"),
                changed.getText());
        assertTrue(desk.blockingText().startsWith("Nothing blocks"), "the source still stands: " + desk.blockingText());
        ((JavascriptExecutor) browser).executeScript("window.__sameDocument = true;");
        Browsers.screenshot(browser, "trust-changed-since-review");
        WebElement confirm = changed.findElement(By.cssSelector("button[id$=':confirm']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'});", confirm);
        confirm.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector(".cd-attr-changed")).isEmpty());
        assertEquals(
                Boolean.TRUE,
                ((JavascriptExecutor) browser).executeScript("return window.__sameDocument === true;"),
                "confirmed in place, without reloading the page");
        JsonObject after =
                Api.parse(Api.as("editor")
                                .get("stories/" + id + "/attributions")
                                .body())
                        .asJsonArray()
                        .stream()
                        .map(v -> v.asJsonObject())
                        .filter(a -> a.getString("span").contains("Eva Lind"))
                        .findFirst()
                        .orElseThrow();
        assertFalse(after.getBoolean("changedSinceReview"));
        assertEquals("LINKED", after.getString("status"));
    }
}
