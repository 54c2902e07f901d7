package org.copydesk.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Which database failures are "someone else changed this story" (409), on H2 and on PostgreSQL, wherever
 * they are wrapped; and which are not.
 */
class LostRacesTest {

    private static Throwable wrapped(String message, String sqlState) {
        return new IllegalStateException(
                "commit failed",
                new PersistenceException("could not execute statement", new SQLException(message, sqlState)));
    }

    @Test
    void lockWaitsDeadlocksAndSerializationFailuresOfBothDatabasesAreLostRaces() {
        assertTrue(LostRaces.lostARace(wrapped("ERROR: canceling statement due to lock timeout", "55P03")));
        assertTrue(LostRaces.lostARace(wrapped("ERROR: deadlock detected", "40P01")));
        assertTrue(LostRaces.lostARace(wrapped("ERROR: could not serialize access", "40001")));
        assertTrue(LostRaces.lostARace(wrapped("Timeout trying to lock table", "HYT00")));
        assertTrue(LostRaces.lostARace(
                wrapped("ERROR: duplicate key value violates unique constraint \"story_revision_uk\"", "23505")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(LostRaces.lostARace(wrapped("ERROR: relation \"nope\" does not exist", "42P01")));
        assertFalse(LostRaces.lostARace(
                wrapped("ERROR: duplicate key value violates unique constraint \"app_user_username_uk\"", "23505")));
        assertTrue(LostRaces.slugTaken(
                wrapped("ERROR: duplicate key value violates unique constraint \"story_slug_uk\"", "23505")));
    }
}
