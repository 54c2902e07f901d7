package org.copydesk.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.web.rest.HealthResource.Health;
import org.junit.jupiter.api.Test;

/** The readiness rule: UP needs both a database that answers and migrations that have run. */
class HealthTest {

    @Test
    void upOnlyWhenTheDatabaseAnswersAndTheSchemaIsMigrated() {
        assertTrue(Health.of(true, true).up());
        assertEquals(new Health("UP", "UP", "MIGRATED"), Health.of(true, true));
    }

    @Test
    void notReadyWhileMigrationsHaveNotRun() {
        Health pending = Health.of(true, false);
        assertFalse(pending.up());
        assertEquals(new Health("DOWN", "UP", "PENDING"), pending);
    }

    @Test
    void downWhenTheDatabaseDoesNotAnswer() {
        assertEquals(new Health("DOWN", "DOWN", "MIGRATED"), Health.of(false, true));
        assertFalse(Health.of(false, false).up());
    }
}
