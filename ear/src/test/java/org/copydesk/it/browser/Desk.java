package org.copydesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.copydesk.it.ServerUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does on Copydesk's pages, in words a test can read. */
final class Desk {

    private final WebDriver browser;
    private final WebDriverWait wait;

    Desk(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    void open(String path) {
        browser.get(ServerUrls.base().resolve(path).toString());
    }

    void signIn(String username) {
        open("");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys("copydesk");
        browser.findElement(By.id("login:signin")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account:signout")));
    }

    void signOut() {
        browser.findElement(By.id("account:signout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void clickButton(String label) {
        By button = By.xpath("//button[normalize-space(.)='" + label + "']");
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(button));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
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

    String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
