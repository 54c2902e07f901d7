package org.copydesk.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInFailureTest {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(5);
    static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

    private static boolean fail(SignInFailure f, Instant at) {
        return f.fail(at, WINDOW, 5, LOCK);
    }

    @Test
    void theFifthWrongPasswordWithinTheWindowLocksForFiveMinutes() {
        SignInFailure f = SignInFailure.none("rita", T0);
        for (int i = 0; i < 4; i++) {
            assertFalse(fail(f, T0.plusSeconds(60L * i)), "failure " + (i + 1));
        }
        assertFalse(f.lockedAt(T0.plusSeconds(240)));
        assertTrue(fail(f, T0.plusSeconds(240)), "the fifth locks");
        assertTrue(f.lockedAt(T0.plusSeconds(241)));
        assertTrue(f.lockedAt(T0.plusSeconds(240 + 299)));
        assertFalse(f.lockedAt(T0.plusSeconds(240 + 300)), "over after five minutes");
        assertEquals(0, f.getFailures(), "the count starts again after a lock");
    }

    @Test
    void failuresFurtherApartThanTheWindowNeverLock() {
        SignInFailure f = SignInFailure.none("rita", T0);
        Instant at = T0;
        for (int i = 0; i < 20; i++) {
            assertFalse(fail(f, at));
            at = at.plus(WINDOW).plusSeconds(1);
        }
        assertEquals(1, f.getFailures());
    }

    @Test
    void aNewWindowStartsTheCountAgain() {
        SignInFailure f = SignInFailure.none("rita", T0);
        for (int i = 0; i < 4; i++) {
            fail(f, T0);
        }
        Instant later = T0.plus(WINDOW).plusSeconds(1);
        for (int i = 0; i < 4; i++) {
            assertFalse(fail(f, later), "four in the new window do not lock");
        }
        assertTrue(fail(f, later.plusSeconds(1)));
    }

    @Test
    void onlyNamesAnAccountCouldHaveAreCounted() {
        assertTrue(User.isPossibleUsername("ghost1234"));
        assertFalse(User.isPossibleUsername("Robert'); drop table"));
        assertFalse(User.isPossibleUsername("x".repeat(41)));
        assertFalse(User.isPossibleUsername(null));
    }
}
