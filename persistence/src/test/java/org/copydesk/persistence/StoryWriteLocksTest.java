package org.copydesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.LockTimeoutException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryWriteLocksTest {

    /** One JTA transaction as the registry shows it to the code running in it. */
    static final class Tx implements TransactionSynchronizationRegistry {
        final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> synchronizations = new ArrayList<>();
        int status = Status.STATUS_ACTIVE;

        void end(int outcome) {
            status = outcome;
            synchronizations.forEach(s -> s.afterCompletion(outcome));
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }

    private static StoryWriteLocks in(StoryWriteLocks locks, Tx tx) {
        locks.transactions = tx;
        return locks;
    }

    @Test
    void aSecondTransactionWaitsForTheFirstToEndThenGetsTheStory() {
        StoryWriteLocks locks = new StoryWriteLocks();
        Tx first = new Tx();
        in(locks, first).lock(7, 50);
        in(locks, first).lock(7, 50); // the same transaction again: no wait on itself
        Tx second = new Tx();
        LockTimeoutException refused =
                assertThrows(LockTimeoutException.class, () -> in(locks, second).lock(7, 50));
        assertTrue(refused.getMessage().contains("story 7"), refused.getMessage());
        assertEquals(1, first.synchronizations.size(), "given back once, however often it was taken");

        first.end(Status.STATUS_ROLLEDBACK);
        in(locks, second).lock(7, 50);
        second.end(Status.STATUS_COMMITTED);
        in(locks, new Tx()).lock(7, 50);
    }

    @Test
    void otherStoriesDoNotWait() {
        StoryWriteLocks locks = new StoryWriteLocks();
        in(locks, new Tx()).lock(1, 10);
        long other = 2;
        while (StoryWriteLocks.stripe(other) == StoryWriteLocks.stripe(1)) {
            other++;
        }
        in(locks, new Tx()).lock(other, 10);
    }

    @Test
    void noTransactionNoLock() {
        Tx none = new Tx();
        none.status = Status.STATUS_NO_TRANSACTION;
        assertThrows(IllegalStateException.class, () -> in(new StoryWriteLocks(), none)
                .lock(1, 10));
    }

    @Test
    void consecutiveIdsSpreadOverTheStripes() {
        Set<Integer> used = new HashSet<>();
        for (long id = 1; id <= StoryWriteLocks.STRIPES; id++) {
            used.add(StoryWriteLocks.stripe(id));
        }
        assertTrue(used.size() > StoryWriteLocks.STRIPES * 6 / 10, "stripes used by 1..1024: " + used.size());
    }

    @Test
    void lockTimeoutsReadLikePostgreSQLs() {
        assertEquals(2_000, RowLocks.millis("2s"));
        assertEquals(1_500, RowLocks.millis("1500ms"));
        assertEquals(60_000, RowLocks.millis("1min"));
        assertEquals(750, RowLocks.millis(" 750 "));
    }
}
