package org.copydesk.it.browser;

import org.copydesk.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** What every browser test shares: the EAR as built, and a fresh headless Chromium per test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

    protected WebDriver browser;
    protected Desk desk;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
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
}
