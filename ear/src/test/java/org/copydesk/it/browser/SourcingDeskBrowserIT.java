package org.copydesk.it.browser;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sourcing desk in Chromium: the seed's whole review with actions that update the page in place, the
 * keys, the highlights that find their cards, and a hand-marked claim whose proposal is edited and made a
 * source. Timings are bench/run sourcing's business, not this test's.
 */
class SourcingDeskBrowserIT extends BrowserTest {

    private long submittedSeedCopy() {
        HttpResponse<String> imported =
                Api.as("reporter").post("stories/import?allowDuplicate=true", "text/plain", Texts.seed());
        long id = json(imported).getJsonObject("story").getJsonNumber("id").longValue();
        assertEquals(200, Desks.move(Api.as("reporter"), id, "SOURCING_REVIEW").statusCode());
        return id;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    /** The card of the claim, looked up afresh (an update replaces it). */
    private WebElement card(String aid) {
        return browser.findElement(By.cssSelector(".cd-attr-card[data-aid='" + aid + "']"));
    }

    private String focusedCard() {
        List<WebElement> focused = browser.findElements(By.cssSelector(".cd-attr-card.cd-focused"));
        return focused.size() == 1 ? focused.get(0).getAttribute("data-aid") : null;
    }

    private List<String> cardIds() {
        return browser.findElements(By.cssSelector(".cd-attr-card")).stream()
                .map(c -> c.getAttribute("data-aid"))
                .toList();
    }

    private int verifyButtons() {
        return browser.findElements(By.cssSelector("button[id$=':verify']")).size();
    }

    private void press(String key) {
        browser.findElement(By.tagName("body")).sendKeys(key);
    }

    private long panelScroll() {
        return ((Number) js("return document.querySelector('.cd-src-panel').scrollTop;")).longValue();
    }

    private boolean stillTheSamePage() {
        return "kept".equals(js("return window.__marker || null;"));
    }

    /** Selects the words in the first story block holding them, as a mouse would, for "Mark selection". */
    private void select(String words) {
        js(
                "var blocks = document.querySelectorAll('.cd-src-block');"
                        + "for (var i = 0; i < blocks.length; i++) {"
                        + "  var t = blocks[i].firstChild; if (!t || t.nodeType !== 3) continue;"
                        + "  var at = t.textContent.indexOf(arguments[0]); if (at < 0) continue;"
                        + "  var r = document.createRange(); r.setStart(t, at); r.setEnd(t, at + arguments[0].length);"
                        + "  var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                        + "  document.dispatchEvent(new MouseEvent('mouseup')); return; }"
                        + "throw new Error('no block starts with a text holding ' + arguments[0]);",
                words);
    }

    @Test
    void anAnonymousSourceAsksWhyAnonymityWasGrantedAndTheClaimsHistoryKeepsTheReason() {
        HttpResponse<String> created = Api.as("reporter")
                .postJson(
                        "stories",
                        Api.story(
                                "Port talks " + Texts.uniqueName(),
                                "Greece and its creditors resumed talks on Monday over the sale of the port, two officials familiar"
                                        + " with the negotiations said."));
        long id = json(created).getJsonNumber("id").longValue();
        assertEquals(200, Desks.move(Api.as("reporter"), id, "SOURCING_REVIEW").statusCode());
        desk.signIn("editor");
        desk.openAndAwait("desk/sourcing.xhtml?id=" + id, By.id("story-text"));
        js("window.__marker = 'kept';");
        String aid = browser.findElements(By.cssSelector(".cd-attr-card")).stream()
                .filter(c -> c.getText().contains("familiar with the negotiations"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card for the officials' claim"))
                .getAttribute("data-aid");

        // the source would be anonymous (the registry's match, or the new source the proposal makes): asked why
        WebElement why = card(aid).findElement(By.cssSelector(".cd-why"));
        assertTrue(why.isDisplayed(), "the question is on the card");
        assertEquals(
                "Why was anonymity granted?",
                why.findElement(By.cssSelector(".cd-why-label")).getText());
        By link = By.cssSelector("button[id$=':linkSuggested'], button[id$=':linkNew']");
        card(aid).findElement(link).click();
        String asked = await(d -> card(aid).findElements(By.cssSelector(".cd-why .cd-field-error")).stream()
                .map(WebElement::getText)
                .filter(t -> !t.isBlank())
                .findFirst()
                .orElse(null));
        assertTrue(asked.startsWith("Say why anonymity was granted"), asked);
        assertTrue(card(aid).findElements(By.cssSelector(".cd-source-name")).isEmpty(), "nothing was linked");
        assertEquals(
                Boolean.TRUE,
                js("return document.activeElement && document.activeElement.classList.contains('cd-why-field');"),
                "the question has the focus");
        Browsers.screenshot(browser, "sourcing-desk-anonymity-asked");

        // too short: said next to the field, what was typed stays
        card(aid).findElement(By.cssSelector("textarea.cd-why-field")).sendKeys("insider");
        card(aid).findElement(link).click();
        await(d -> card(aid).findElements(By.cssSelector(".cd-why .cd-field-error")).stream()
                .anyMatch(e -> e.getText().contains("too short")));
        assertEquals(
                "insider",
                card(aid).findElement(By.cssSelector("textarea.cd-why-field")).getAttribute("value"));

        String reason = "Not authorized to speak; two officials confirmed independently";
        WebElement field = card(aid).findElement(By.cssSelector("textarea.cd-why-field"));
        field.clear();
        field.sendKeys(reason);
        card(aid).findElement(link).click();
        await(d -> card(aid).findElements(By.cssSelector(".cd-source-name")).size() == 1);
        assertEquals(
                reason, card(aid).findElement(By.cssSelector(".cd-why-reason")).getText());

        // the claim's history says who linked it, to which source, and why anonymity was granted
        card(aid).findElement(By.cssSelector("details.cd-attr-history summary")).click();
        String history = await(d -> {
            String text = card(aid)
                    .findElement(By.cssSelector(".cd-attr-history-lines"))
                    .getText();
            return text.isBlank() ? null : text;
        });
        assertTrue(history.contains("editor"), history);
        assertTrue(history.contains("Linked to "), history);
        assertTrue(history.contains("Why anonymity was granted: " + reason), history);
        assertTrue(stillTheSamePage(), "no action reloaded the page");
        js("arguments[0].scrollIntoView({block: 'center'});", card(aid));
        Browsers.screenshot(browser, "sourcing-desk-anonymity-history");
    }

    @Test
    void theSeedsWholeReviewTakesAtMostFifteenClicksInPlace() {
        long id = submittedSeedCopy();
        desk.signIn("editor");
        desk.openAndAwait("desk/sourcing.xhtml?id=" + id, By.cssSelector(".cd-attr-card"));
        int claims = browser.findElements(By.cssSelector(".cd-attr-card")).size();
        assertTrue(claims >= 10, "the seed's claims are listed: " + claims);
        js("window.__marker = 'kept';");
        int clicks = 0;

        // 1. every claim linked at once
        browser.findElement(By.id("sourcing:linkAll")).click();
        clicks++;
        await(d -> d.findElements(By.cssSelector("#story-text mark.cd-attr-unlinked"))
                .isEmpty());
        assertTrue(desk.text("sourcing:messages").startsWith("Linked "), desk.text("sourcing:messages"));
        Browsers.screenshot(browser, "sourcing-desk-linked");

        // 2. one click per source still unverified; every card resting on it follows
        for (int guard = 0; guard < 40; guard++) {
            WebElement verify = browser.findElements(By.cssSelector("button[id$=':verify']")).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null);
            if (verify == null) {
                break;
            }
            String before = desk.blockingText() + "|" + verifyButtons();
            js("arguments[0].scrollIntoView({block: 'center'});", verify);
            verify.click();
            clicks++;
            await(d -> !before.equals(desk.blockingText() + "|" + verifyButtons()));
        }
        assertEquals("Nothing blocks the move to the copy desk.", desk.blockingText());
        assertEquals(
                claims,
                browser.findElements(By.cssSelector("#story-text mark.cd-attr-verified"))
                        .size());
        assertTrue(stillTheSamePage(), "no action reloaded the page");
        Browsers.screenshot(browser, "sourcing-desk-verified");

        // 3. to the copy desk
        desk.clickButton("Approve sources, send to copy desk");
        clicks++;
        desk.expectState("COPY_EDIT");
        assertTrue(clicks <= 15, "the whole review of the seed in at most 15 clicks: " + clicks);
    }

    @Test
    void keysAndHighlightsFindClaimsAndActionsKeepThePanelWhereItWas() {
        long id = submittedSeedCopy();
        desk.signIn("editor");
        desk.open("desk/story.xhtml?id=" + id);
        desk.openAndAwait("desk/sourcing.xhtml?id=" + id, By.id("story-text"));
        js("window.__marker = 'kept';");
        List<String> ids = cardIds();
        assertTrue(browser.findElement(By.id("sourcing:keys")).getText().contains("next / previous claim"));

        // j / k move the focus from card to card; the focused card's highlight is outlined in the text
        press("j");
        assertEquals(ids.get(0), focusedCard());
        press("j");
        press("j");
        assertEquals(ids.get(2), focusedCard());
        press("k");
        assertEquals(ids.get(1), focusedCard());
        assertTrue(browser.findElement(By.id("attr-" + ids.get(1)))
                .getAttribute("class")
                .contains("cd-attr-focus"));

        // a highlight in the text finds its card: focused and scrolled into the panel's view
        String far = ids.get(ids.size() - 2);
        WebElement mark = browser.findElement(By.id("attr-" + far));
        js("arguments[0].scrollIntoView({block: 'center'});", mark);
        mark.click();
        assertEquals(far, focusedCard());
        assertEquals(
                Boolean.TRUE,
                js(
                        "var p = document.querySelector('.cd-src-panel').getBoundingClientRect();"
                                + "var c = arguments[0].getBoundingClientRect(); return c.top >= p.top - 1 && c.bottom <= p.bottom + 1;",
                        card(far)),
                "the card is in the panel's view");
        long scrolled = panelScroll();
        assertTrue(scrolled > 0, "the panel scrolled down to the card: " + scrolled);

        // l links the focused claim in place: the panel stays where it was, the page is not reloaded
        press("l");
        await(d ->
                card(far).getAttribute("class").matches(".*cd-attr-card-(unverified|verified|disputed|unreachable).*"));
        assertEquals(scrolled, panelScroll(), "the panel kept its scroll position");
        assertTrue(stillTheSamePage(), "linked without a reload");
        assertEquals(far, focusedCard(), "the card keeps the focus after its update");
        Browsers.screenshot(browser, "sourcing-desk-keys");

        // v verifies the focused claim's source
        if (!card(far).getAttribute("class").contains("cd-attr-card-verified")) {
            press("v");
            await(d -> card(far).getAttribute("class").contains("cd-attr-card-verified"));
        }
        assertTrue(
                browser.findElement(By.id("attr-" + far)).getAttribute("class").contains("cd-attr-verified"),
                "the highlight in the text follows");
        assertEquals(scrolled, panelScroll(), "the panel kept its scroll position");

        // keys typed into a field are text, not commands
        WebElement note = card(far).findElement(By.cssSelector("input[id$=':note']"));
        note.click();
        note.sendKeys("jkl");
        assertEquals("jkl", note.getAttribute("value"));
        assertEquals(far, focusedCard());
        note.clear();

        // a reload shows what was decided; the actions added nothing to the history: back leaves the page
        browser.navigate().refresh();
        await(d -> !d.findElements(By.cssSelector(".cd-attr-card")).isEmpty());
        assertTrue(card(far).getAttribute("class").contains("cd-attr-card-verified"));
        browser.navigate().back();
        await(d -> d.getCurrentUrl().contains("desk/story.xhtml"));
        browser.navigate().forward();
        await(d -> !d.findElements(By.cssSelector(".cd-attr-card")).isEmpty());
        assertTrue(card(far).getAttribute("class").contains("cd-attr-card-verified"));
    }

    @Test
    void aHandMarkedClaimGetsAProposalThatIsEditedAndMadeASource() {
        long id = submittedSeedCopy();
        desk.signIn("editor");
        desk.openAndAwait("desk/sourcing.xhtml?id=" + id, By.id("story-text"));
        js("window.__marker = 'kept';");
        int before = cardIds().size();

        // words that name someone: the proposal is guessed from them
        select("by Washington");
        assertTrue(desk.text("selection-hint").contains("by Washington"));
        browser.findElement(By.id("sourcing:addSelection")).click();
        await(d -> cardIds().size() == before + 1);
        String washington = await(d -> focusedCard());
        WebElement marked = card(washington);
        assertEquals(
                "by Washington",
                marked.findElement(By.cssSelector(".cd-attr-span mark")).getText());
        assertEquals(
                "Washington",
                marked.findElement(By.cssSelector(".cd-proposed-name")).getText());
        assertTrue(
                browser.findElement(By.id("attr-" + washington))
                        .getAttribute("class")
                        .contains("cd-attr-focus"),
                "the new claim is highlighted in the text");
        assertTrue(stillTheSamePage());

        // the guess (a lone capitalised word: an organisation, named as written) is renamed on the card, then made a
        // source
        String name = "The " + Texts.uniqueName() + " administration";
        marked.findElement(By.cssSelector("details.cd-proposal-edit summary")).click();
        WebElement nameField = marked.findElement(By.cssSelector("input.cd-pname"));
        nameField.clear();
        nameField.sendKeys(name);
        new Select(marked.findElement(By.cssSelector("select.cd-pkind"))).selectByVisibleText("ORGANIZATION");
        marked.findElement(By.cssSelector("input.cd-prole")).sendKeys("US government");
        Browsers.screenshot(browser, "sourcing-desk-proposal-edit");
        marked.findElement(By.cssSelector("button[id$=':saveProposal']")).click();
        await(d -> card(washington)
                .findElement(By.cssSelector(".cd-proposed-name"))
                .getText()
                .equals(name));
        assertTrue(card(washington)
                .findElement(By.cssSelector(".cd-proposed-kind"))
                .getText()
                .contains("ORGANIZATION"));
        WebElement make = card(washington).findElement(By.cssSelector("button[id$=':linkNew']"));
        assertEquals("New source: " + name, make.getText());
        make.click();
        await(d ->
                card(washington).findElements(By.cssSelector(".cd-source-name")).size() == 1);
        assertEquals(
                name + " (US government)",
                card(washington).findElement(By.cssSelector(".cd-source-name")).getText());

        // words that name no one: the editor is told to type the name, and nothing is made without one
        select("The city");
        browser.findElement(By.id("sourcing:addSelection")).click();
        await(d -> cardIds().size() == before + 2);
        String city = await(d -> focusedCard());
        assertTrue(
                card(city).getText().contains("No source could be guessed"),
                card(city).getText());
        assertTrue(
                card(city)
                                .findElement(By.cssSelector("details.cd-proposal-edit"))
                                .getAttribute("open")
                        != null,
                "the proposal editor is open: a name is what is missing");
        WebElement nameless = card(city).findElement(By.cssSelector("button[id$=':linkNew']"));
        assertEquals("New source…", nameless.getText());
        nameless.click();
        await(d -> d.findElement(By.id("sourcing:messages")).getText().contains("Type the new source's name"));
        assertTrue(card(city).findElements(By.cssSelector(".cd-source-name")).isEmpty(), "no source was made");
        assertEquals(
                Boolean.TRUE,
                js("return document.activeElement && document.activeElement.classList.contains('cd-pname');"),
                "the name field has the focus");
        String cityName = "Vladivostok " + Texts.uniqueName();
        browser.switchTo().activeElement().sendKeys(cityName);
        new Select(card(city).findElement(By.cssSelector("select.cd-pkind"))).selectByVisibleText("ORGANIZATION");
        card(city).findElement(By.cssSelector("button[id$=':linkNew']")).click();
        await(d -> card(city).findElements(By.cssSelector(".cd-source-name")).size() == 1);
        assertEquals(
                cityName,
                card(city).findElement(By.cssSelector(".cd-source-name")).getText(),
                "a name typed and not saved is saved with the new source");
        assertTrue(stillTheSamePage(), "no action reloaded the page");
        Browsers.screenshot(browser, "sourcing-desk-manual");

        // at a phone's width: one column, the cards under the text
        browser.manage().window().setSize(new Dimension(390, 844));
        js("arguments[0].scrollIntoView({block: 'start'});", card(washington));
        Browsers.screenshot(browser, "sourcing-desk-phone");
        assertFalse(
                (Boolean) js("var w = window.innerWidth; return Array.prototype.some.call("
                        + "document.querySelectorAll('.cd-gate, .cd-sourcing, .cd-sourcing *'),"
                        + " function (e) { return e.getBoundingClientRect().right > w + 1; });"),
                "nothing on the sourcing desk is wider than the phone");
    }
}
