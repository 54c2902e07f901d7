package org.copydesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.copydesk.it.Deployments;
import org.copydesk.it.ServerUrls;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person opens Copydesk in Chromium and sees the seed story in the list. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoryListBrowserIT {

    private WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void seedHeadlineIsListed() {
        browser.get(ServerUrls.base().toString());
        WebElement table = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("stories:table")));
        Browsers.screenshot(browser, "story-list");
        assertTrue(table.getText().contains("Russia sends troops to border with North Korea: Reports"),
                table.getText());
        assertEquals("Stories · Copydesk", browser.getTitle());
    }
}
