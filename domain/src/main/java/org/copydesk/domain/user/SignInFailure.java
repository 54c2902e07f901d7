package org.copydesk.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Wrong passwords given for one username: how many since when, and until when its sign-in is locked. Kept in
 * the database, so every node of a cluster counts the same failures and honours the same lock.
 *
 * <p>The rules: failures count within a window from the first one; the failure that reaches the threshold
 * locks sign-in for a while (even with the right password) and starts the count again; a failure after the
 * window starts a new count.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    @Id
    @Column(length = 40)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(nullable = false)
    private Instant since;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInFailure() {}

    /** No failure yet for this username. */
    public static SignInFailure none(String username, Instant now) {
        SignInFailure f = new SignInFailure();
        f.username = username;
        f.since = now;
        return f;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a wrong password given at {@code now}; true when this one locks sign-in (the
     * {@code threshold}-th within {@code window}), until {@code now + lock}.
     */
    public boolean fail(Instant now, Duration window, int threshold, Duration lock) {
        if (since.plus(window).isBefore(now)) {
            failures = 0;
            since = now;
        }
        failures++;
        if (failures >= threshold) {
            lockedUntil = now.plus(lock);
            failures = 0;
            since = now;
            return true;
        }
        return false;
    }

    public String getUsername() {
        return username;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
