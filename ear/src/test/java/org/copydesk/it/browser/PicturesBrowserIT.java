package org.copydesk.it.browser;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.time.Duration;
import org.copydesk.it.Api;
import org.copydesk.it.TestPictures;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The seed in Chromium, written from scratch: the reporter types it from the keyboard (Enter, the type keys,
 * Ctrl+K for a link on "local media"), turns the photo's caption line into a picture (caption and credit filled in
 * from the line), uploads the AFP photo and saves; the sourcing desk shows the
 * credit as an attribution proposing AFP; the copy desk cannot sign off until the picture has alt text, adds it
 * on the surface; readers see the link and the photo with its alt text, caption and credit.
 */
class PicturesBrowserIT extends BrowserTest {

    private final Api reporterApi = Api.as("reporter");

    private JsonObject block(long id, String key) {
        return json(reporterApi.get("stories/" + id)).getJsonArray("blocks").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("key").equals(key))
                .findFirst()
                .orElseThrow();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void openPictureBox() {
        desk.byCss(".cd-surface .cd-picture-button").click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("picture-caption")));
    }

    private void save(String reason, int revision) {
        WebElement field = desk.byId("tabs:editor:reason");
        field.clear();
        field.sendKeys(reason, Keys.ENTER);
        // a save at the copy desk checks the text again; on a 2-core CI machine the checker may first finish the
        // checks of the stories the tests before this one sent to the copy desk, so a save may take longer than 20 s
        try {
            new WebDriverWait(browser, java.time.Duration.ofSeconds(90))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> desk.text("workflow:messages").contains("Saved as revision " + revision + "."));
        } catch (org.openqa.selenium.TimeoutException e) {
            Browsers.screenshot(browser, "picture-save-timeout");
            throw new AssertionError(
                    "no \"Saved as revision " + revision + ".\" after 90 s; the page said: " + desk.pageText(), e);
        }
    }

    /** The key a writer presses (with Ctrl+Alt) for a line of this type. */
    private static String typeKey(org.copydesk.domain.story.BlockType type) {
        return switch (type) {
            case SUBHEADING -> "2";
            case QUOTE -> "7";
            case LIST -> "8";
            case CAPTION -> "9";
            default -> "0";
        };
    }

    @Test
    void theSeedIsWrittenFromTheKeyboardWithItsPhotoSourcedAndPublished() {
        // the seed as it should read (the plain-text import's reading of it: no category line, no debris)
        org.copydesk.engine.importing.ImportedStory seed = new org.copydesk.engine.importing.StoryImporter(
                        java.util.List.of("Asia-Pacific", "Korea", "World News"))
                .parse(Texts.seed());
        java.util.List<org.copydesk.engine.importing.ImportedBlock> body = seed.blocks();
        String headline =
                seed.headline() + " " + java.util.UUID.randomUUID().toString().substring(0, 6);

        // the reporter writes it: headline and first paragraph on the new-story page, the rest on the surface
        desk.signIn("reporter");
        desk.open("desk/new.xhtml");
        desk.byId("new:headline").sendKeys(headline);
        desk.byId("new:body").sendKeys(body.get(0).text());
        desk.clickButton("Create draft");
        desk.expectState("DRAFT");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        desk.typeAtEndOfLine(0);
        for (org.copydesk.engine.importing.ImportedBlock block : body.subList(1, body.size())) {
            desk.typeOnSurface(Keys.ENTER, Keys.chord(Keys.CONTROL, Keys.ALT, typeKey(block.type())));
            desk.typeOnSurface(block.text().replace("\n", Keys.ENTER.toString()));
        }
        // Ctrl+K: a link on "local media"
        desk.selectOnSurface("local media");
        desk.typeOnSurface(Keys.chord(Keys.CONTROL, "k"));
        desk.byCss(".cd-surface .ql-tooltip.ql-editing input").sendKeys("https://example.org/local-media", Keys.ENTER);
        save("Written on the desk", 2);
        java.util.List<JsonObject> saved =
                json(reporterApi.get("stories/" + id)).getJsonArray("blocks").getValuesAs(JsonObject.class);
        assertEquals(
                body.stream().map(b -> b.type().name() + ": " + b.text()).toList(),
                saved.stream()
                        .map(b -> b.getString("type") + ": " + b.getString("text"))
                        .toList(),
                "every block as the seed has it, typed from the keyboard");
        String key = saved.stream()
                .filter(b -> b.getString("text").startsWith("North Korea’s ballistic missiles"))
                .findFirst()
                .orElseThrow()
                .getString("key");

        // the AFP photo, made from its caption line
        int line = desk.lineWith("North Korea’s ballistic missiles");
        assertEquals("CAPTION", desk.lineType(line));
        desk.typeAtEndOfLine(line);
        openPictureBox();
        assertEquals(
                "North Korea’s ballistic missiles are being displayed during a military parade in the capital, "
                        + "Pyongyang, April 15, 2017.",
                desk.byId("picture-caption").getAttribute("value"));
        assertEquals("AFP", desk.byId("picture-credit").getAttribute("value"));

        // "Put it in the story" before a picture is chosen says what is missing
        desk.byCss("#picture-box .cd-picture-insert").click();
        assertTrue(desk.byId("picture-problem").getText().contains("Choose a picture first"));

        Path photo = TestPictures.file(1600, 1000, "Pyongyang parade");
        browser.findElement(By.cssSelector("#picture-box input[type=file]")).sendKeys(photo.toString());
        waiting()
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "var p = document.getElementById('picture-preview'); return !p.hidden && p.complete && p.naturalWidth > 0;")));
        assertTrue(desk.text("picture:uploadMessage").contains("1600 × 1000"), desk.text("picture:uploadMessage"));
        // the upload's file row fades out after the upload: the button moves up under the pointer meanwhile
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#picture-box .ui-fileupload-row"), 0));
        Browsers.screenshot(browser, "picture-box");
        desk.byCss("#picture-box .cd-picture-insert").click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("picture-caption")));
        assertEquals("IMAGE", desk.lineType(line));
        assertTrue(desk.line(line).contains("(Photo via AFP)"), desk.line(line));
        assertTrue(desk.line(line).contains("No alt text yet"), desk.line(line));
        save("The AFP photo", 3);

        JsonObject picture = block(id, key);
        assertEquals("IMAGE", picture.getString("type"), "the caption line became the picture, with its key");
        assertEquals("AFP", picture.getString("credit"));
        assertFalse(picture.containsKey("alt"));
        long media = picture.getJsonNumber("mediaId").longValue();
        browser.navigate().refresh();
        assertEquals("IMAGE", desk.lineType(desk.lineWith("North Korea’s ballistic missiles")), "after a reload too");
        desk.move("Submit for sourcing review", null);
        desk.expectState("SOURCING_REVIEW");
        desk.signOut();

        // the sourcing desk: the credit is a claim like any other, AFP proposed as its source
        desk.signIn("editor");
        desk.openAndAwait("desk/sourcing.xhtml?id=" + id, By.id("story-text"));
        String sourcing = desk.pageText();
        assertTrue(sourcing.contains("(Photo via AFP)"), "the picture's caption line is on the sourcing desk");
        JsonObject credit =
                Api.parse(Api.as("editor")
                                .get("stories/" + id + "/attributions")
                                .body())
                        .asJsonArray()
                        .stream()
                        .map(JsonValue::asJsonObject)
                        .filter(a -> a.getString("blockKey").equals(key))
                        .findFirst()
                        .orElseThrow();
        assertEquals("AFP", credit.getString("proposedName"));
        Browsers.screenshot(browser, "picture-sourcing");
        desk.linkAndVerifyAll();
        desk.clickButton("Approve sources, send to copy desk");
        desk.expectState("COPY_EDIT");
        desk.signOut();

        // the copy desk: with the findings settled, only the missing alt text stops the sign-off
        Api copyEditor = Api.as("copyeditor");
        for (JsonValue f :
                Api.parse(copyEditor.get("stories/" + id + "/findings").body()).asJsonArray()) {
            if ("OPEN".equals(f.asJsonObject().getString("status"))) {
                assertEquals(
                        200,
                        copyEditor
                                .postJson(
                                        "stories/" + id + "/findings/"
                                                + f.asJsonObject().getJsonNumber("id") + "/dismiss",
                                        "{\"reason\":\"House style allows it\"}")
                                .statusCode());
            }
        }
        desk.signIn("copyeditor");
        desk.openStory(id);
        assertTrue(desk.pageText().contains("needs alt text"), "the sign-off says what is missing");
        WebElement figure = desk.byCss(".cd-surface figure.cd-picture");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", figure);
        figure.click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("picture-alt")));
        assertEquals("AFP", desk.byId("picture-credit").getAttribute("value"));
        desk.byId("picture-alt").sendKeys("Missiles on trucks roll past a crowd in a Pyongyang square.");
        desk.byCss("#picture-box .cd-picture-insert").click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("picture-alt")));
        save("Alt text for the photo", 4);
        assertEquals(
                "Missiles on trucks roll past a crowd in a Pyongyang square.",
                block(id, key).getString("alt"));
        assertEquals(media, block(id, key).getJsonNumber("mediaId").longValue());
        desk.move("Sign off as ready", null);
        desk.expectState("READY");
        desk.signOut();

        desk.signIn("editor");
        desk.openStory(id);
        desk.move("Publish", null);
        desk.expectState("PUBLISHED");
        String publicUrl = desk.byId("public-link").getAttribute("href");
        desk.signOut();

        // readers: the photo, loaded, with its alt text, caption and credit
        desk.go(publicUrl);
        WebElement img = desk.byCss(".cd-figure img");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", img);
        waiting()
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img)));
        assertEquals("Missiles on trucks roll past a crowd in a Pyongyang square.", img.getAttribute("alt"));
        assertEquals(
                "local media",
                desk.byCss("article a[href='https://example.org/local-media']").getText());
        assertTrue(img.getAttribute("srcset").contains("/media/" + media + "?w=640 640w"), img.getAttribute("srcset"));
        assertTrue(desk.byCss(".cd-figure figcaption").getText().endsWith("April 15, 2017. (Photo via AFP)"));
        Browsers.screenshot(browser, "picture-public");

        // the media library: the photo with the credit and alt text the story gave it, found by a word of either
        desk.signIn("reporter");
        browser.findElement(By.id("nav-media")).click();
        desk.byId("q").sendKeys("Pyongyang square", Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("q=Pyongyang+square"));
        WebElement card = desk.byCss("#pictures .cd-media-card");
        assertTrue(card.getText().contains("AFP"), card.getText());
        assertTrue(
                card.getText().contains("Missiles on trucks roll past a crowd in a Pyongyang square."), card.getText());
        assertTrue(card.getText().contains("1600 × 1000"), card.getText());
        assertTrue(card.getText().contains("In 1 story"), card.getText());
        Browsers.screenshot(browser, "media-library");
    }
}
