package org.copydesk.web.reader;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.copydesk.application.StoryChanged;
import org.copydesk.application.StoryCorrected;
import org.copydesk.application.StoryQueries;
import org.copydesk.domain.workflow.StoryState;
import org.copydesk.web.Settings;
import org.jboss.logging.Logger;

/**
 * Keeps the front caches in step with the stories: when a story is published, corrected or retracted, every
 * configured front cache fetches again, at once, each public address the change shows on ({@link #addresses}). The front cache (nginx, see docs/operations.md) keeps its copies for a
 * short {@code s-maxage}; this makes a change visible through it within a second instead.
 *
 * <p>A refresh is a {@code GET} of the public address at the front cache with the header
 * {@value #HEADER} carrying the shared secret: the cache then passes the request on instead of answering it,
 * and stores the new answer in place of the old one — no purge module is needed, and a retracted story's
 * "not found" replaces its page the same way. Copydesk itself renders the page afresh for such a request
 * ({@link #isRefresh}), whichever node of a cluster it reaches. Configured by
 * {@code copydesk.front-cache.urls} (or {@code COPYDESK_FRONT_CACHE_URLS}: the base addresses of the caches,
 * separated by commas) and {@code copydesk.front-cache.secret} ({@code COPYDESK_FRONT_CACHE_SECRET}); without
 * them nothing is sent. A cache that does not answer is tried again after 1, 4 and 16 seconds, then logged.
 */
@ApplicationScoped
public class FrontCache {

    public static final String HEADER = "X-Copydesk-Refresh";
    static final String URLS = "copydesk.front-cache.urls";
    static final String SECRET = "copydesk.front-cache.secret";
    static final long[] RETRY_SECONDS = {1, 4, 16};
    private static final Logger LOG = Logger.getLogger(FrontCache.class);

    @Resource
    ManagedExecutorService executor;

    /** The application's context path ({@code /copydesk}), kept at start: refreshes are sent from any thread. */
    private volatile String contextPath = "/copydesk";

    private volatile HttpClient client;
    private volatile long lastWarning = System.nanoTime() - TimeUnit.MINUTES.toNanos(2);
    private static final java.util.concurrent.atomic.AtomicLongFieldUpdater<FrontCache> WARNED =
            java.util.concurrent.atomic.AtomicLongFieldUpdater.newUpdater(FrontCache.class, "lastWarning");

    @Inject
    StoryQueries stories;

    void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        contextPath = context.getContextPath();
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryChanged changed) {
        boolean shown = changed.state() == StoryState.PUBLISHED || changed.state() == StoryState.RETRACTED;
        if (shown && changed.kind() != StoryChanged.Kind.ASSIGNED) {
            refresh(changed.storyId(), changed.slug());
        }
    }

    void onCorrected(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryCorrected corrected) {
        refresh(corrected.storyId(), corrected.slug());
    }

    /**
     * The public addresses a change to this story shows on, below the context path: its page, the corrections
     * log and feed, the news sitemap and the feed of each of its sections.
     */
    static List<String> addresses(String slug, List<String> sections) {
        List<String> paths = new ArrayList<>();
        if (slug != null && !slug.isBlank()) {
            paths.add("/read/" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
        }
        paths.add("/corrections");
        paths.add("/corrections.atom");
        paths.add("/sitemap-news.xml");
        sections.forEach(section -> paths.add(SectionFeedServlet.address(section)));
        return paths;
    }

    /** Whether a request is a front cache's refresh, with the right secret: the page must be rendered afresh. */
    public static boolean isRefresh(String header) {
        if (header == null) {
            return false;
        }
        String secret = Settings.get(SECRET, "COPYDESK_FRONT_CACHE_SECRET");
        return secret != null
                && !secret.isBlank()
                && java.security.MessageDigest.isEqual(
                        header.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    private void refresh(long storyId, String slug) {
        String urls = Settings.get(URLS, "COPYDESK_FRONT_CACHE_URLS");
        String secret = Settings.get(SECRET, "COPYDESK_FRONT_CACHE_SECRET");
        if (urls == null || urls.isBlank() || secret == null || secret.isBlank()) {
            return;
        }
        // off the committing thread: the story's sections are read in a transaction of their own
        executor.execute(() -> {
            try {
                refresh(urls, secret, slug, sections(storyId));
            } catch (RuntimeException e) {
                LOG.warnf(e, "The front cache was not refreshed for story %d", storyId);
            }
        });
    }

    private List<String> sections(long storyId) {
        try {
            return stories.find(storyId).sections();
        } catch (RuntimeException e) {
            LOG.debugf("No sections for story %d: %s", storyId, e);
            return List.of();
        }
    }

    private void refresh(String urls, String secret, String slug, List<String> sections) {
        for (String base : urls.split("[,\\s]+")) {
            if (base.isBlank()) {
                continue;
            }
            for (String path : addresses(slug, sections)) {
                URI uri = URI.create(base.replaceAll("/+$", "") + contextPath + path);
                HttpRequest request = HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(10))
                        .header(HEADER, secret)
                        .GET()
                        .build();
                send(request, 0);
            }
        }
    }

    private void send(HttpRequest request, int attempt) {
        client().sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() < 500) {
                LOG.debugf("Front cache refreshed %s (%d)", request.uri(), response.statusCode());
                return;
            }
            String why = failure != null ? failure.toString() : "status " + response.statusCode();
            if (attempt < RETRY_SECONDS.length) {
                LOG.debugf(
                        "Front cache refresh of %s failed (%s); again in %d s",
                        request.uri(), why, RETRY_SECONDS[attempt]);
                CompletableFuture.delayedExecutor(RETRY_SECONDS[attempt], TimeUnit.SECONDS, executor)
                        .execute(() -> send(request, attempt + 1));
            } else {
                // at most one warning a minute: a cache that is down would otherwise fill the log
                long now = System.nanoTime();
                long last = lastWarning;
                boolean warn = now - last > TimeUnit.MINUTES.toNanos(1) && WARNED.compareAndSet(this, last, now);
                LOG.logf(
                        warn ? Logger.Level.WARN : Logger.Level.DEBUG,
                        "The front cache did not refresh %s after %d "
                                + "tries (%s): readers may see the previous version until its s-maxage runs out",
                        request.uri(),
                        attempt + 1,
                        why);
            }
        });
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder()
                            .executor(executor)
                            .connectTimeout(Duration.ofSeconds(3))
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                }
                c = client;
            }
        }
        return c;
    }
}
