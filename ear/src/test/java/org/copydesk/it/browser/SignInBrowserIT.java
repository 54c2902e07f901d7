package org.copydesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.it.Desks;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in and out in Chromium; the seed story waits in the reporter's drafts. */
class SignInBrowserIT extends BrowserTest {

    /**
     * On a fresh install the seed story is the reporter's only draft (StoryServiceIT checks the import); here
     * earlier tests have left two hundred drafts, newest first, so the test imports a copy of the seed and
     * looks for it at the top of the queue.
     */
    @Test
    void reporterSignsInAndSeesTheSeedStoryInTheirDrafts() {
        Desks.importCopy(Texts.seed());
        desk.open("");
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
        desk.signIn("reporter");
        assertEquals("Dashboard · Copydesk", browser.getTitle());
        String drafts = desk.text("queue-mydrafts");
        assertTrue(drafts.contains("Russia sends troops to border with North Korea: Reports"), drafts);
        Browsers.screenshot(browser, "dashboard-reporter");
        desk.signOut();
        assertTrue(desk.pageText().contains("You are signed out."));
        desk.open("desk/dashboard.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml?next="), "signed out means signed out");
    }

    @Test
    void wrongPasswordIsSaidNextToTheForm() {
        desk.open("login.xhtml");
        desk.byId("login:username").sendKeys("editor");
        browser.findElement(By.id("login:password")).sendKeys("not-the-password");
        browser.findElement(By.id("login:signin")).click();
        assertTrue(desk.shows("login:messages", "The username or password is wrong."), desk.text("login:messages"));
    }

    @Test
    void aProtectedPageAsksForSignInAndThenOpens() {
        desk.open("desk/import.xhtml");
        desk.byId("login:username").sendKeys("reporter");
        browser.findElement(By.id("login:password")).sendKeys("copydesk");
        browser.findElement(By.id("login:signin")).click();
        desk.byId("import:text");
        assertTrue(browser.getCurrentUrl().endsWith("/desk/import.xhtml"), browser.getCurrentUrl());
    }
}
