package org.copydesk.it.browser;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.copydesk.it.Api;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor reviews the seed story's sourcing in Chromium: links every attribution to a source,
 * verifies the sources, marks a claim by selecting text, and moves the story to the copy desk.
 */
class SourcingReviewBrowserIT extends BrowserTest {

    private String blockingText() {
        return desk.blockingText();
    }

    @Test
    void editorLinksEveryClaimVerifiesTheSourcesAndMovesTheSeedOn() {
        HttpResponse<String> imported =
                Api.as("reporter").post("stories/import?allowDuplicate=true", "text/plain", Texts.seed());
        long id = json(imported).getJsonObject("story").getJsonNumber("id").longValue();
        assertEquals(
                200,
                Api.as("reporter")
                        .postJson("stories/" + id + "/transitions", "{\"to\":\"SOURCING_REVIEW\"}")
                        .statusCode());

        desk.signIn("editor");
        desk.openAndAwait("desk/sourcing.xhtml?id=" + id, By.cssSelector(".cd-attr-card"));
        int claims = browser.findElements(By.cssSelector(".cd-attr-card")).size();
        assertTrue(claims >= 10, "the seed's claims are listed: " + claims);
        assertTrue(blockingText().startsWith(claims + " attributions still block"), blockingText());
        assertEquals(
                claims,
                browser.findElements(By.cssSelector("#story-text mark.cd-attr-unlinked"))
                        .size(),
                "every claim is highlighted in the text as unlinked");
        Browsers.screenshot(browser, "sourcing-review");

        // Link each claim: to the registry's match when there is one, otherwise to a new source.
        for (int guard = 0; guard < 60 && (desk.clickFirst(":linkSuggested") || desk.clickFirst(":linkNew")); guard++) {
            // one claim linked per round trip
        }
        assertTrue(
                browser.findElements(By.cssSelector("#story-text mark.cd-attr-unlinked"))
                        .isEmpty(),
                "no claim is left unlinked");
        // Sources are shared across stories: one verified for an earlier story is verified here too. What
        // still blocks is exactly the claims resting on unverified sources.
        browser.findElements(By.cssSelector(".cd-attr-blocking"))
                .forEach(b -> assertTrue(b.getText().contains("unverified"), b.getText()));

        // Verify each source once; every claim resting on it follows.
        for (int guard = 0; guard < 60 && desk.clickFirst(":verify"); guard++) {
            // one source verified per round trip
        }
        assertEquals("Nothing blocks the move to the copy desk.", blockingText());
        assertEquals(
                claims,
                browser.findElements(By.cssSelector("#story-text mark.cd-attr-verified"))
                        .size());

        // A claim the detector missed, marked by selecting it in the text.
        WebElement block = browser.findElements(By.cssSelector(".cd-src-block")).get(2);
        ((JavascriptExecutor) browser)
                .executeScript(
                        "var t = arguments[0].firstChild; var r = document.createRange(); r.setStart(t, 0); r.setEnd(t, 8);"
                                + "var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                                + "document.dispatchEvent(new MouseEvent('mouseup'));",
                        block);
        assertTrue(desk.text("selection-hint").startsWith("Selected:"));
        // the action updates the list in place (the button itself is not re-rendered): wait for the answer below
        browser.findElement(By.id("sourcing:addSelection")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> blockingText().contains("1 attribution still blocks"));
        WebElement marked = browser.findElements(By.cssSelector(".cd-attr-card")).stream()
                .filter(card -> card.findElement(By.cssSelector(".cd-attr-span"))
                        .getText()
                        .startsWith("The city"))
                .findFirst()
                .orElseThrow();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'});", marked);
        marked.findElement(By.cssSelector("button[id$=':reject']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> blockingText().startsWith("Nothing blocks"));
        Browsers.screenshot(browser, "sourcing-verified");

        desk.clickButton("Approve sources, send to copy desk");
        desk.expectState("COPY_EDIT");
    }
}
