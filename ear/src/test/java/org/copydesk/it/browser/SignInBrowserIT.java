package org.copydesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in and out in Chromium; the seed story waits in the reporter's drafts. */
class SignInBrowserIT extends BrowserTest {

    @Test
    void reporterSignsInAndSeesTheSeedStoryInTheirDrafts() {
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
