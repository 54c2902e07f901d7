package org.copydesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.it.Api;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The whole path in Chromium: the reporter imports the seed and submits it; the editor returns it with
 * a note; the reporter fixes "Chine" and resubmits; the editor sends it to the copy desk; the copy
 * editor applies the copy check's grammar fixes and signs off; the editor publishes; the public page
 * shows it.
 */
class WorkflowJourneyBrowserIT extends BrowserTest {

    @Test
    void seedStoryTravelsFromDraftToThePublicPage() {
        // The reporter imports the seed. It is in Copydesk already (the first story), so the import says
        // so, and the reporter imports it as a new story on purpose.
        desk.signIn("reporter");
        desk.open("desk/import.xhtml");
        desk.paste("import:text", Texts.seed());
        desk.clickButton("Import");
        assertTrue(desk.text("import:duplicate").contains("already in Copydesk"));
        desk.clickButton("Import as a new story anyway");
        long id = storyId();
        desk.expectState("DRAFT");
        assertEquals(
                "Russia sends troops to border with North Korea: Reports",
                desk.byId("tabs:editor:headline").getAttribute("value"));
        assertTrue(desk.pageText().contains("Removed scrape debris: Back to top button"), "debris is reported");
        Browsers.screenshot(browser, "editor-imported");
        desk.move("Submit for sourcing review", null);
        desk.expectState("SOURCING_REVIEW");
        desk.signOut();

        // The editor sends it back with a note.
        desk.signIn("editor");
        assertTrue(desk.text("queue-sourcing").contains("Russia sends troops"));
        desk.openStory(id);
        desk.move("Return to reporter", "Subheading: the country is China, not Chine.");
        desk.expectState("DRAFT");
        desk.signOut();

        // The reporter fixes the subheading and resubmits.
        desk.signIn("reporter");
        desk.openStory(id);
        browser.findElement(By.xpath("//a[normalize-space(.)='Workflow log']")).click();
        assertTrue(desk.text("tabs:log").contains("Subheading: the country is China, not Chine."));
        browser.findElement(By.xpath("//a[normalize-space(.)='Story']")).click();
        int subheading = desk.lineWith("Chine mobilizes forces, too");
        assertEquals("SUBHEADING", desk.lineType(subheading));
        desk.replaceOnSurface("Chine mobilizes", "China mobilizes");
        assertEquals("‘China mobilizes forces, too’", desk.line(subheading));
        desk.byId("tabs:editor:reason").sendKeys("China, not Chine");
        desk.clickButton("Save");
        assertTrue(desk.text("workflow:messages").contains("Saved as revision 2."));
        browser.findElement(By.xpath("//a[normalize-space(.)='History']")).click();
        WebElement diff = desk.byId("tabs:history:diff");
        assertEquals("Chine", diff.findElement(By.tagName("del")).getText());
        assertEquals("China", diff.findElement(By.tagName("ins")).getText());
        Browsers.screenshot(browser, "history-diff");
        browser.findElement(By.xpath("//a[normalize-space(.)='Story']")).click();
        desk.move("Submit for sourcing review", null);
        desk.expectState("SOURCING_REVIEW");
        desk.signOut();

        // The editor reviews the sourcing: every claim linked to a verified source; then approves.
        desk.signIn("editor");
        desk.openAndAwait("desk/sourcing.xhtml?id=" + id, By.id("story-text"));
        desk.linkAndVerifyAll();
        assertEquals("Nothing blocks the move to the copy desk.", desk.text("sourcing:blocking"));
        desk.clickButton("Approve sources, send to copy desk");
        desk.expectState("COPY_EDIT");
        desk.signOut();

        // The copy editor applies the copy check's fixes of the seed's three grammar slips ("at least one
        // military helicopter", "army combat vehicle movements", "a Russian military helicopter"), then signs off.
        Api copyEditor = Api.as("copyeditor");
        for (int applied = 0; applied < 3; applied++) {
            JsonObject open = Api.parse(
                            copyEditor.get("stories/" + id + "/findings").body())
                    .asJsonArray()
                    .stream()
                    .map(JsonValue::asJsonObject)
                    .filter(f -> "OPEN".equals(f.getString("status")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("fewer open findings than the seed's three grammar slips"));
            HttpResponse<String> fixed = copyEditor.postJson(
                    "stories/" + id + "/findings/" + open.getJsonNumber("id").longValue() + "/apply", "{}");
            assertEquals(200, fixed.statusCode(), fixed.body());
        }
        desk.signIn("copyeditor");
        assertTrue(desk.text("queue-copydesk").contains("Russia sends troops"));
        desk.openStory(id);
        desk.move("Sign off as ready", null);
        desk.expectState("READY");
        desk.signOut();

        // The editor publishes; readers see it.
        desk.signIn("editor");
        desk.openStory(id);
        assertFalse(browser.findElements(By.xpath("//button[normalize-space(.)='Publish']"))
                .isEmpty());
        desk.move("Publish", null);
        desk.expectState("PUBLISHED");
        String publicUrl = desk.byId("public-link").getAttribute("href");
        desk.signOut();

        desk.go(publicUrl);
        assertEquals("Russia sends troops to border with North Korea: Reports", desk.text("headline"));
        String article = desk.text("article");
        assertTrue(article.contains("‘China mobilizes forces, too’"), article);
        assertFalse(article.contains("Chine mobilizes"), article);
        assertTrue(article.contains("purportedly shows a Russian military helicopter"), article);
        assertFalse(article.contains("Back to top button"), article);
        assertTrue(article.contains("ASIA-PACIFIC · KOREA · WORLD NEWS"), article);
        Browsers.screenshot(browser, "public-page");
    }

    private long storyId() {
        desk.byId("state");
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(browser.getCurrentUrl());
        assertTrue(m.find(), browser.getCurrentUrl());
        return Long.parseLong(m.group(1));
    }
}
