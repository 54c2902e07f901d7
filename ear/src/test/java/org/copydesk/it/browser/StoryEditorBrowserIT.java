package org.copydesk.it.browser;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.copydesk.it.Api;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The story editor in Chromium: block tools, two people saving the same story, and uploading a file. */
class StoryEditorBrowserIT extends BrowserTest {

    /**
     * How long a wait for the page's own work (a paste read, a copy check's highlights, a line added) may take
     * before the test fails: generous, since a wait ends as soon as the page is ready, and on a busy CI machine
     * the first copy check after deployment waits for LanguageTool to load.
     */
    private static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(30);

    private final Api reporterApi = Api.as("reporter");

    private long createDraft(String headline, String... paragraphs) {
        HttpResponse<String> created = reporterApi.postJson("stories", Api.story(headline, paragraphs));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    private List<String> keys(long id) {
        return story(id).getJsonArray("blocks").getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("key"))
                .toList();
    }

    private JsonObject story(long id) {
        return json(reporterApi.get("stories/" + id));
    }

    @Test
    void aStaleSaveKeepsTheUsersTextShowsTheDifferenceAndLosesNothing() {
        long id = createDraft("Port strike talks " + UUID.randomUUID(), "Talks resume on Monday.");
        desk.signIn("reporter");
        desk.openStory(id);

        // Meanwhile the editor saves a change through the API.
        JsonObject current = story(id);
        HttpResponse<String> theirs = Api.as("editor")
                .putJson(
                        "stories/" + id,
                        "\"" + current.getInt("version") + "\"",
                        Api.story(current.getString("headline"), "Talks resume on Tuesday, the union said."));
        assertEquals(200, theirs.statusCode(), theirs.body());

        desk.replaceOnSurface("Monday.", "Monday morning.");
        desk.clickButton("Save");

        WebElement conflict = desk.byId("tabs:editor:conflict");
        assertTrue(conflict.getText().contains("editor saved this story"), conflict.getText());
        assertTrue(conflict.findElements(By.tagName("ins")).stream()
                .anyMatch(e -> e.getText().contains("morning")));
        assertEquals("Talks resume on Monday morning.", desk.line(0), "the user's text is still in the form");
        Browsers.screenshot(browser, "editor-conflict");

        desk.clickButton("Save mine on top (theirs stays in the history)");
        assertTrue(desk.text("workflow:messages").contains("Saved as revision 3."));
        assertEquals(
                "Talks resume on Monday morning.",
                story(id).getJsonArray("blocks").getJsonObject(0).getString("text"));
        String revision2 =
                json(reporterApi.get("stories/" + id + "/revisions/2")).getString("text");
        assertTrue(revision2.contains("Talks resume on Tuesday, the union said."), "the editor's save is kept");
    }

    /**
     * Another writer holds the story's row longer than a save waits (2 s): the save is refused with a message,
     * the text stays in the form, and saving again afterwards works. The other writer is a connection of the
     * test's own to the database, so this runs on PostgreSQL only (H2 is embedded in the server; there the
     * same refusal comes from StoryWriteLocks, see StoryWriteLocksTest).
     */
    @Test
    void aSaveWhileSomeoneElseHoldsTheStoryKeepsTheTextAndSaysSo() throws Exception {
        String url = System.getProperty("test.db.url");
        Assumptions.assumeTrue(url != null, "needs the database's address (the PostgreSQL run)");
        long id = createDraft("Ferry timetable " + UUID.randomUUID(), "Ferries run hourly.");
        desk.signIn("reporter");
        desk.openStory(id);
        desk.replaceOnSurface("hourly.", "every half hour from June.");

        try (Connection other = DriverManager.getConnection(
                url, System.getProperty("test.db.user"), System.getProperty("test.db.password"))) {
            other.setAutoCommit(false);
            try (PreparedStatement hold = other.prepareStatement("select id from story where id = ? for update")) {
                hold.setLong(1, id);
                hold.executeQuery().close();
            }
            desk.clickButton("Save");
            assertTrue(
                    desk.shows("workflow:messages", "Someone else is saving this story at this moment."),
                    desk.text("workflow:messages"));
            assertTrue(
                    desk.text("workflow:messages").contains("your text is still in the form"),
                    desk.text("workflow:messages"));
            assertEquals(
                    "Ferries run every half hour from June.", desk.line(0), "the user's text is still in the form");
            other.rollback();
        }
        assertEquals(
                "Ferries run hourly.",
                story(id).getJsonArray("blocks").getJsonObject(0).getString("text"));

        desk.clickButton("Save");
        assertTrue(desk.shows("workflow:messages", "Saved as revision 2."), desk.text("workflow:messages"));
        assertEquals(
                "Ferries run every half hour from June.",
                story(id).getJsonArray("blocks").getJsonObject(0).getString("text"));
    }

    /**
     * A writer works the body from the keyboard on the one writing surface: Enter starts a paragraph,
     * Ctrl+Alt+2 and Ctrl+Alt+8 make a subheading and a list, Ctrl+B bold, Ctrl+K a link, typed quotes
     * turn typographic, Backspace at the start of a paragraph joins it to the one before. The saved story
     * has the types and marks, and the paragraphs that were there keep their keys (attributions, findings
     * and notes stay anchored to them).
     */
    @Test
    void theSurfaceIsWrittenFromTheKeyboardAndKeepsBlockKeys() {
        long id = createDraft(
                "Border crossing " + UUID.randomUUID(),
                "Trucks queued at the border on Monday.",
                "Officials gave no reason.");
        List<String> before = keys(id);
        desk.signIn("reporter");
        desk.openStory(id);

        desk.typeAtEndOfLine(0, Keys.ENTER);
        desk.typeOnSurface(Keys.chord(Keys.CONTROL, Keys.ALT, "2"));
        desk.typeOnSurface("What drivers say", Keys.ENTER);
        assertEquals("SUBHEADING", desk.lineType(1));
        desk.typeOnSurface("Drivers said \"we wait\" for ");
        desk.typeOnSurface(Keys.chord(Keys.CONTROL, "b"));
        desk.typeOnSurface("hours");
        desk.typeOnSurface(Keys.chord(Keys.CONTROL, "b"));
        desk.typeOnSurface(", local media reported.");
        desk.selectOnSurface("local media");
        desk.typeOnSurface(Keys.chord(Keys.CONTROL, "k"));
        desk.byCss(".cd-surface .ql-tooltip.ql-editing input").sendKeys("https://example.org/news", Keys.ENTER);
        assertTrue(browser.getCurrentUrl().contains("story.xhtml?id=" + id), "Enter in the link box saved nothing");
        // Backspace at the start of "Officials gave no reason." joins it to the paragraph before
        desk.typeAtStartOfLine(3, Keys.BACK_SPACE, " ");
        desk.typeAtEndOfLine(2, Keys.ENTER);
        desk.typeOnSurface(Keys.chord(Keys.CONTROL, Keys.ALT, "8"));
        desk.typeOnSurface("Water", Keys.ENTER, "Food");
        assertEquals("LIST", desk.lineType(3));
        Browsers.screenshot(browser, "editor-surface");

        desk.byId("tabs:editor:reason").sendKeys("What drivers say", Keys.ENTER);
        assertTrue(desk.shows("workflow:messages", "Saved as revision 2."), desk.text("workflow:messages"));

        JsonArray blocks = story(id).getJsonArray("blocks");
        assertEquals(
                List.of("PARAGRAPH", "SUBHEADING", "PARAGRAPH", "LIST"),
                blocks.getValuesAs(JsonObject.class).stream()
                        .map(b -> b.getString("type"))
                        .toList());
        String joined = "Drivers said \u201cwe wait\u201d for hours, local media reported. Officials gave no reason.";
        assertEquals(joined, blocks.getJsonObject(2).getString("text"));
        assertEquals("Water\nFood", blocks.getJsonObject(3).getString("text"));
        JsonArray marks = blocks.getJsonObject(2).getJsonArray("marks");
        assertEquals(2, marks.size(), marks.toString());
        JsonObject bold = marks.getJsonObject(0);
        assertEquals("BOLD", bold.getString("type"));
        assertEquals("hours", joined.substring(bold.getInt("start"), bold.getInt("end")));
        JsonObject link = marks.getJsonObject(1);
        assertEquals("https://example.org/news", link.getString("href"));
        assertEquals("local media", joined.substring(link.getInt("start"), link.getInt("end")));
        assertEquals(before.get(0), blocks.getJsonObject(0).getString("key"), "the first paragraph keeps its key");
        assertEquals(
                before.get(1),
                blocks.getJsonObject(2).getString("key"),
                "the joined paragraph keeps the key of the one it took in");

        browser.navigate().refresh();
        desk.expectState("DRAFT");
        assertEquals(joined, desk.line(2));
        assertEquals(
                1,
                browser.findElements(By.cssSelector(".cd-surface a[href='https://example.org/news']"))
                        .size());
        assertEquals(2, story(id).getInt("revision"), "the reload saved nothing again");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844)); // a phone
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.querySelector('.cd-surface').scrollIntoView({block: 'start'});");
        assertTrue(desk.surface().isDisplayed());
        Browsers.screenshot(browser, "editor-surface-phone");
    }

    @Test
    void aTextFileIsUploadedAndImported() throws URISyntaxException {
        desk.signIn("editor");
        desk.open("desk/import.xhtml");
        Path file = Path.of(getClass().getResource("/stories/hokkaido-snow.txt").toURI());
        browser.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
        desk.clickButton("Import");
        if (!browser.findElements(By.id("import:duplicate")).isEmpty()) {
            desk.clickButton("Import as a new story anyway");
        }
        desk.expectState("DRAFT");
        assertEquals(
                "Heavy snow cuts off towns across Hokkaido",
                desk.byId("tabs:editor:headline").getAttribute("value"));
        assertTrue(desk.text("workflow:messages").contains("with 5 blocks"));
        assertEquals(
                1,
                browser.findElements(By.xpath("//*[contains(text(),'with 5 blocks')]"))
                        .size(),
                "the message is shown once");
    }

    /**
     * Text pasted from Word keeps its bold, italic, link and list (the clipboard's HTML rides along); the
     * reader sees them once the story is published. Typing after the paste drops the formatting, and says so.
     */
    @Test
    void textPastedFromWordKeepsItsFormattingThroughToReaders() {
        String headline =
                "Harbour reopens after storm " + UUID.randomUUID().toString().substring(0, 8);
        String wordHtml = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style>p.MsoNormal{margin:0}"
                + "</style></head><body><h1 class=MsoTitle>" + headline
                + "</h1><p class=MsoNormal>The harbour reopened on"
                + " Tuesday, <a href=\"https://example.org/port?id=7\">the port authority</a> <b><span style='font-size:12pt'>"
                + "said</span></b>.<o:p></o:p></p><ul><li class=MsoListParagraph>Ferries <i>resume</i></li>"
                + "<li class=MsoListParagraph>Roads open</li></ul><p><a href=\"javascript:alert(1)\" onclick=\"alert(2)\">"
                + "More</a><img src=x onerror=\"alert(3)\"></p></body></html>";
        String plain = headline
                + "\nThe harbour reopened on Tuesday, the port authority said.\nFerries resume\nRoads open\nMore";
        desk.signIn("reporter");
        desk.open("desk/import.xhtml");
        WebElement text = desk.byId("import:text");
        String paste = "var t = arguments[0]; var d = new DataTransfer(); d.setData('text/html', arguments[1]);"
                + " d.setData('text/plain', arguments[2]); t.focus();"
                + " t.dispatchEvent(new ClipboardEvent('paste', {clipboardData: d, bubbles: true, cancelable: true}));"
                + " t.value = arguments[2]; t.dispatchEvent(new Event('input', {bubbles: true}));";
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(paste, text, wordHtml, plain);
        new WebDriverWait(browser, PATIENCE).until(d -> desk.text("formatting").contains("kept"));

        // typing after the paste: imported as the text shows, and the page says so; a new paste brings it back
        text.sendKeys(" ");
        assertTrue(desk.text("formatting").contains("plain text"), desk.text("formatting"));
        text.clear();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(paste, text, wordHtml, plain);
        new WebDriverWait(browser, PATIENCE).until(d -> desk.text("formatting").contains("kept"));
        Browsers.screenshot(browser, "import-pasted-formatting");
        desk.clickButton("Import");
        desk.expectState("DRAFT");
        assertEquals(headline, desk.byId("tabs:editor:headline").getAttribute("value"));

        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        JsonArray blocks = story(id).getJsonArray("blocks");
        assertEquals(
                List.of("PARAGRAPH", "LIST", "PARAGRAPH"),
                blocks.stream().map(b -> b.asJsonObject().getString("type")).toList());
        assertEquals(2, blocks.getJsonObject(0).getJsonArray("marks").size(), blocks.toString());

        org.copydesk.it.Desks.toCopyDesk(id);
        org.copydesk.it.Desks.signOffAndPublish(id);
        desk.go(org.copydesk.it.ServerUrls.base()
                .resolve("read/" + story(id).getString("slug"))
                .toString());
        WebElement link = browser.findElement(By.cssSelector("article a[href='https://example.org/port?id=7']"));
        assertEquals("the port authority", link.getText());
        assertEquals("noopener nofollow", link.getAttribute("rel"));
        assertEquals(
                "said", browser.findElement(By.cssSelector("article p strong")).getText());
        assertEquals(
                "resume",
                browser.findElement(By.cssSelector("article ul li em")).getText());
        assertTrue(
                browser.findElements(By.cssSelector("article a[href^='javascript'], article img, article [onclick]"))
                        .isEmpty(),
                "nothing unsafe reached the page");
        Browsers.screenshot(browser, "public-page-marks");
    }

    private long highlighted(String kind) {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("var h = CSS.highlights.get(arguments[0]); return h ? h.size : -1;", kind))
                .longValue();
    }

    /**
     * The copy check's findings and the sourcing review's claims are highlighted on the surface (without being
     * part of its text); the cursor in one says what it is; a block edited since the check loses its highlights.
     */
    @Test
    void findingsAndClaimsAreHighlightedOnTheSurface() {
        long id = org.copydesk.it.Desks.importCopy(org.copydesk.it.Texts.seed());
        Api copyEditor = Api.as("copyeditor");
        assertEquals(
                200,
                copyEditor.postJson("stories/" + id + "/findings/check", "").statusCode());
        // Chine → China and the seed's three grammar slips
        int findings = org.copydesk.it.Api.parse(
                        copyEditor.get("stories/" + id + "/findings").body())
                .asJsonArray()
                .size();
        assertEquals(4, findings);
        desk.signIn("reporter");
        desk.openStory(id);
        desk.surface();
        new WebDriverWait(browser, PATIENCE).until(d -> highlighted("cd-finding") == findings);
        assertTrue(
                highlighted("cd-claim-open") >= 10,
                "the seed's claims, none sourced yet: " + highlighted("cd-claim-open"));
        assertTrue(!browser.findElement(By.id("surface-note")).isDisplayed(), "no note while the cursor is elsewhere");

        desk.selectOnSurface("Chine");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "var q = PF('bodyEditor').editor; q.setSelection(q.getSelection().index + 2, 0, 'user');");
        new WebDriverWait(browser, PATIENCE)
                .until(d -> d.findElement(By.id("surface-note")).isDisplayed());
        assertTrue(
                desk.byId("surface-note").getText().contains("misspelling of “China”"),
                desk.byId("surface-note").getText());
        Browsers.screenshot(browser, "editor-highlights");
        assertTrue(!desk.surface().getAttribute("innerHTML").contains("highlight"), "nothing is added to the text");

        desk.replaceOnSurface("Chine", "China");
        // the edited block loses its highlight; the grammar slips elsewhere keep theirs
        new WebDriverWait(browser, PATIENCE).until(d -> highlighted("cd-finding") == findings - 1);
        assertTrue(highlighted("cd-claim-open") >= 10, "the other blocks keep theirs");
    }

    /**
     * Word's clipboard pasted onto the writing surface itself (Quill's clipboard, then EditorHtml): bold, italic,
     * a link, a subheading and a list arrive; a script link, an image and event handlers do not.
     */
    @Test
    void wordHtmlPastedOnTheSurfaceKeepsOnlyWhatTheModelHolds() {
        long id = createDraft("Harbour " + UUID.randomUUID(), "Before the paste.");
        String wordHtml = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body><h2>Ferries back</h2>"
                + "<p class=MsoNormal>The harbour reopened, <a href=\"https://example.org/port\">the port authority</a>"
                + " <b><span style='font-size:12pt'>said</span></b> on <i>Tuesday</i>.<o:p></o:p></p>"
                + "<ul><li>Ferries resume</li><li>Roads open</li></ul>"
                + "<p><a href=\"javascript:alert(1)\" onclick=\"window.__xss=1\">More</a>"
                + "<img src=x onerror=\"window.__xss=1\"></p></body></html>";
        desk.signIn("reporter");
        desk.openStory(id);
        desk.typeAtEndOfLine(0);
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "var d = new DataTransfer();"
                                + " d.setData('text/html', arguments[0]); d.setData('text/plain', 'Ferries back');"
                                + " PF('bodyEditor').editor.root.dispatchEvent(new ClipboardEvent('paste',"
                                + " {clipboardData: d, bubbles: true, cancelable: true}));",
                        wordHtml);
        new WebDriverWait(browser, PATIENCE).until(d -> desk.lineWith("Roads open") >= 0);
        WebElement reason = desk.byId("tabs:editor:reason");
        reason.sendKeys("Pasted from Word", Keys.ENTER);
        new WebDriverWait(browser, PATIENCE)
                .until(d -> desk.text("workflow:messages").contains("Saved as revision 2"));
        assertEquals(null, ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.__xss;"));

        JsonArray blocks = story(id).getJsonArray("blocks");
        List<String> types =
                blocks.stream().map(b -> b.asJsonObject().getString("type")).toList();
        assertTrue(types.contains("SUBHEADING") && types.contains("LIST"), types.toString());
        JsonObject paragraph = blocks.stream()
                .map(b -> b.asJsonObject())
                .filter(b -> b.getString("text").contains("The harbour reopened"))
                .findFirst()
                .orElseThrow();
        List<String> marks = paragraph.getJsonArray("marks").stream()
                .map(m -> m.asJsonObject().getString("type"))
                .sorted()
                .toList();
        assertEquals(List.of("BOLD", "ITALIC", "LINK"), marks, paragraph.toString());
        String all = blocks.toString();
        assertTrue(!all.contains("javascript") && !all.contains("onerror") && !all.contains("onclick"), all);
        assertTrue(all.contains("More"), "the script link keeps its words");
    }

    /** A Word document picked on the import page: headline, subheading, bold, a link and a list arrive. */
    @Test
    void aWordDocumentIsUploadedAndImported() throws java.io.IOException {
        String headline = "Port strike ends " + UUID.randomUUID().toString().substring(0, 8);
        Path file = java.nio.file.Files.createTempFile("copydesk-", ".docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                var out = java.nio.file.Files.newOutputStream(file)) {
            var title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(headline);
            var para = doc.createParagraph();
            para.createRun().setText("Dockers went back to work on Friday, ");
            var bold = para.createRun();
            bold.setBold(true);
            bold.setText("the union said");
            para.createRun().setText(".");
            var sub = doc.createParagraph();
            sub.setStyle("Heading2");
            sub.createRun().setText("What changes");
            doc.createParagraph().createRun().setText("Shifts are shorter.");
            doc.write(out);
        }
        file.toFile().deleteOnExit();
        desk.signIn("reporter");
        desk.open("desk/import.xhtml");
        browser.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
        desk.clickButton("Import");
        desk.expectState("DRAFT");
        assertEquals(headline, desk.byId("tabs:editor:headline").getAttribute("value"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        JsonArray blocks = story(id).getJsonArray("blocks");
        assertEquals(
                "Dockers went back to work on Friday, the union said.",
                blocks.getJsonObject(0).getString("text"));
        assertEquals(
                "BOLD",
                blocks.getJsonObject(0).getJsonArray("marks").getJsonObject(0).getString("type"));
        assertTrue(
                blocks.stream()
                        .anyMatch(b -> b.asJsonObject().getString("type").equals("SUBHEADING")
                                && b.asJsonObject().getString("text").equals("What changes")),
                blocks.toString());
        assertEquals(
                1, browser.findElements(By.cssSelector(".cd-surface strong")).size(), "bold on the surface");
    }

    /** A picture dropped on the writing surface goes to the picture box and is uploaded there. */
    @Test
    void aPictureDroppedOnTheSurfaceIsUploadedThroughThePictureBox() {
        long id = createDraft("Harbour " + UUID.randomUUID(), "The harbour reopened.");
        desk.signIn("reporter");
        desk.openStory(id);
        desk.typeAtEndOfLine(0);
        String jpeg = java.util.Base64.getEncoder()
                .encodeToString(org.copydesk.it.TestPictures.picture(640, 400, "jpeg", "dropped"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "var bytes = Uint8Array.from(atob(arguments[0]),"
                                + " function (c) { return c.charCodeAt(0); });"
                                + " var file = new File([bytes], 'harbour.jpg', {type: 'image/jpeg'}); var d = new DataTransfer();"
                                + " d.items.add(file); var root = PF('bodyEditor').editor.root; root.scrollIntoView({block: 'center'});"
                                + " var r = root.getBoundingClientRect();"
                                + " root.dispatchEvent(new DragEvent('drop', {dataTransfer: d, bubbles: true, cancelable: true,"
                                + " clientX: r.left + 5, clientY: r.top + 5}));",
                        jpeg);
        new WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("var p = document.getElementById('picture-preview');"
                                + " return !p.hidden && p.complete && p.naturalWidth > 0;")));
        desk.byId("picture-alt").sendKeys("Ships in the harbour.");
        desk.byId("picture-credit").sendKeys("Reuters");
        // Enter in the box puts the picture in, and the writer goes straight on to the reason for the save: the
        // box closing must not take the focus back to the text a moment later (PrimeFaces' dialog does, 100 ms
        // on, and the rest of the reason went into the story)
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("document.getElementById('picture-credit').dispatchEvent(new KeyboardEvent('keydown',"
                + " {key: 'Enter', bubbles: true, cancelable: true}));"
                + " document.getElementById('tabs:editor:reason').focus();");
        new WebDriverWait(browser, PATIENCE).until(d -> desk.lines() == 2);
        js.executeAsyncScript("setTimeout(arguments[0], 400);"); // past the dialog's deferred focus
        assertEquals(
                "tabs:editor:reason",
                js.executeScript("return document.activeElement.id;"),
                "the focus stays where the writer put it after the box closed");
        assertEquals(
                1,
                browser.findElements(By.cssSelector(".cd-surface figure.cd-picture"))
                        .size());
        assertEquals(
                0,
                browser.findElements(By.cssSelector(".cd-surface img[src^='data:']"))
                        .size(),
                "never kept as data in the text");
        desk.byId("tabs:editor:reason").sendKeys("A picture", Keys.ENTER);
        new WebDriverWait(browser, PATIENCE)
                .until(d -> desk.text("workflow:messages").contains("Saved as revision 2"));
        JsonObject picture = story(id).getJsonArray("blocks").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("type").equals("IMAGE"))
                .findFirst()
                .orElseThrow();
        assertEquals("Reuters", picture.getString("credit"));
        assertEquals("Ships in the harbour.", picture.getString("alt"));
    }
}
