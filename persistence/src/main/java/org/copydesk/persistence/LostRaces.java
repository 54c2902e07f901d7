package org.copydesk.persistence;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * The databases' ways of saying "someone else changed this first", read in one place: the JPA and Hibernate lock
 * exceptions and the SQLStates of H2 and PostgreSQL. The web layer asks {@link #lostARace} and answers 409 or a
 * conflict message without knowing a SQLState or a Hibernate class name.
 */
public final class LostRaces {

    private LostRaces() {}

    /**
     * Whether the failure is two changes to the same story colliding, wherever it surfaced (wrapped by the
     * transaction, at commit): an optimistic-lock failure, a lock wait that timed out or a deadlock, or a
     * second revision with a number already taken (the story_revision_uk unique key; cannot happen while
     * revisions are made under the story's row lock, and must not become a 500 if it ever does).
     */
    public static boolean lostARace(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (cause instanceof OptimisticLockException
                    || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    // Hibernate's own, when a commit-time flush loses the race or a lock is not granted
                    || name.endsWith("StaleStateException")
                    || name.endsWith("StaleObjectStateException")
                    || name.endsWith("LockAcquisitionException")
                    || name.endsWith("PessimisticLockException")
                    || name.endsWith("LockTimeoutException")) {
                return true;
            }
            if (cause instanceof SQLException sql && takenKey(sql, "story_revision_uk")) {
                return true;
            }
            if (cause instanceof SQLException sql && LOST_RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLStates of a transaction the database refused because of another one, on H2 and PostgreSQL: 40001
     * serialization failure (H2: deadlock), 40P01 deadlock, 55P03 lock not available (PostgreSQL's
     * lock_timeout), HYT00 lock wait timeout (H2).
     */
    static final Set<String> LOST_RACE_STATES = Set.of("40001", "40P01", "55P03", "HYT00");

    /** Two stories with the same headline created at the same moment: both chose the same free slug. */
    public static boolean slugTaken(Throwable e) {
        return takenKey(e, "story_slug_uk");
    }

    /** Whether a row was refused for a unique key another transaction had just taken (SQLState 23505). */
    public static boolean uniqueKeyTaken(Throwable e) {
        return takenKey(e, null);
    }

    /** A unique key refused somewhere in the causes: this one ({@code constraint}), or any ({@code null}). */
    private static boolean takenKey(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && takenKey(sql, constraint)) {
                return true;
            }
        }
        return false;
    }

    private static boolean takenKey(SQLException sql, String constraint) {
        return "23505".equals(sql.getSQLState())
                && (constraint == null
                        || sql.getMessage() != null
                                && sql.getMessage().toLowerCase(Locale.ROOT).contains(constraint));
    }
}
