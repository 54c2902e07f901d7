package org.copydesk.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private static final long MINUTE = 60_000;

    @Test
    void anAccountPastItsRequestsForTheMinuteWaitsForTheNextAndOthersGoOn() {
        RateLimits limits = new RateLimits();
        limits.perMinute(3);
        long t = 100 * MINUTE + 45_500; // 14.5 s before the next minute
        assertEquals(2, limits.take("ed", t).remaining());
        assertEquals(1, limits.take("ed", t).remaining());
        assertEquals(0, limits.take("ed", t).remaining());
        RateLimits.Verdict refused = limits.take("ed", t);
        assertFalse(refused.allowed());
        assertEquals(15, refused.retryAfterSeconds(), "rounded up to the whole second");
        assertTrue(limits.take("rita", t).allowed(), "another account counts its own");
        RateLimits.Verdict next = limits.take("ed", 101 * MINUTE);
        assertTrue(next.allowed());
        assertEquals(2, next.remaining());
    }

    @Test
    void noLimitWhenItIsZeroAndNeverBelowZero() {
        RateLimits limits = new RateLimits();
        limits.perMinute(0);
        for (int i = 0; i < 10_000; i++) {
            assertTrue(limits.take("bench", 5).allowed());
        }
        assertThrows(IllegalArgumentException.class, () -> limits.perMinute(-1));
        assertEquals(RateLimits.DEFAULT, RateLimits.configured(), "unless the server says otherwise");
    }

    @Test
    void aLowerLimitAppliesToWhatWasCountedAlready() {
        RateLimits limits = new RateLimits();
        limits.perMinute(10);
        for (int i = 0; i < 5; i++) {
            limits.take("ed", 7);
        }
        limits.perMinute(4);
        assertFalse(limits.take("ed", 8).allowed());
    }
}
