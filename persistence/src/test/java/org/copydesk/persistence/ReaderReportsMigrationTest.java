package org.copydesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V11 on H2 (the database of the tests and of a first start): reports stored before it, whose proposer was
 * "reader" and the reader's network address, show "reader" alone afterwards, and no column keeps the address.
 */
class ReaderReportsMigrationTest {

    private static final String URL = "jdbc:h2:mem:v11;DB_CLOSE_DELAY=-1";

    @Test
    void oldReportsStopShowingTheReadersAddress() throws SQLException {
        flyway("8").migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            sql.execute(
                    "insert into story (id, slug, headline, state, reporter, current_revision, created_at, updated_at,"
                            + " updated_by, version, published_at) values (1, 'old', 'Old story', 'PUBLISHED', 'reporter', 1,"
                            + " current_timestamp, current_timestamp, 'reporter', 0, current_timestamp)");
            sql.execute(
                    "insert into correction (id, story_id, kind, reason, status, proposed_by, proposed_at, from_reader,"
                            + " version) values (1, 1, 'CORRECTION', 'It was Tuesday (reply to pat@example.org)', 'PROPOSED',"
                            + " 'reader 203.0.113.77', current_timestamp, true, 0), (2, 1, 'TYPO', 'House style', 'APPLIED',"
                            + " 'copyeditor', current_timestamp, false, 0)");
        }

        assertTrue(flyway(null).migrate().migrationsExecuted >= 1, "V11 (and any migration after 8)");

        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            List<String> rows = new ArrayList<>();
            try (ResultSet r = sql.executeQuery("select * from correction order by id")) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        row.append(r.getMetaData().getColumnName(c))
                                .append('=')
                                .append(r.getString(c))
                                .append(' ');
                    }
                    rows.add(row.toString());
                }
            }
            assertTrue(rows.get(0).contains("PROPOSED_BY=reader "), rows.get(0));
            assertTrue(
                    rows.get(0).contains("READER_KEY=null") && rows.get(0).contains("RESOLVED_BY=null"), rows.get(0));
            assertTrue(rows.get(1).contains("PROPOSED_BY=copyeditor "), "the desk's own stay: " + rows.get(1));
            assertFalse(String.join("\n", rows).contains("203.0.113.77"), "the address is gone: " + rows);
            try (ResultSet r = sql.executeQuery("select count(*) from app_secret")) {
                r.next();
                assertEquals(0, r.getInt(1), "the secret is made by the application when it is first needed");
            }
        }
    }

    private static Flyway flyway(String target) {
        var config = Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations(DatabaseMigrator.locations("H2"))
                .failOnMissingLocations(true);
        return (target == null ? config : config.target(target)).load();
    }
}
