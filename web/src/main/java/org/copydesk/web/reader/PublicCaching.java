package org.copydesk.web.reader;

import jakarta.servlet.http.HttpServletResponse;

/**
 * How long readers' answers may be kept: a browser asks again every time (and gets a 304 when its copy still
 * holds), a shared cache in front keeps an answer for a minute and may serve it 30 seconds longer while it
 * fetches the next, or a day if Copydesk does not answer. A change reaches the front cache at once through
 * {@link FrontCache}; the minute bounds what a missed refresh can cost.
 */
public final class PublicCaching {

    public static final String SHARED =
            "public, max-age=0, s-maxage=60, stale-while-revalidate=30, stale-if-error=86400";

    private PublicCaching() {}

    /** Marks an answer that is the same for every reader (a public page, a feed). */
    public static void shared(HttpServletResponse response) {
        response.setHeader("Cache-Control", SHARED);
    }
}
