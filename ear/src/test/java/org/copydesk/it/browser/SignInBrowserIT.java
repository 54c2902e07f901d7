package org.copydesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Signing in and out in Chromium; the seed story waits in the reporter's drafts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    private WebDriver browser;
    private Desk desk;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium();
        desk = new Desk(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void reporterSignsInAndSeesTheSeedStoryInTheirDrafts() {
        desk.open("");
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
        desk.signIn("reporter");
        assertEquals("Dashboard · Copydesk", browser.getTitle());
        String drafts = desk.byId("queue-mydrafts").getText();
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
        assertTrue(desk.byId("login:messages").getText().contains("The username or password is wrong."));
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
