package org.copydesk.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockTimeoutException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * On the embedded H2 database, changes that make a revision of a story take turns in this server before they
 * touch the story's row: H2's own row locks can lose a committed update when a transaction that waited for
 * the lock is rolled back afterwards (see {@link JpaStoryRepository#findForUpdate}). H2 runs inside this one
 * server, so a lock here covers every writer. The lock is taken for the rest of the transaction and given
 * back when it has committed or rolled back (a synchronization of the JTA transaction), so the next writer
 * starts only after the database has finished with the previous one.
 *
 * <p>Stories share {@value #STRIPES} locks by id (two stories rarely wait for each other, and memory stays
 * fixed however large the archive). A transaction that already holds a story's lock passes again. A
 * writer that waits longer than the timeout is refused with {@link LockTimeoutException} (409 "someone else
 * changed this story"), as a lock wait on PostgreSQL is.
 */
@ApplicationScoped
public class StoryWriteLocks {

    static final int STRIPES = 1024;

    private static final String HELD = StoryWriteLocks.class.getName() + ".held";

    private final Semaphore[] stripes = new Semaphore[STRIPES];

    @Resource
    TransactionSynchronizationRegistry transactions;

    public StoryWriteLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Semaphore(1);
        }
    }

    static int stripe(long storyId) {
        return Math.floorMod(Long.hashCode(storyId) * 0x9E3779B9, STRIPES);
    }

    /** Holds the story's lock until the current transaction ends, waiting at most {@code timeoutMillis}. */
    public void lock(long storyId, long timeoutMillis) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("A story is locked for a transaction, and none is active");
        }
        @SuppressWarnings("unchecked")
        Set<Semaphore> held = (Set<Semaphore>) transactions.getResource(HELD);
        Semaphore lock = stripes[stripe(storyId)];
        if (held != null && held.contains(lock)) {
            return;
        }
        try {
            if (!lock.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new LockTimeoutException("Another change to story " + storyId + " is still being saved");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException("Interrupted while waiting to change story " + storyId);
        }
        try {
            if (held == null) {
                Set<Semaphore> mine = new HashSet<>();
                transactions.putResource(HELD, mine);
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {}

                    @Override
                    public void afterCompletion(int status) {
                        mine.forEach(Semaphore::release);
                    }
                });
                held = mine;
            }
            held.add(lock);
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }
}
