package org.copydesk.it.browser;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.copydesk.it.Texts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The desk tools in Chromium: bulk moves across pages of a queue, the printable audit record, the metrics charts. */
class DeskToolsBrowserIT extends BrowserTest {

    private final Api editor = Api.as("editor");

    /** An editor's draft: it shows in the editor's "All drafts", not in the reporter's queues other tests read. */
    private long create(String headline, boolean withBody) {
        HttpResponse<String> created = withBody
                ? editor.postJson("stories", Api.story(headline, "A paragraph."))
                : editor.postJson("stories", Api.story(headline));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private void tick(String table, long id) {
        By box = By.cssSelector("[id='" + table + "'] tr[data-rk='" + id + "'] .ui-chkbox-box");
        WebElement element = waiting().until(ExpectedConditions.elementToBeClickable(box));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waiting().until(d -> d.findElement(By.cssSelector("[id='" + table + "'] tr[data-rk='" + id + "']"))
                .getAttribute("aria-selected")
                .equals("true"));
    }

    /** Chooses an option of a PrimeFaces select menu through its widget, then checks what it shows. */
    private void choose(String menuId, String value) {
        choose(menuId, value, value);
    }

    /** Chooses the option with this value, which the menu shows as {@code label}. */
    private void choose(String menuId, String value, String label) {
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId)));
        ((JavascriptExecutor) browser)
                .executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        waiting().until(d -> d.findElement(By.id(menuId + "_label")).getText().equals(label));
        assertEquals(value, browser.findElement(By.id(menuId + "_input")).getAttribute("value"));
    }

    @Test
    void aBulkMoveSelectsAcrossPagesAndShowsEveryStorysResult() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long empty = create("Bulk browser empty " + marker, false);
        List<Long> full = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            full.add(create("Bulk browser " + i + " " + marker, true));
        }
        long newest = full.get(10); // page 1 of "All drafts" (newest first)
        long oldest = full.get(0); // page 2, with the empty one

        desk.signIn("editor");
        desk.byId("queue-drafts");
        tick("queues:drafts", newest);
        browser.findElement(By.cssSelector("[id='queues:drafts'] .ui-paginator-next"))
                .click();
        waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[id='queues:drafts'] tr[data-rk='" + empty + "']")));
        tick("queues:drafts", oldest);
        tick("queues:drafts", empty);

        choose("queues:bulkTarget", "SOURCING_REVIEW", "Sourcing review");
        desk.clickButton("Move selected");
        String results = desk.text("queues:bulkResults");
        System.out.println("Bulk results: " + results);
        assertTrue(results.contains("2 moved, 1 refused"), results);
        assertTrue(results.contains("Bulk browser 11 " + marker), "a story from page 1: " + results);
        assertTrue(results.contains("Bulk browser 1 " + marker), "a story from page 2: " + results);
        assertTrue(results.contains("The story needs at least one body block."), "the unmet guard: " + results);
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='queues:results'] tbody tr"));
        assertEquals(3, rows.size());
        Browsers.screenshot(browser, "bulk");

        assertEquals("SOURCING_REVIEW", json(editor.get("stories/" + newest)).getString("state"));
        assertEquals("SOURCING_REVIEW", json(editor.get("stories/" + oldest)).getString("state"));
        assertEquals("DRAFT", json(editor.get("stories/" + empty)).getString("state"));
        assertEquals("DRAFT", json(editor.get("stories/" + full.get(5))).getString("state"), "not selected, not moved");

        // back to draft, so that the sourcing queue other tests read stays short
        for (long id : List.of(newest, oldest)) {
            assertEquals(
                    200,
                    editor.postJson("stories/" + id + "/transitions", "{\"to\":\"DRAFT\",\"note\":\"Test done\"}")
                            .statusCode());
        }
    }

    /**
     * The dashboard's search: words and a section narrow every queue, the search is in the address (a reload and a
     * bookmark keep it), states read in words, and the bulk move offers a reporter only the moves a reporter makes.
     */
    @Test
    void aSearchNarrowsEveryQueueAndStaysInTheAddress() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long japan = json(editor.postJson(
                        "stories",
                        "{\"headline\":\"Ferry " + marker + " in Osaka\",\"sections\":"
                                + "[\"Japan\"],\"blocks\":[{\"type\":\"PARAGRAPH\",\"text\":\"A paragraph.\"}]}"))
                .getJsonNumber("id")
                .longValue();
        long world = create("Ferry " + marker + " in Lyon", true);
        desk.signIn("editor");
        desk.byId("search-q").sendKeys(marker);
        new org.openqa.selenium.support.ui.Select(desk.byId("search-section")).selectByValue("Japan");
        desk.byId("search-go").click();
        waiting().until(d -> d.getCurrentUrl().contains("q=" + marker));
        assertTrue(browser.getCurrentUrl().contains("section=Japan"), browser.getCurrentUrl());
        String drafts =
                waiting().until(d -> d.findElement(By.id("queue-drafts"))).getText();
        assertTrue(drafts.contains("Ferry " + marker + " in Osaka"), drafts);
        assertFalse(drafts.contains("in Lyon"), "the section narrows the queue: " + drafts);
        assertTrue(drafts.contains("Draft"), "the state in words: " + drafts);
        assertFalse(drafts.contains("DRAFT"), drafts);
        Browsers.screenshot(browser, "dashboard-search");

        browser.navigate().refresh();
        assertEquals(
                marker,
                waiting().until(d -> d.findElement(By.id("search-q"))).getAttribute("value"),
                "a reload keeps the search");
        assertTrue(desk.text("queue-drafts").contains("in Osaka"));
        // a state filter leaves out the queues of other states
        desk.open("desk/dashboard.xhtml?q=" + marker + "&state=PUBLISHED");
        waiting().until(d -> !d.findElements(By.id("queue-published")).isEmpty());
        assertTrue(browser.findElements(By.id("queue-drafts")).isEmpty(), "no drafts queue when searching published");
        desk.signOut();

        desk.signIn("reporter");
        java.util.List<String> offered =
                browser.findElements(By.cssSelector("[id='queues:bulkTarget_input'] option")).stream()
                        .map(o -> o.getAttribute("value"))
                        .filter(v -> !v.isEmpty())
                        .toList();
        assertEquals(
                java.util.List.of("DRAFT", "SOURCING_REVIEW", "SPIKED"),
                offered,
                "a reporter submits, spikes and unspikes; nothing else is offered");
        assertTrue(world > 0 && japan > 0);
    }

    @Test
    void editorsAssignFromTheQueueAndTheAssigneeShows() {
        long id = create("Bulk assign browser " + UUID.randomUUID().toString().substring(0, 6), true);
        desk.signIn("editor");
        desk.byId("queue-drafts");
        tick("queues:drafts", id);
        choose("queues:bulkAssignee", "copyeditor");
        desk.clickButton("Assign selected");
        assertTrue(desk.text("queues:bulkResults").contains("1 assigned"));
        assertEquals("copyeditor", json(editor.get("stories/" + id)).getString("assignee"));
        desk.openStory(id);
        assertTrue(desk.text("assignee").contains("assigned to copyeditor"));
        desk.signOut();
        desk.signIn("copyeditor");
        assertTrue(desk.text("queue-assigned").contains("Bulk assign browser"), "in the copy editor's Assigned to me");
    }

    @Test
    void theAuditRecordIsLinkedFromTheStoryAndPrintsWithoutTheDeskChrome() {
        long id = Desks.importCopy(Texts.seed());
        Desks.toCopyDesk(id);
        Desks.signOffAndPublish(id);
        int entries = json(editor.get("stories/" + id + "/audit"))
                .getJsonArray("entries")
                .size();

        desk.signIn("editor");
        desk.openStory(id);
        desk.byId("audit-link").click();
        waiting().until(ExpectedConditions.urlContains("desk/audit.xhtml"));
        String table = desk.text("audit-entries");
        assertTrue(table.contains("Moved from DRAFT to SOURCING_REVIEW"), table);
        assertTrue(table.contains("Moved from READY to PUBLISHED"), table);
        assertTrue(table.contains("Revision 1: Imported"), table);
        assertTrue(table.contains("Linked"), table);
        assertEquals(String.valueOf(entries), desk.text("audit-count"));
        assertEquals(
                entries,
                browser.findElements(By.cssSelector("#audit-entries tbody tr")).size());
        assertTrue(desk.byId("print-audit").isDisplayed());
        Browsers.screenshot(browser, "audit");

        // the print style sheet: no navigation chrome, the record stays
        assertTrue(browser.findElement(By.cssSelector(".cd-topbar")).isDisplayed());
        ((ChromiumDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(browser.findElement(By.cssSelector(".cd-topbar")).isDisplayed(), "no top bar on paper");
        assertFalse(browser.findElement(By.id("print-audit")).isDisplayed(), "no buttons on paper");
        assertTrue(browser.findElement(By.id("audit-entries")).isDisplayed(), "the record is printed");
        Browsers.screenshot(browser, "audit-print");
        ((ChromiumDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // a copy editor may not see it
        desk.signOut();
        desk.signIn("copyeditor");
        desk.openStory(id);
        assertTrue(browser.findElements(By.id("audit-link")).isEmpty());
    }

    /** Whether the canvas has at least one pixel that is not transparent (Chart.js drew on it). */
    private long paintedPixels(String canvasId) {
        Object painted = ((JavascriptExecutor) browser)
                .executeScript(
                        "var c = document.getElementById(arguments[0]);"
                                + "if (!c || !c.width || !c.height) { return 0; }"
                                + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
                                + "for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } }"
                                + "return n;",
                        canvasId);
        return ((Number) painted).longValue();
    }

    @Test
    void theMetricsPageDrawsItsChartsAndShowsTheSameFiguresAsTheApi() {
        long id = Desks.importCopy(Texts.seed());
        Desks.toCopyDesk(id);
        Desks.signOffAndPublish(id);
        JsonObject api = json(editor.get("metrics?period=all"));

        desk.signIn("editor");
        desk.byId("nav-metrics").click();
        desk.byId("states-table");
        browser.findElement(By.linkText("All time")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("period-label"), "All time"));
        for (String chart : List.of("statesChart_canvas", "timeChart_canvas", "correctionsChart_canvas")) {
            waiting().until(d -> paintedPixels(chart) > 0);
            System.out.println(chart + ": " + paintedPixels(chart) + " painted pixels");
            assertTrue(paintedPixels(chart) > 500, chart + " is drawn");
        }
        for (JsonValue value : api.getJsonArray("states")) {
            JsonObject state = value.asJsonObject();
            String row = desk.text("state-" + state.getString("state"));
            assertTrue(
                    row.startsWith(state.getString("state") + " "
                            + state.getJsonNumber("stories").longValue() + " "
                            + state.getJsonNumber("stays").longValue()),
                    row + " vs " + state);
        }
        String corrections = desk.text("corrections-table");
        assertTrue(
                corrections.contains(
                        String.valueOf(api.getJsonObject("corrections").getInt("published"))),
                corrections);
        assertTrue(
                desk.text("section-table").contains("Korea")
                        || desk.text("section-table").contains("Asia-Pacific"),
                "the seed's desk (its first section)");
        assertTrue(desk.text("reporter-table").contains("reporter"));
        Browsers.screenshot(browser, "metrics");
        desk.signOut();

        desk.signIn("reporter");
        assertTrue(browser.findElements(By.id("nav-metrics")).isEmpty(), "no metrics link for reporters");
        desk.open("desk/metrics.xhtml");
        assertTrue(browser.findElements(By.id("states-table")).isEmpty(), "reporters do not see the metrics");
    }
}
