package org.copydesk.it.api;

import static org.copydesk.it.Clients.refused;
import static org.copydesk.it.Desks.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import org.copydesk.client.ApiException;
import org.copydesk.client.ApiResponse;
import org.copydesk.client.api.OperationsApi;
import org.copydesk.client.api.StoriesApi;
import org.copydesk.client.model.PageStorySummary;
import org.copydesk.client.model.Problem;
import org.copydesk.client.model.RateLimit;
import org.copydesk.it.Clients;
import org.junit.jupiter.api.Test;

/**
 * The API's rate limit, as an account meets it: its requests for the minute counted down in RateLimit-Remaining,
 * then 429 with Retry-After; another account goes on; an admin can always change the limit. The test server runs
 * without one (arquillian.xml); this test sets one through the admin API and puts the old one back.
 */
class RateLimitIT extends ApiTest {

    @Test
    void anAccountPastItsRequestsForTheMinuteWaitsAndOthersGoOn() throws InterruptedException {
        OperationsApi admin = new OperationsApi(Clients.as("admin"));
        int before = call(() -> admin.getRateLimit()).getPerMinute();
        StoriesApi editor = new StoriesApi(Clients.as("editor"));
        try {
            // the window is the clock minute: start early in one, so that the requests below share it
            int second = LocalTime.now().getSecond();
            if (second > 45) {
                Thread.sleep((61 - second) * 1000L);
            }
            assertEquals(
                    5,
                    call(() -> admin.setRateLimit(new RateLimit().perMinute(5))).getPerMinute());
            for (int left = 4; left >= 0; left--) {
                ApiResponse<PageStorySummary> page =
                        call(() -> editor.listStoriesWithHttpInfo(null, null, 0, null, null, null, 1, null, null));
                assertEquals("5", page.getHeaders().get("ratelimit-limit").get(0));
                assertEquals(
                        String.valueOf(left),
                        page.getHeaders().get("ratelimit-remaining").get(0));
            }
            Problem problem = refused(429, () -> editor.listStories(null, null, 0, null, null, null, 1, null, null));
            assertTrue(problem.getDetail().contains("5 requests"), problem.getDetail());
            ApiException e = assertThrows(
                    ApiException.class, () -> editor.listStories(null, null, 0, null, null, null, 1, null, null));
            long retryAfter = Long.parseLong(
                    e.getResponseHeaders().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

            StoriesApi reporter = new StoriesApi(Clients.as("reporter"));
            assertTrue(
                    call(() -> reporter.listStories(null, null, 0, null, null, null, 1, null, null))
                                    .getTotal()
                            > 0,
                    "another account counts its own requests");
            refused(400, () -> admin.setRateLimit(new RateLimit().perMinute(-1)));
        } finally {
            call(() -> admin.setRateLimit(new RateLimit().perMinute(before))); // admin operations are never counted
        }
        ApiResponse<PageStorySummary> free =
                call(() -> editor.listStoriesWithHttpInfo(null, null, 0, null, null, null, 1, null, null));
        assertEquals(200, free.getStatusCode());
        if (before == 0) {
            assertFalse(free.getHeaders().containsKey("ratelimit-limit"), "no limit, no count");
        }
    }
}
