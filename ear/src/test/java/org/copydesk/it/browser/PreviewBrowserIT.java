package org.copydesk.it.browser;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.copydesk.it.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** A reporter previews their draft from the story page in Chromium: a new tab with the readers' page, marked. */
class PreviewBrowserIT extends BrowserTest {

    @Test
    void aReporterPreviewsTheirDraftFromTheStoryPage() {
        String headline =
                "Preview in the browser " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Api.as("reporter")
                .postJson("stories", Api.story(headline, "The museum reopens on Saturday after two years of repairs."));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();

        desk.signIn("reporter");
        desk.openStory(id);
        String deskTab = browser.getWindowHandle();
        desk.byId("preview-link").click();
        List<String> tabs = new ArrayList<>(browser.getWindowHandles());
        assertEquals(2, tabs.size(), "the preview opens in a new tab");
        tabs.remove(deskTab);
        browser.switchTo().window(tabs.get(0));
        desk.byId("preview-banner");
        assertTrue(desk.text("preview-banner").contains("not published: readers cannot see this page"));
        assertEquals(headline, desk.text("headline"));
        assertTrue(browser.getTitle().startsWith("Preview: "), browser.getTitle());
        assertTrue(browser.findElements(By.id("report")).isEmpty(), "no report form");
        Browsers.screenshot(browser, "preview-draft");
        browser.manage().window().setSize(new Dimension(390, 844));
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, overflow, "no sideways scrolling on a phone");
        Browsers.screenshot(browser, "preview-draft-phone");

        desk.byId("preview-back").click();
        desk.byId("preview-link");
        assertTrue(browser.getCurrentUrl().contains("desk/story.xhtml?id=" + id), browser.getCurrentUrl());
        browser.close();
        browser.switchTo().window(deskTab);
    }
}
