package org.copydesk.web.reader;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.application.StoryChanged;
import org.copydesk.application.StoryCorrected;

/**
 * The rendered public story pages ({@code /read/{slug}}), kept so that readers' requests do not render the
 * page again: a page is the same for every reader. A page leaves the cache as soon as its story is saved,
 * moved (published, retracted) or corrected — on this server at once, on the other servers of a cluster as soon
 * as the database tells them (ClusterRelay) — and after {@link #MAX_AGE} anyway, a bound should a message be lost.
 */
@ApplicationScoped
public class PublicPageCache {

    /** How long a page may be served from memory without being rendered again. */
    public static final Duration MAX_AGE = Duration.ofSeconds(Long.getLong("copydesk.read.cache.seconds", 10));
    /** Pages kept at most; past that the cache starts again empty (the busiest pages come back first). */
    static final int MAX_PAGES = 2_000;

    /** One rendered page: the bytes, their type, an entity tag, and when it was rendered. */
    public record Page(long storyId, byte[] body, String contentType, String etag, Instant renderedAt) {

        /**
         * The page's own headers, in order (besides its length, and what every answer carries: SecurityHeadersFilter,
         * the request id): its type and tag, how long caches may keep it, and a policy that forbids scripts (the
         * page has none; the JSON-LD block is data). {@code how} says whether it came from memory ("hit") or was
         * just rendered ("miss").
         */
        public List<Map.Entry<String, String>> headers(String how) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            headers.add(Map.entry("Content-Type", contentType == null ? "text/html;charset=UTF-8" : contentType));
            headers.add(Map.entry("ETag", etag));
            headers.add(Map.entry("Cache-Control", PublicCaching.SHARED));
            headers.add(Map.entry("X-Copydesk-Cache", how));
            headers.add(Map.entry("Content-Security-Policy", "script-src 'none'"));
            return headers;
        }

        /** Whether a request's {@code If-None-Match} names this page (a 304 then). */
        public boolean matches(String ifNoneMatch) {
            return ifNoneMatch != null
                    && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"));
        }
    }

    /** The cache of the running application, once it was made (for ReadFromMemory, before any servlet). */
    private static volatile PublicPageCache current;

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @jakarta.annotation.PostConstruct
    void made() {
        current = this;
    }

    @jakarta.annotation.PreDestroy
    void gone() {
        current = null;
    }

    /** The running application's cache; null before the first page was rendered. */
    static PublicPageCache current() {
        return current;
    }

    public Page get(String slug) {
        Page page = pages.get(slug);
        if (page == null) {
            return null;
        }
        if (page.renderedAt().plus(MAX_AGE).isBefore(clock.instant())) {
            pages.remove(slug, page);
            return null;
        }
        return page;
    }

    /** Keeps a rendered page and answers it (a change may drop it from the cache at once; the answer stands). */
    public Page put(String slug, long storyId, byte[] body, String contentType) {
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        Page page = new Page(storyId, body, contentType, etag(body), clock.instant());
        pages.put(slug, page);
        return page;
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryChanged changed) {
        forget(changed.storyId(), changed.slug());
    }

    void onCorrected(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryCorrected corrected) {
        forget(corrected.storyId(), corrected.slug());
    }

    /** Drops the story's page (by slug, and any page of the story's id). */
    public void forget(long storyId, String slug) {
        if (slug != null) {
            pages.remove(slug);
        }
        pages.values().removeIf(p -> p.storyId() == storyId);
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + java.util.HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
