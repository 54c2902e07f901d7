package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Locale;

/**
 * How a row is locked for a change that makes a revision (a story's save, a source's edit), chosen once for the
 * database in use, so that the repositories lock the same way and name no database:
 * <ul>
 * <li>PostgreSQL: the row lock itself, with a bounded wait for this transaction ({@code lock_timeout}, at most
 * {@link #LOCK_TIMEOUT}), so that a convoy of saves on one row ends in 409s, not in hung requests;</li>
 * <li>H2: writers take turns in this server first ({@link StoryWriteLocks}, the same wait), then lock the row
 * without waiting (NOWAIT: another kind of change holding it means 409 at once). H2 can lose a committed update
 * when a transaction that waited for a row lock is rolled back afterwards: the rollback puts back the row as it was
 * before the wait (H2 2.3.232 and 2.5.252 alike), and a save that finds, after the wait, that the story has moved on
 * is exactly such a rollback. A plain-JDBC stress test of the save pattern (bench's H2LockStress) lost the newest
 * update in 4 of 100 rounds that way, 1 of 100 with NOWAIT alone, none with turns in the server
 * (docs/operations.md, "H2 and concurrent saves").</li>
 * </ul>
 * A lock that is not granted in time surfaces as a lock failure that {@link LostRaces} reads as someone else's
 * change winning.
 */
@ApplicationScoped
public class RowLocks {

    /** How long a change waits for another change of the same row (copydesk.db.lock.timeout). */
    static final String LOCK_TIMEOUT = System.getProperty("copydesk.db.lock.timeout", "2s");

    /** The same wait in milliseconds. */
    static final long LOCK_TIMEOUT_MILLIS = millis(LOCK_TIMEOUT);

    /** What a table's rows are locked by: the table and the key of the turns taken in this server. */
    public enum Row {
        STORY("story"),
        SOURCE("source");

        private final String table;

        Row(String table) {
            this.table = table;
        }

        /** Stories and sources take turns on separate keys: a story's id, a source's id below zero. */
        long turn(long id) {
            return this == STORY ? id : -1 - id;
        }
    }

    /** One database's way; {@link #lock} answers whether the row exists (false only when that is known). */
    interface Strategy {
        boolean lock(EntityManager em, Row row, long id);
    }

    @Inject
    DatabaseMigrator database;

    @Inject
    StoryWriteLocks turns;

    private volatile Strategy strategy;

    /**
     * Locks the row until the transaction ends, or fails with a lock failure after {@link #LOCK_TIMEOUT}. Answers
     * false when the row is known not to exist; the caller then reads it (locked) as usual.
     */
    public boolean lock(EntityManager em, Row row, long id) {
        Strategy s = strategy;
        if (s == null) {
            s = database.isPostgres() ? RowLocks::postgres : this::h2;
            strategy = s;
        }
        return s.lock(em, row, id);
    }

    private static boolean postgres(EntityManager em, Row row, long id) {
        em.createNativeQuery("select set_config('lock_timeout', :timeout, true)")
                .setParameter("timeout", LOCK_TIMEOUT)
                .getSingleResult();
        return true;
    }

    private boolean h2(EntityManager em, Row row, long id) {
        turns.lock(row.turn(id), LOCK_TIMEOUT_MILLIS);
        return !em.createNativeQuery("select id from " + row.table + " where id = :id for update nowait")
                .setParameter("id", id)
                .getResultList()
                .isEmpty();
    }

    /** A PostgreSQL duration as lock_timeout takes it ("2s", "1500ms", "1min", or a bare number of ms). */
    static long millis(String duration) {
        String d = duration.strip().toLowerCase(Locale.ROOT);
        if (d.endsWith("ms")) {
            return Long.parseLong(d.substring(0, d.length() - 2).strip());
        }
        if (d.endsWith("min")) {
            return Long.parseLong(d.substring(0, d.length() - 3).strip()) * 60_000;
        }
        if (d.endsWith("s")) {
            return Long.parseLong(d.substring(0, d.length() - 1).strip()) * 1_000;
        }
        return Long.parseLong(d);
    }
}
