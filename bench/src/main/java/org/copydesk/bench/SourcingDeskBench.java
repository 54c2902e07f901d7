package org.copydesk.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sourcing desk benchmark (docs/sourcing.md, "The sourcing desk"): the whole sourcing review of the seed
 * story by an editor in headless Chromium against a running Copydesk, counting every click and key press the
 * script makes on the sourcing page and timing each action from the click to the updated screen.
 *
 * <pre>
 * SourcingDeskBench BASE_URL [--path link-all|one-by-one] [--warmup true|false] [--screenshots DIR]
 *                            [--editor editor] [--reporter reporter] [--password copydesk]
 * </pre>
 *
 * <ol>
 *   <li>A fresh copy of the seed text is imported through the API (as the reporter) and submitted.
 *   <li>The editor signs in (not counted) and opens {@code desk/sourcing.xhtml?id=N} (not counted).
 *   <li>The review, by {@code --path}:
 *       <ul>
 *         <li>{@code link-all} (the sourcing desk): "Link every claim to its registry match", then "Verify
 *             source" on one card of each source still unverified, then "Approve sources, send to copy
 *             desk";
 *         <li>{@code one-by-one} (the page before the sourcing desk, and still possible on it): "Link to …" or
 *             "New source: …" on each claim, then the verifications and the approval as above.
 *       </ul>
 *   <li>It prints the clicks, and p50/p95/max per kind of action.
 * </ol>
 *
 * <p>Timing: a capturing listener in the page notes {@code performance.now()} at the click (or key); an ajax
 * action ends at PrimeFaces' {@code pfAjaxComplete} (the DOM is updated) plus the next animation frame (the
 * screen is painted); the approval, a full-page post and redirect, ends at the story page's load event. So
 * the figures are the browser's, without WebDriver's own round trips.
 *
 * <p>Warm-up ({@code --warmup true}, the default): a first copy of the seed is linked (no source is
 * verified, so the measured review still verifies every source it needs) and a sample story's review is
 * done to the end with sources the seed does not use; a fresh server otherwise times its first Faces
 * renders and its JIT. What the registry already holds changes the count: on a server where the seed's
 * sources were verified before, the review needs fewer verifications (printed as "verified already").
 */
public final class SourcingDeskBench {

    private static final String INSTALL_TIMER =
            """
            if (!window.__cdBench) {
              window.__cdBench = {t0: null, t1: null, ajax: 0};
              var start = function () {
                if (window.__cdBench.t0 === null) {
                  window.__cdBench.t0 = performance.now();
                  sessionStorage.setItem('cdBenchT0', String(Date.now()));
                }
              };
              document.addEventListener('click', start, true);
              document.addEventListener('keydown', start, true);
              jQuery(document).on('pfAjaxComplete', function () {
                var xhr = performance.getEntriesByType('resource')
                    .filter(function (e) { return e.initiatorType === 'xmlhttprequest'; }).pop();
                window.__cdBench.server = xhr ? xhr.responseStart - xhr.requestStart : null;
                requestAnimationFrame(function () { setTimeout(function () {
                  window.__cdBench.t1 = performance.now(); window.__cdBench.ajax++; }, 0); });
              });
            }
            window.__cdBench.t0 = null; window.__cdBench.t1 = null; window.__cdBench.server = null;
            sessionStorage.removeItem('cdBenchT0');
            """;

    private final URI base;
    private final Map<String, String> options;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, List<Double>> timings = new LinkedHashMap<>();
    /** The server's part of each ajax action: request sent to first byte of the answer (resource timing). */
    private final Map<String, List<Double>> serverTimings = new LinkedHashMap<>();

    private WebDriver browser;
    private int clicks;
    /** The approval's navigation, phase by phase (for the table's reader: where a slow approval spends it). */
    private String approvePhases = "";

    private boolean counting;

    SourcingDeskBench(URI base, Map<String, String> options) {
        this.base = base;
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args[0].startsWith("--")) {
            System.err.println("usage: SourcingDeskBench BASE_URL (e.g. http://127.0.0.1:8080/copydesk/)"
                    + " [--path link-all|one-by-one] [--warmup true|false] [--screenshots DIR]");
            System.exit(2);
        }
        String url = args[0].endsWith("/") ? args[0] : args[0] + "/";
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        SourcingDeskBench bench = new SourcingDeskBench(URI.create(url), options);
        System.exit(bench.run() ? 0 : 1);
    }

    boolean run() throws Exception {
        String path = options.getOrDefault("path", "link-all");
        String seed = resource("/corpus/russia-troops-north-korea.txt");
        browser = chromium();
        try {
            signIn(option("editor", "editor"));
            if (Boolean.parseBoolean(options.getOrDefault("warmup", "true"))) {
                warmUp(seed, path);
            }
            timings.clear();
            serverTimings.clear();
            // Round 1 is the whole review of a fresh copy of the seed (its sources are in the registry,
            // unverified, from the warm-up): its clicks are the figure. Later rounds review more fresh copies,
            // whose sources are verified by then, so they add samples of the same link-all and approval
            // (one sample a review would make a p95 of one click).
            int rounds = Integer.parseInt(option("rounds", "5"));
            long id = 0;
            int claims = 0;
            int firstClicks = 0;
            String blockingBefore = "";
            boolean clear = true;
            boolean moved = true;
            boolean reloaded = false;
            for (int round = 1; round <= rounds; round++) {
                long copy = submittedCopy(seed);
                // A story is reviewed some time after it is submitted, not in the same second: the server
                // prepares its copy check in the background meanwhile (CopyCheckEngine.prepare), and the
                // measured clicks should not share the two cores with that work.
                Thread.sleep(Long.parseLong(option("settle-ms", "4000")));
                open("desk/sourcing.xhtml?id=" + copy);
                if (round == 1) {
                    id = copy;
                    claims = browser.findElements(By.cssSelector(".cd-attr-card"))
                            .size();
                    blockingBefore = text("sourcing:blocking");
                }
                ((JavascriptExecutor) browser).executeScript("window.__marker = 'not reloaded';");
                counting = true;
                review(path, "seed");
                if (round == 1) {
                    shot("sourcing-bench-reviewed");
                }
                clear &= text("sourcing:blocking").startsWith("Nothing blocks");
                reloaded |= !"not reloaded"
                        .equals(((JavascriptExecutor) browser).executeScript("return window.__marker || null;"));
                approve();
                counting = false;
                moved &= waitFor(d -> "COPY_EDIT".equals(text("state")), 30);
                if (round == 1) {
                    firstClicks = clicks;
                }
            }
            clicks = firstClicks;
            report(path, id, claims, blockingBefore, clear, moved, reloaded, rounds);
            return clear && moved;
        } finally {
            browser.quit();
        }
    }

    /** Links, verifies; the approval is {@link #approve}. */
    private void review(String path, String what) {
        if (path.equals("link-all")) {
            click(By.id("sourcing:linkAll"), "link-all");
        } else {
            for (int guard = 0;
                    guard < 80 && (clickFirst(":linkSuggested", "link") || clickFirst(":linkNew", "link"));
                    guard++) {
                // one claim linked per action
            }
        }
        for (int guard = 0; guard < 80 && clickFirst(":verify", "verify"); guard++) {
            // one source verified per action; every card resting on it follows
        }
    }

    private void approve() {
        WebElement button =
                browser.findElement(By.xpath("//button[normalize-space(.)='Approve sources, send to copy desk']"));
        arm();
        if (counting) {
            clicks++;
        }
        button.click();
        waitFor(
                d -> {
                    Object done = ((JavascriptExecutor) d)
                            .executeScript(
                                    "return location.pathname.indexOf('/desk/story') >= 0 && document.readyState === 'complete'"
                                            + " && performance.timing.loadEventEnd > 0"
                                            + " ? performance.timing.loadEventEnd - Number(sessionStorage.getItem('cdBenchT0')) : null;");
                    if (done instanceof Number n && n.doubleValue() > 0) {
                        timings.computeIfAbsent("approve (full page)", k -> new ArrayList<>())
                                .add(n.doubleValue());
                        // when the copy desk's page is first on screen (first contentful paint), before its scripts end
                        Object painted = ((JavascriptExecutor) d)
                                .executeScript("var p = performance.getEntriesByName('first-contentful-paint')[0];"
                                        + " return p ? performance.timeOrigin + p.startTime"
                                        + " - Number(sessionStorage.getItem('cdBenchT0')) : null;");
                        if (painted instanceof Number paint) {
                            timings.computeIfAbsent("approve (page on screen)", k -> new ArrayList<>())
                                    .add(paint.doubleValue());
                        }
                        // where the time went: the move (POST to its redirect), the copy desk page's answer, the
                        // browser
                        Object phases = ((JavascriptExecutor) d)
                                .executeScript("var n = performance.getEntriesByType('navigation')[0];"
                                        + " var t0 = Number(sessionStorage.getItem('cdBenchT0')) - performance.timeOrigin;"
                                        + " return 'click to request ' + Math.round(-t0) + ' ms; move (POST until redirect) '"
                                        + " + Math.round(n.redirectEnd || n.fetchStart) + ' ms; page answer (GET, first byte) '"
                                        + " + Math.round(n.responseStart - (n.redirectEnd || n.fetchStart)) + ' ms; page body '"
                                        + " + Math.round(n.responseEnd - n.responseStart) + ' ms; browser until load '"
                                        + " + Math.round(n.loadEventEnd - n.responseEnd) + ' ms';");
                        approvePhases = String.valueOf(phases);
                        return true;
                    }
                    return false;
                },
                60);
    }

    /**
     * A copy of the seed linked but not verified (its sources then exist, unverified: the measured review
     * verifies each the same), and a sample story reviewed to the end with the sources the seed does not
     * propose.
     */
    private void warmUp(String seed, String path) {
        long first = submittedCopy(seed);
        open("desk/sourcing.xhtml?id=" + first);
        if (path.equals("link-all")) {
            click(By.id("sourcing:linkAll"), "warm-up");
        } else {
            for (int guard = 0;
                    guard < 80 && (clickFirst(":linkSuggested", "warm-up") || clickFirst(":linkNew", "warm-up"));
                    guard++) {
                // linked one by one
            }
        }
        String seedNames = browser.findElement(By.tagName("body")).getText();
        long sample = submittedCopy(resource("/corpus/hokkaido-snow.txt"));
        open("desk/sourcing.xhtml?id=" + sample);
        for (int guard = 0;
                guard < 80 && (clickFirst(":linkSuggested", "warm-up") || clickFirst(":linkNew", "warm-up"));
                guard++) {
            // linked one by one
        }
        int verified = 0;
        for (WebElement card : browser.findElements(By.cssSelector(".cd-attr-card"))) {
            List<WebElement> names = card.findElements(By.cssSelector(".cd-source-name"));
            List<WebElement> verify = card.findElements(By.cssSelector("button[id$=':verify']"));
            if (verified < 3
                    && !names.isEmpty()
                    && !verify.isEmpty()
                    && !seedNames.contains(names.get(0).getText())) {
                ((JavascriptExecutor) browser)
                        .executeScript("arguments[0].scrollIntoView({block: 'center'});", verify.get(0));
                arm();
                verify.get(0).click();
                awaitAjax("warm-up");
                verified++;
                break;
            }
        }
        open("desk/sourcing.xhtml?id=" + sample);
        // the approval's path once: a story with no claims, approved as the seed is, so that the copy desk's
        // page is not rendered for the first time in this server by the measured approval
        long plain = submittedCopy("Library opens on Main Street\n\nThe town's new library opened on Main Street on"
                + " Tuesday with 20,000 books.\n\nIt is open every day from nine until six.");
        open("desk/sourcing.xhtml?id=" + plain);
        approve();
        timings.remove("approve (full page)");
        timings.remove("approve (page on screen)");
        approvePhases = "";
    }

    // --- the browser -----------------------------------------------------------------------------------

    private WebDriver chromium() {
        ChromeOptions chrome = new ChromeOptions();
        chrome.setBinary(option("chromium", "/usr/bin/chromium"));
        chrome.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,900",
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(option("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, chrome);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(1280, 900));
        return driver;
    }

    private void signIn(String user) {
        open("");
        waitFor(d -> !d.findElements(By.id("login:username")).isEmpty(), 30);
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(option("password", "copydesk"));
        browser.findElement(By.id("login:signin")).click();
        waitFor(d -> !d.findElements(By.id("account:signout")).isEmpty(), 30);
    }

    private void open(String path) {
        browser.get(base.resolve(path).toString());
        waitFor(
                d -> !d.findElements(By.id("sourcing:blocking")).isEmpty()
                        || !d.findElements(By.id("state")).isEmpty(),
                30);
    }

    /** Resets the page's timer (installing it on a new page). */
    private void arm() {
        ((JavascriptExecutor) browser).executeScript(INSTALL_TIMER);
    }

    /** Clicks the element and waits for the ajax answer to be on screen; counted when the review is. */
    private void click(By by, String kind) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        arm();
        if (counting) {
            clicks++;
        }
        element.click();
        awaitAjax(kind);
    }

    /**
     * Clicks the first visible, enabled button whose id ends with the suffix; false when there is none. An
     * answer may replace the buttons while they are looked at: then they are looked up again.
     */
    private boolean clickFirst(String idSuffix, String kind) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                WebElement target = browser.findElements(By.cssSelector("button[id$='" + idSuffix + "']")).stream()
                        .filter(b -> b.isDisplayed() && b.isEnabled())
                        .findFirst()
                        .orElse(null);
                if (target == null) {
                    return false;
                }
                // as a person would: scrolled to the middle of the view first (not a click), clear of the desk
                // bar and the panel's head that stick to the top
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
                arm();
                target.click();
                if (counting) {
                    clicks++;
                }
                awaitAjax(kind);
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // replaced under us: look again
            }
        }
        return false;
    }

    private void awaitAjax(String kind) {
        waitFor(
                d -> {
                    Object t = ((JavascriptExecutor) d)
                            .executeScript(
                                    "var b = window.__cdBench; return b && b.t0 !== null && b.t1 !== null ? [b.t1 - b.t0, b.server] : null;");
                    if (t instanceof List<?> pair && pair.get(0) instanceof Number n) {
                        timings.computeIfAbsent(kind, k -> new ArrayList<>()).add(n.doubleValue());
                        if (pair.get(1) instanceof Number server) {
                            serverTimings
                                    .computeIfAbsent(kind, k -> new ArrayList<>())
                                    .add(server.doubleValue());
                        }
                        return true;
                    }
                    return false;
                },
                60);
    }

    private boolean waitFor(java.util.function.Function<WebDriver, Boolean> condition, int seconds) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(seconds))
                    .pollingEvery(Duration.ofMillis(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> condition.apply(d) ? Boolean.TRUE : null);
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    private String text(String id) {
        for (int attempt = 0; ; attempt++) {
            try {
                return browser.findElement(By.id(id)).getText();
            } catch (WebDriverException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private void shot(String name) {
        String dir = options.get("screenshots");
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
            File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), Path.of(dir, name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the API ---------------------------------------------------------------------------------------

    /** Imports a copy of the text as the reporter and submits it for the sourcing review; answers its id. */
    private long submittedCopy(String text) {
        String reporter = option("reporter", "reporter");
        HttpResponse<String> imported = send(
                reporter,
                HttpRequest.newBuilder(base.resolve("api/stories/import?allowDuplicate=true"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(text)));
        if (imported.statusCode() != 201) {
            throw new IllegalStateException("import: " + imported.statusCode() + " " + imported.body());
        }
        // the story's own id: its blocks have keys, not ids
        Matcher m = Pattern.compile("\"story\"\\s*:\\s*\\{.*?\"id\"\\s*:\\s*(\\d+)", Pattern.DOTALL)
                .matcher(imported.body());
        if (!m.find()) {
            throw new IllegalStateException("no story id in " + imported.body());
        }
        long id = Long.parseLong(m.group(1));
        HttpResponse<String> moved = send(
                reporter,
                HttpRequest.newBuilder(base.resolve("api/stories/" + id + "/transitions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"SOURCING_REVIEW\"}")));
        if (moved.statusCode() != 200) {
            throw new IllegalStateException("submit: " + moved.statusCode() + " " + moved.body());
        }
        return id;
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) {
        String auth = Base64.getEncoder()
                .encodeToString((user + ":" + option("password", "copydesk")).getBytes(StandardCharsets.UTF_8));
        try {
            return http.send(
                    request.header("Authorization", "Basic " + auth)
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- the report ------------------------------------------------------------------------------------

    private void report(
            String path,
            long id,
            int claims,
            String blockingBefore,
            boolean clear,
            boolean moved,
            boolean reloaded,
            int rounds) {
        int verifications = timings.getOrDefault("verify", List.of()).size();
        System.out.printf(
                Locale.ROOT,
                "Sourcing desk benchmark: %s, story %d, path %s, %d rounds (fresh copies of"
                        + " the seed; clicks are the first round's, times all rounds')%n",
                base,
                id,
                path,
                rounds);
        System.out.printf(Locale.ROOT, "claims %d; at the start: %s%n", claims, blockingBefore);
        System.out.printf(
                Locale.ROOT,
                "CLICKS %d (every click and key press on the sourcing page; %d verifications)%n",
                clicks,
                verifications);
        System.out.printf(
                Locale.ROOT,
                "| %-22s | %3s | %8s | %8s | %8s | %-16s |%n",
                "action",
                "n",
                "p50 ms",
                "p95 ms",
                "max ms",
                "server p50/p95");
        System.out.println("|------------------------|-----|----------|----------|----------|------------------|");
        List<Double> all = new ArrayList<>();
        timings.forEach((kind, list) -> {
            if (!kind.equals("warm-up")) {
                row(kind, list, serverTimings.get(kind));
                if (!kind.startsWith("approve")) {
                    all.addAll(list);
                }
            }
        });
        row("all in-page actions", all, null);
        System.out.printf(
                Locale.ROOT,
                "nothing blocks after the review: %s; moved to COPY_EDIT: %s; page reloaded"
                        + " during the review: %s%n",
                clear,
                moved,
                reloaded);
        List<Double> linkAll = timings.getOrDefault("link-all", List.of());
        if (!linkAll.isEmpty()) {
            System.out.println("link-all, round by round (ms, client / server): "
                    + java.util.stream.IntStream.range(0, linkAll.size())
                            .mapToObj(i -> String.format(
                                    Locale.ROOT,
                                    "%.0f / %.0f",
                                    linkAll.get(i),
                                    serverTimings
                                                            .getOrDefault("link-all", List.of())
                                                            .size()
                                                    > i
                                            ? serverTimings.get("link-all").get(i)
                                            : Double.NaN))
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (!approvePhases.isEmpty()) {
            System.out.println("approve (the last round's): " + approvePhases);
        }
        StringBuilder result = new StringBuilder("RESULT name=sourcing_")
                .append(path.replace('-', '_'))
                .append(" clicks=")
                .append(clicks);
        timings.forEach((kind, list) -> {
            if (!kind.equals("warm-up")) {
                result.append(' ')
                        .append(kind.replaceAll("[^a-z-]", "").replace('-', '_'))
                        .append("_p95_ms=")
                        .append(String.format(Locale.ROOT, "%.0f", percentile(list, 95)));
            }
        });
        System.out.println(result);
    }

    private static void row(String kind, List<Double> list, List<Double> server) {
        String serverPart = server == null || server.isEmpty()
                ? ""
                : String.format(Locale.ROOT, "%.0f / %.0f", percentile(server, 50), percentile(server, 95));
        System.out.printf(
                Locale.ROOT,
                "| %-22s | %3d | %8.0f | %8.0f | %8.0f | %-16s |%n",
                kind,
                list.size(),
                percentile(list, 50),
                percentile(list, 95),
                list.stream().mapToDouble(d -> d).max().orElse(0),
                serverPart);
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(SourcingDeskBench.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
