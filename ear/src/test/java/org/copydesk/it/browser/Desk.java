package org.copydesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.copydesk.it.ServerUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does on Copydesk's pages, in words a test can read. */
final class Desk {

    private final WebDriver browser;
    private final org.openqa.selenium.support.ui.FluentWait<WebDriver> wait;

    Desk(WebDriver browser) {
        this.browser = browser;
        // Ajax updates replace elements while a condition reads them: read again rather than fail.
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    void open(String path) {
        go(ServerUrls.base().resolve(path).toString());
    }

    /**
     * Goes to an address and waits until the browser shows the page it answered with, fully loaded. Chromium's
     * driver sometimes answers a navigation at once (in 30 ms, seen a few times in thirty sign-ins on a server just
     * started) while the page left is still the document, so an element looked for next was not found; the page
     * left is marked, and the wait ends only when a loaded document without the mark is there.
     */
    void go(String url) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.copydeskPageLeft = true;");
        browser.get(url);
        wait.until(d -> Boolean.TRUE.equals(script.executeScript(
                "return window.copydeskPageLeft !== true && document.readyState === 'complete';")));
    }

    /** Who signed in last through {@link #signIn}, or {@code null}. */
    private String signedIn;

    /**
     * Opens a page and waits up to 20 s for something it shows. Twice (in CI, not reproduced by hand) a
     * sourcing page opened right after signing in was counted with none of its claim cards while the
     * story had them and the server logged nothing; if that happens, what the browser showed is kept (a
     * screenshot, the address and the title, printed), the person signs in again if the page asks for it,
     * and the page is opened once more.
     */
    void openAndAwait(String path, By shown) {
        open(path);
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> !d.findElements(shown).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "unexpected-" + path.replaceAll("[^A-Za-z0-9]+", "-");
            Browsers.screenshot(browser, name);
            System.out.println("Desk: " + path + " did not show " + shown + " within 20 s; the browser was at "
                    + browser.getCurrentUrl() + " (\"" + browser.getTitle() + "\"), screenshot " + name
                    + ".png; opening it again");
            if (signedIn != null
                    && !browser.findElements(By.id("login:username")).isEmpty()) {
                System.out.println("Desk: the page asked " + signedIn + " to sign in again");
                signIn(signedIn);
            }
            open(path);
        }
    }

    void signIn(String username) {
        signIn(username, "copydesk");
    }

    void signIn(String username, String password) {
        open("");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:signin")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account:signout")));
        signedIn = username;
    }

    void signOut() {
        browser.findElement(By.id("account:signout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        signedIn = null;
    }

    /**
     * Chooses an item of a PrimeFaces select menu as a person does: opens the menu, clicks the item once
     * it can be clicked, and checks the menu shows it; again if a click landed while the panel was still
     * opening (under load).
     */
    void choose(String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
        for (int attempt = 0; attempt < 3; attempt++) {
            byId(menuId).click();
            WebElement option = await(ExpectedConditions.elementToBeClickable(item));
            try {
                option.click();
            } catch (org.openqa.selenium.ElementNotInteractableException e) {
                // the list opened partly under the top bar or past the window's edge (a long page on PostgreSQL's
                // fuller registry): the item is there, choose it as a click on it would
                ((JavascriptExecutor) browser).executeScript("arguments[0].click();", option);
            }
            try {
                new WebDriverWait(browser, Duration.ofSeconds(5))
                        .until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                // not chosen: open the menu and choose again
            }
        }
        assertEquals(label, text(menuId + "_label"), "the menu " + menuId + " shows the chosen item");
    }

    WebElement byCss(String css) {
        return await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    WebElement byId(String id) {
        return await(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Waits for the condition, asking again when an update replaced an element it was reading. */
    private <T> T await(java.util.function.Function<? super WebDriver, T> condition) {
        return wait.until(d -> {
            try {
                return condition.apply(d);
            } catch (WebDriverException e) {
                if (replaced(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    /**
     * Clicks a button and waits until the page (or the ajax-updated form) has replaced it, so that what
     * the test reads next is the answer, not the page it came from.
     */
    void clickButton(String label) {
        By button = By.xpath(
                "//button[normalize-space(.)='" + label + "'] | //input[@type='submit' and @value='" + label + "']");
        // found, scrolled to and clicked in one go, again if an ajax update replaced the button meanwhile
        WebElement element = await(d -> {
            WebElement found = ExpectedConditions.elementToBeClickable(button).apply(d);
            if (found != null) {
                ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", found);
                found.click();
            }
            return found;
        });
        try {
            // gone = replaced by the answer; Chromium may say so as a stale element or as a node that "does not
            // belong to the document" (ExpectedConditions.stalenessOf knows only the first)
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
                try {
                    element.isEnabled();
                    return false;
                } catch (WebDriverException e) {
                    if (replaced(e)) {
                        return true;
                    }
                    throw e;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // the button stayed (nothing re-rendered it): go on with the page as it is
        }
    }

    /**
     * Whether the element was replaced while it was used: Selenium's stale element, or Chromium's "Node with
     * given id does not belong to the document" when the replacement happens between finding and using it.
     */
    private static boolean replaced(WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** The text of an element, read again if an update replaces it while it is read. */
    String text(String id) {
        return await(d -> d.findElement(By.id(id)).getText());
    }

    /**
     * Whether the element comes to contain the text within the wait (a full-page postback may still be
     * showing the old page, with the element empty, when this is first asked).
     */
    boolean shows(String id, String expected) {
        try {
            await(ExpectedConditions.textToBePresentInElementLocated(By.id(id), expected));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** Sets a long text at once, as a paste would, instead of typing it key by key. */
    void paste(String id, String text) {
        WebElement field = byId(id);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, text);
    }

    void openStory(long id) {
        open("desk/story.xhtml?id=" + id);
        byId("state");
    }

    void expectState(String state) {
        wait.until(ExpectedConditions.textToBe(By.id("state"), state));
        assertEquals(state, browser.findElement(By.id("state")).getText());
    }

    /** Moves the story with a button; a move that needs a note gets it in the dialog. */
    void move(String label, String note) {
        clickButton(label);
        if (note != null) {
            WebElement field = byId("noteForm:note");
            field.sendKeys(note);
            browser.findElement(By.id("noteForm:confirm")).click();
        }
    }

    /** The sourcing screen's count of what blocks the gate; ajax may replace it while it is read. */
    String blockingText() {
        for (int attempt = 0; ; attempt++) {
            try {
                return byId("sourcing:blocking").getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /**
     * On the sourcing screen: clicks the first visible, enabled button whose id ends with the suffix and
     * waits for the page to change; false when there is none. Ajax updates replace the buttons, so a
     * stale one is looked up again.
     */
    boolean clickFirst(String idSuffix) {
        By buttons = By.cssSelector("button[id$='" + idSuffix + "']");
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                WebElement target = browser.findElements(buttons).stream()
                        .filter(b -> b.isDisplayed() && b.isEnabled())
                        .findFirst()
                        .orElse(null);
                if (target == null) {
                    return false;
                }
                String before =
                        blockingText() + "|" + browser.findElements(buttons).size();
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'});", target);
                target.click();
                wait.until(d -> {
                    try {
                        return !before.equals(
                                blockingText() + "|" + d.findElements(buttons).size());
                    } catch (org.openqa.selenium.StaleElementReferenceException e) {
                        return false;
                    }
                });
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // the panel was re-rendered under us: look again
            }
        }
        return false;
    }

    /** Links every claim to the registry's match or a new source, then verifies every source. */
    void linkAndVerifyAll() {
        for (int guard = 0;
                guard < 60 && (giveAnonymityReasons() | clickFirst(":linkSuggested") || clickFirst(":linkNew"));
                guard++) {
            // one claim linked per round trip
        }
        for (int guard = 0; guard < 60 && clickFirst(":verify"); guard++) {
            // one source verified per round trip
        }
    }

    /**
     * Writes why anonymity was granted into every empty "why" field shown (claims proposed as anonymous
     * ask for it before they are linked); answers false, so that it never counts as a step.
     */
    boolean giveAnonymityReasons() {
        for (WebElement why : browser.findElements(By.cssSelector("textarea.cd-why-field"))) {
            try {
                if (why.isDisplayed() && why.getAttribute("value").isEmpty()) {
                    why.sendKeys("Not authorized to speak; confirmed by a second person.");
                }
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // re-rendered: the next round sees it again
            }
        }
        return false;
    }

    /** Does something to an element that an ajax update may replace meanwhile; tries again if it was. */
    void retrying(Runnable action) {
        for (int attempt = 0; ; attempt++) {
            try {
                action.run();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    // ---------------------------------------------------------------- the body's writing surface

    /** The blocks of the surface as the server counts them (empty lines are not blocks), in a script. */
    private static final String BLOCKS = "var q = PF('bodyEditor').editor;"
            + " var blocks = Array.prototype.filter.call(q.root.children, function (e) {"
            + " return e.textContent.trim() !== ''; });";

    private Object script(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The story body's writing surface, once it is there. */
    WebElement surface() {
        return await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cd-surface .ql-editor")));
    }

    /** The text of the body's block at {@code index} (a list's items a line each). */
    String line(int index) {
        surface();
        return (String)
                script(BLOCKS + " return blocks[arguments[0]] ? blocks[arguments[0]].innerText.trim() : null;", index);
    }

    /** The number of blocks on the surface. */
    int lines() {
        surface();
        return ((Number) script(BLOCKS + " return blocks.length;")).intValue();
    }

    /** The index of the first block holding the words, or -1. */
    int lineWith(String words) {
        surface();
        return ((Number) script(
                        BLOCKS + " for (var i = 0; i < blocks.length; i++) {"
                                + " if (blocks[i].textContent.indexOf(arguments[0]) >= 0) { return i; } } return -1;",
                        words))
                .intValue();
    }

    /** The model type the block at {@code index} has on the surface: PARAGRAPH, SUBHEADING, QUOTE, LIST or CAPTION. */
    String lineType(int index) {
        surface();
        return (String) script(
                BLOCKS + " var t = blocks[arguments[0]].tagName;"
                        + " return {P: 'PARAGRAPH', H2: 'SUBHEADING', BLOCKQUOTE: 'QUOTE', OL: 'LIST', UL: 'LIST',"
                        + " FIGCAPTION: 'CAPTION', FIGURE: 'IMAGE'}[t] || t;",
                index);
    }

    /** Puts the cursor at the end of the block at {@code index} and types there, as a writer would. */
    void typeAtEndOfLine(int index, CharSequence... keys) {
        surface();
        script(
                BLOCKS + " var blot = Quill.find(blocks[arguments[0]]);"
                        + " q.setSelection(q.getIndex(blot) + blot.length() - 1, 0, 'user');",
                index);
        typeOnSurface(keys);
    }

    /** Puts the cursor at the start of the block at {@code index} and types there. */
    void typeAtStartOfLine(int index, CharSequence... keys) {
        surface();
        script(BLOCKS + " q.setSelection(q.getIndex(Quill.find(blocks[arguments[0]])), 0, 'user');", index);
        typeOnSurface(keys);
    }

    /** Types where the cursor is on the surface. */
    void typeOnSurface(CharSequence... keys) {
        if (keys.length > 0) {
            browser.switchTo().activeElement().sendKeys(keys);
        }
    }

    /** Selects the first place the words are on the surface (what a writer does with the mouse). */
    void selectOnSurface(String words) {
        surface();
        Object found = script(
                "var q = PF('bodyEditor').editor; var at = q.getText().indexOf(arguments[0]);"
                        + " if (at < 0) { return false; } q.setSelection(at, arguments[0].length, 'user'); return true;",
                words);
        assertEquals(Boolean.TRUE, found, "\"" + words + "\" is on the surface");
    }

    /** Selects the words on the surface and types their replacement over them. */
    void replaceOnSurface(String words, String replacement) {
        selectOnSurface(words);
        typeOnSurface(replacement);
    }

    /** The type button of the toolbar that shows as pressed (the type of the line the cursor is in). */
    String pressedType() {
        return (String) script("var b = document.querySelector('.cd-surface .cd-type[aria-pressed=\"true\"]');"
                + " return b ? b.getAttribute('data-type') : null;");
    }

    String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
