package org.copydesk.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Accessibility and phones, page by page (issue 15 part 8): axe-core (Deque's engine, the WCAG 2.0/2.1 A and AA
 * rules) runs on 24 pages - every desk page as the role that uses it, and every public page - and finds no serious
 * or critical violation; every desk page fits a 390-pixel phone without scrolling sideways. Prints each page's
 * findings by impact, so a run shows what the minor and moderate ones are.
 */
class AccessibilityBrowserIT extends BrowserTest {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** A page to check: who opens it, its address, and something it shows once it is there. */
    private record Page(String user, String path, String shown) {}

    private final Map<String, Map<String, Integer>> found = new LinkedHashMap<>();
    private final List<String> serious = new ArrayList<>();
    private final List<String> wide = new ArrayList<>();

    private List<Page> pages() {
        long ready = Desks.ready(
                "Harbour lights return " + UUID.randomUUID().toString().substring(0, 6),
                "The harbour lights are back on the pier, the port authority said.");
        long published = Desks.published(
                "Ferry timetable posted " + UUID.randomUUID().toString().substring(0, 6),
                "The winter timetable was posted at the harbour office, the operator said.");
        String slug = Api.json(Api.as("editor").get("stories/" + published)).getString("slug");
        HttpResponse<String> draft = Api.as("reporter")
                .postJson(
                        "stories",
                        Api.story(
                                "Council votes " + UUID.randomUUID().toString().substring(0, 6),
                                "The council voted, the mayor said."));
        long draftId = Api.json(draft).getJsonNumber("id").longValue();
        Desks.move(Api.as("reporter"), draftId, "SOURCING_REVIEW");
        return List.of(
                new Page(null, "login.xhtml", "login:username"),
                new Page(null, "read/" + slug, "main"),
                new Page(null, "corrections", "main"),
                new Page("reporter", "desk/dashboard.xhtml", "queues"),
                new Page("reporter", "desk/story.xhtml?id=" + draftId, "state"),
                new Page("reporter", "desk/new.xhtml", "main"),
                new Page("reporter", "desk/import.xhtml", "main"),
                new Page("reporter", "desk/media.xhtml", "main"),
                new Page("reporter", "desk/notifications.xhtml", "main"),
                new Page("reporter", "desk/password.xhtml", "main"),
                new Page("editor", "desk/dashboard.xhtml", "queues"),
                new Page("editor", "desk/story.xhtml?id=" + ready, "schedule"),
                new Page("editor", "desk/sourcing.xhtml?id=" + draftId, "main"),
                new Page("editor", "desk/sources.xhtml", "main"),
                new Page("editor", "desk/metrics.xhtml", "main"),
                new Page("editor", "desk/budget.xhtml", "budget"),
                new Page("editor", "desk/audit.xhtml?id=" + published, "main"),
                new Page("editor", "preview/" + ready, "main"),
                new Page("copyeditor", "desk/dashboard.xhtml", "queues"),
                new Page("copyeditor", "desk/story.xhtml?id=" + ready, "state"),
                new Page("admin", "desk/people.xhtml", "main"),
                new Page("admin", "desk/sections.xhtml", "main"),
                new Page("admin", "desk/webhooks.xhtml", "main"),
                new Page("admin", "desk/story.xhtml?id=999999999", "main"));
    }

    @Test
    void everyPageHasNoSeriousOrCriticalViolationAndEveryDeskPageFitsAPhone() {
        String signedIn = null;
        for (Page page : pages()) {
            if (!java.util.Objects.equals(signedIn, page.user())) {
                browser.manage().deleteAllCookies();
                if (page.user() != null) {
                    desk.signIn(page.user());
                }
                signedIn = page.user();
            }
            browser.manage().window().setSize(new Dimension(1280, 900));
            open(page);
            check(page);
            if (page.path().startsWith("desk/")) {
                browser.manage().window().setSize(new Dimension(390, 844));
                open(page);
                Number overflow = (Number) ((JavascriptExecutor) browser)
                        .executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                if (overflow.intValue() > 0) {
                    wide.add(label(page) + " is " + overflow + " px wider than a phone");
                    Browsers.screenshot(browser, "too-wide-" + page.path().replaceAll("[^A-Za-z0-9]+", "-"));
                }
            }
        }
        System.out.println("Accessibility (axe-core, WCAG 2.1 A and AA), violations by impact per page:");
        found.forEach((page, counts) -> System.out.printf("  %-55s %s%n", page, counts.isEmpty() ? "none" : counts));
        assertEquals(List.of(), serious, "serious or critical violations");
        assertEquals(List.of(), wide, "desk pages wider than a 390-pixel phone");
    }

    private static String label(Page page) {
        return (page.user() == null ? "anyone" : page.user()) + " " + page.path();
    }

    private void open(Page page) {
        desk.open(page.path());
        new WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id(page.shown())).isEmpty()
                        || !d.findElements(By.tagName(page.shown())).isEmpty());
    }

    private void check(Page page) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
        Map<String, Integer> counts = new TreeMap<>();
        for (Rule rule : results.getViolations()) {
            String impact = String.valueOf(rule.getImpact());
            counts.merge(impact + " " + rule.getId(), rule.getNodes().size(), Integer::sum);
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(label(page) + ": " + impact + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                        + rule.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList());
            }
        }
        found.put(label(page), counts);
    }
}
