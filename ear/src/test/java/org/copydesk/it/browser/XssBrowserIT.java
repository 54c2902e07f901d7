package org.copydesk.it.browser;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.ServerUrls;
import org.copydesk.it.TestPictures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Script payloads typed into headlines, blocks, source names, notes, correction notices and reader
 * reports are shown as text on every page that shows them: no script runs in Chromium, and the Atom
 * feed carries them escaped.
 */
class XssBrowserIT extends BrowserTest {

    static final String PAYLOAD = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=1\">";

    private Object xssRan() {
        return ((JavascriptExecutor) browser).executeScript("return window.__xss;");
    }

    private void assertShownAsText(String page) {
        assertNull(xssRan(), "a script ran on " + page);
        assertTrue(
                desk.pageText().contains("<script>window.__xss=1</script>")
                        || browser.getPageSource().contains("&lt;script&gt;window.__xss=1"),
                "the payload is shown as text on " + page);
    }

    @Test
    void payloadsEverywhereAreShownAsTextAndNeverRun() throws Exception {
        Api reporter = Api.as("reporter");
        Api editor = Api.as("editor");
        String headline = "Storm " + UUID.randomUUID().toString().substring(0, 6) + " " + PAYLOAD;
        HttpResponse<String> created = reporter.postJson(
                "stories", Api.story(headline, "The council said " + PAYLOAD + " would reopen the road."));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        String key = json(created).getJsonArray("blocks").getJsonObject(0).getString("key");

        // A note and a source name with the payload, then on through the desk.
        Desks.move(reporter, id, "SOURCING_REVIEW");
        assertEquals(
                200,
                editor.postJson(
                                "stories/" + id + "/transitions",
                                Json.createObjectBuilder()
                                        .add("to", "DRAFT")
                                        .add("note", "Check " + PAYLOAD)
                                        .build()
                                        .toString())
                        .statusCode());
        assertEquals(
                201,
                editor.postJson(
                                "sources",
                                Json.createObjectBuilder()
                                        .add("name", "Council " + PAYLOAD + UUID.randomUUID())
                                        .add("kind", "ORGANIZATION")
                                        .build()
                                        .toString())
                        .statusCode());

        desk.signIn("editor");
        desk.openStory(id);
        assertShownAsText("the editor");
        browser.findElement(org.openqa.selenium.By.xpath("//a[normalize-space(.)='Workflow log']"))
                .click();
        assertNull(xssRan());
        assertTrue(desk.text("tabs:log").contains("Check <script>"), "the note is text");
        desk.openAndAwait("desk/sourcing.xhtml?id=" + id, org.openqa.selenium.By.id("story-text"));
        assertShownAsText("the sourcing screen");
        desk.open("desk/dashboard.xhtml");
        assertNull(xssRan());
        desk.signOut();

        Desks.toCopyDesk(id);
        Desks.signOffAndPublish(id);
        String slug = json(reporter.get("stories/" + id)).getString("slug");
        long cid = json(reporter.postJson(
                        "stories/" + id + "/corrections",
                        Json.createObjectBuilder()
                                .add("kind", "CORRECTION")
                                .add("blockKey", key)
                                .add("before", "the road")
                                .add("after", "the bridge")
                                .add("reason", "Wrong road " + PAYLOAD)
                                .add("notice", "It was the bridge. " + PAYLOAD)
                                .build()
                                .toString()))
                .getJsonNumber("id")
                .longValue();
        assertEquals(200, editor.postJson("corrections/" + cid + "/apply", "{}").statusCode());

        desk.go(ServerUrls.base().resolve("read/" + slug).toString());
        assertShownAsText("the public page");
        desk.byId("report:text").sendKeys("This is wrong: " + PAYLOAD);
        desk.clickButton("Send report");
        assertNull(xssRan());
        desk.go(ServerUrls.base().resolve("corrections").toString());
        assertShownAsText("the corrections log");

        desk.signIn("copyeditor");
        assertNull(xssRan(), "the reader's report on the dashboard");
        assertTrue(desk.text("queue-corrections").contains("This is wrong: <script>"));

        HttpResponse<String> atom = Api.anonymous()
                .send(HttpRequest.newBuilder(ServerUrls.base().resolve("corrections.atom"))
                        .GET());
        assertFalse(atom.body().contains("<script>window.__xss"), "the feed escapes the payload");
        assertTrue(
                new SyndFeedInput()
                        .build(new StringReader(atom.body())).getEntries().stream()
                                .anyMatch(e -> e.getTitle().contains("<script>window.__xss=1</script>")),
                "and carries it as text");
    }

    @Test
    void payloadsInAPicturesCaptionCreditAndAltAreInertOnTheDeskAndThePublicPage() {
        Api reporter = Api.as("reporter");
        HttpResponse<String> uploaded = TestPictures.upload(
                reporter,
                TestPictures.picture(800, 500, "jpeg", "xss"),
                "image/jpeg",
                "credit=" + java.net.URLEncoder.encode("Wire " + PAYLOAD, java.nio.charset.StandardCharsets.UTF_8)
                        + "&alt=" + java.net.URLEncoder.encode(PAYLOAD, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long media = json(uploaded).getJsonNumber("id").longValue();
        String story = Json.createObjectBuilder()
                .add("headline", "Flood " + UUID.randomUUID().toString().substring(0, 6))
                .add(
                        "blocks",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "PARAGRAPH")
                                        .add("text", "The river rose overnight."))
                                .add(Json.createObjectBuilder()
                                        .add("type", "IMAGE")
                                        .add("mediaId", media)
                                        .add("caption", "The bridge " + PAYLOAD)
                                        .add("credit", "Wire " + PAYLOAD)
                                        .add("alt", "Water " + PAYLOAD)))
                .build()
                .toString();
        HttpResponse<String> created = reporter.postJson("stories", story);
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();

        desk.signIn("reporter");
        desk.openStory(id);
        assertNull(xssRan(), "the writing surface");
        assertTrue(desk.pageText().contains("The bridge <script>"), "the caption is text on the surface");
        org.openqa.selenium.WebElement figure = desk.byCss(".cd-surface figure.cd-picture");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", figure);
        figure.click();
        assertNull(xssRan(), "the picture box");
        assertEquals("Water " + PAYLOAD, desk.byId("picture-alt").getAttribute("value"));
        desk.byId("picture-alt").sendKeys(org.openqa.selenium.Keys.ESCAPE);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
                        org.openqa.selenium.By.id("picture-alt")));
        desk.signOut();

        Desks.toCopyDesk(id);
        desk.signIn("editor");
        desk.openAndAwait("desk/sourcing.xhtml?id=" + id, org.openqa.selenium.By.id("story-text"));
        assertShownAsText("the sourcing screen with a picture");
        desk.signOut();
        Desks.signOffAndPublish(id);
        desk.go(ServerUrls.base()
                .resolve("read/" + json(reporter.get("stories/" + id)).getString("slug"))
                .toString());
        assertShownAsText("the public page with a picture");
        assertEquals("Water " + PAYLOAD, desk.byCss(".cd-figure img").getAttribute("alt"));
    }
}
