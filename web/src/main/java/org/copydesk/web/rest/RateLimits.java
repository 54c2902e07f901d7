package org.copydesk.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.web.Settings;

/**
 * How many API requests each account may make a minute on this server, and how many it has left: a fixed
 * window per account and clock minute. The limit is {@code copydesk.api.requests-per-minute} (system property,
 * or the environment's {@code COPYDESK_API_REQUESTS_PER_MINUTE}), {@value #DEFAULT} unless set; 0 turns it off.
 * An admin changes it while the server runs ({@code PUT /api/admin/rate-limit}); each node of a cluster counts
 * its own requests.
 */
@ApplicationScoped
public class RateLimits {

    public static final int DEFAULT = 1200;
    private static final long MINUTE = 60_000;
    /** Past this many accounts counted, windows of earlier minutes are let go. */
    private static final int TIDY_ABOVE = 10_000;

    /** One account's minute: which minute, and how many requests in it. */
    private record Window(long minute, int count) {}

    /** What a request may do: go on (with what is left) or wait (so many seconds). */
    public record Verdict(boolean allowed, int limit, int remaining, long retryAfterSeconds) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private volatile int perMinute = configured();

    static int configured() {
        String value = Settings.get("copydesk.api.requests-per-minute", "COPYDESK_API_REQUESTS_PER_MINUTE");
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(
                    "copydesk.api.requests-per-minute must be a whole number, not “" + value + "”", e);
        }
    }

    public int perMinute() {
        return perMinute;
    }

    /** Sets the limit (0: none); counts already made in this minute stand. */
    public void perMinute(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("perMinute must be 0 (no limit) or more.");
        }
        perMinute = limit;
    }

    /** Counts one request of {@code account} at {@code nowMillis} and says whether it may go on. */
    public Verdict take(String account, long nowMillis) {
        int limit = perMinute;
        if (limit == 0) {
            return new Verdict(true, 0, 0, 0);
        }
        long minute = nowMillis / MINUTE;
        Window window = windows.compute(
                account,
                (who, w) ->
                        w == null || w.minute() != minute ? new Window(minute, 1) : new Window(minute, w.count() + 1));
        if (windows.size() > TIDY_ABOVE) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        if (window.count() > limit) {
            long retry = Math.max(1, ((minute + 1) * MINUTE - nowMillis + 999) / 1000);
            return new Verdict(false, limit, 0, retry);
        }
        return new Verdict(true, limit, limit - window.count(), 0);
    }
}
