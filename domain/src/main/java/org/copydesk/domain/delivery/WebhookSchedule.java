package org.copydesk.domain.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * When a delivery is tried again after a failed attempt: 1 s, 4 s, 16 s, about 1, 4 and 17 minutes, about 68
 * minutes — each wait four times the last — then it is given up (eight attempts in about an hour and a half).
 * A receiver that is down for a deploy gets the event when it is back; one that is gone stops costing anything.
 */
public final class WebhookSchedule {

    /** Attempts in all, the first included. */
    public static final int MAX_ATTEMPTS = 8;

    private WebhookSchedule() {}

    /** The wait before the next attempt after {@code attempts} failed ones; empty when there is no next one. */
    public static Optional<Duration> retryAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("a retry follows at least one attempt");
        }
        if (attempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(1L << (2 * (attempts - 1))));
    }
}
