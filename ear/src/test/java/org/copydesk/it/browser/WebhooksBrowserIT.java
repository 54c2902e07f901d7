package org.copydesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.it.Desks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin registers a partner's webhook in Chromium, copies the secret shown once, sees the delivery of a
 * published story (the receiver fails the first attempt: PENDING, then DELIVERED after a refresh), and turns the
 * webhook off after confirming; a wrong address is refused next to the field; other roles have no such page.
 */
class WebhooksBrowserIT extends BrowserTest {

    private WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @Test
    void anAdminRegistersAWebhookSeesItsDeliveriesAndTurnsItOff() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/partner", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 500 : 200, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/partner";
        try {
            desk.signIn("admin");
            desk.byId("nav-webhooks").click();
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("register:url")));

            // a wrong address is refused next to the field, and what was typed stays
            desk.byId("register:url").sendKeys("ftp://partner.example/feed");
            desk.byId("register:save").click();
            waiting().until(d -> desk.shows("register:url-message", "must be an absolute http or https address"));
            waiting().until(d -> "ftp://partner.example/feed"
                    .equals(d.findElement(By.id("register:url")).getAttribute("value")));
            Browsers.screenshot(browser, "webhooks-refused");

            desk.retrying(() -> {
                WebElement field = browser.findElement(By.id("register:url"));
                field.clear();
                field.sendKeys(url);
            });
            desk.byId("register:save").click();
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("made-secret")));
            assertEquals(64, desk.byId("made-secret").getText().strip().length(), "the secret, shown once");
            assertTrue(desk.text("list").contains(url));
            Browsers.screenshot(browser, "webhooks-registered");

            long id = Desks.published(
                    "Library extends hours " + UUID.randomUUID().toString().substring(0, 8),
                    "The city library will open until 9 p.m.");
            // the first attempt fails, the second (a second later) is taken: refresh until it says so
            waiting().until(d -> {
                desk.byId("deliveries:refresh").click();
                return desk.text("deliveries").contains("DELIVERED");
            });
            String deliveries = desk.text("deliveries");
            assertTrue(deliveries.contains("story.published") && deliveries.contains("Story " + id), deliveries);
            assertTrue(deliveries.contains("200"), deliveries);
            Browsers.screenshot(browser, "webhooks-deliveries");

            browser.manage().window().setSize(new Dimension(390, 844));
            Browsers.screenshot(browser, "webhooks-phone");
            Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow.intValue(), "nothing wider than a phone");
            browser.manage().window().setSize(new Dimension(1280, 900));

            browser.findElements(By.cssSelector("[id$=':off']")).stream()
                    .filter(WebElement::isDisplayed)
                    .reduce((first, last) -> last)
                    .orElseThrow()
                    .click();
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
            browser.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            waiting().until(d -> desk.text("messages").contains("turned off"));
        } finally {
            receiver.stop(0);
        }

        desk.signOut();
        desk.signIn("editor");
        assertTrue(browser.findElements(By.id("nav-webhooks")).isEmpty(), "no webhooks link for an editor");
        desk.open("desk/webhooks.xhtml");
        waiting().until(d -> d.getPageSource().contains("This page is not for your role"));
    }
}
