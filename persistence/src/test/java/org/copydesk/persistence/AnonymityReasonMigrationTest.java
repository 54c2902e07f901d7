package org.copydesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V16 on a database made by V15 (H2): a claim linked to an anonymous source before the rule, and its history
 * line, keep every column and have no reason (legacy links); a reason of 1000 characters fits both afterwards.
 */
class AnonymityReasonMigrationTest {

    private static final String URL = "jdbc:h2:mem:v16;DB_CLOSE_DELAY=-1";

    @Test
    void legacyLinksKeepNoReasonAndNewOnesFit() throws SQLException {
        flyway("15").migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            sql.execute(
                    "insert into story (id, slug, headline, state, reporter, current_revision, created_at, updated_at,"
                            + " updated_by, version) values (1, 'talks', 'Talks stall', 'SOURCING_REVIEW', 'reporter', 1,"
                            + " current_timestamp, current_timestamp, 'reporter', 0)");
            sql.execute("insert into source (id, name, name_key, kind, status, version) values (7, 'officials',"
                    + " 'officials', 'ANONYMOUS', 'UNVERIFIED', 0)");
            sql.execute(
                    "insert into attribution (id, story_id, block_key, span_start, span_end, span, claim, source_id,"
                            + " status, present, waived, decided_by, decided_at, version) values (3, 1, 'k1', 0, 14,"
                            + " 'Officials said', 'Officials said the talks had stalled.', 7, 'LINKED', true, false, 'editor',"
                            + " current_timestamp, 0)");
            sql.execute(
                    "insert into attribution_decision (attribution_id, position, action, source_id, span, actor, at)"
                            + " values (3, 0, 'LINKED', 7, 'Officials said', 'editor', current_timestamp)");
        }

        assertEquals(1, flyway("16").migrate().migrationsExecuted, "V16");

        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            try (ResultSet r = sql.executeQuery("select source_id, status, span, anonymity_reason from attribution")) {
                r.next();
                assertEquals(7, r.getLong(1));
                assertEquals("LINKED", r.getString(2));
                assertEquals("Officials said", r.getString(3));
                assertNull(r.getString(4));
            }
            try (ResultSet r =
                    sql.executeQuery("select action, source_id, anonymity_reason from attribution_decision")) {
                r.next();
                assertEquals("LINKED", r.getString(1));
                assertEquals(7, r.getLong(2));
                assertNull(r.getString(3));
            }
            String reason = "r".repeat(1000);
            sql.execute("update attribution set anonymity_reason = '" + reason + "'");
            sql.execute("update attribution_decision set anonymity_reason = '" + reason + "'");
            try (ResultSet r = sql.executeQuery("select a.anonymity_reason, d.anonymity_reason from attribution a"
                    + " join attribution_decision d on d.attribution_id = a.id")) {
                r.next();
                assertEquals(reason, r.getString(1));
                assertEquals(reason, r.getString(2));
            }
        }
    }

    private static Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations(DatabaseMigrator.locations("H2"))
                .failOnMissingLocations(true)
                .target(target)
                .load();
    }
}
