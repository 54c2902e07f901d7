package org.copydesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V12 and V13 on a database made by V11 (H2): revisions written before keep their text, are marked as
 * holding no kept content (a restore reads them back from the text), and the working-copy tables start
 * empty; nothing of the story or its revisions is lost.
 */
class RevisionContentMigrationTest {

    private static final String URL = "jdbc:h2:mem:v13;DB_CLOSE_DELAY=-1";

    @Test
    void oldRevisionsKeepTheirTextAndAreMarkedAsTextOnly() throws SQLException {
        flyway("11").migrate();
        String text = "# Old story\n\nBy Anna Berg\n\nThe old paragraph.";
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            sql.execute(
                    "insert into story (id, slug, headline, state, reporter, current_revision, created_at, updated_at,"
                            + " updated_by, version) values (1, 'old', 'Old story', 'DRAFT', 'reporter', 1,"
                            + " current_timestamp, current_timestamp, 'reporter', 0)");
            sql.execute("insert into story_revision (id, story_id, number, author, created_at, reason, headline, text)"
                    + " values (1, 1, 1, 'reporter', current_timestamp, 'Created', 'Old story', '" + text + "')");
        }

        assertEquals(2, flyway("13").migrate().migrationsExecuted, "V12 and V13");

        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            try (ResultSet r = sql.executeQuery("select text, content_kept, standfirst, byline from story_revision")) {
                r.next();
                assertEquals(text, r.getString(1));
                assertEquals(false, r.getBoolean(2));
                assertEquals(null, r.getString(3));
                assertEquals(null, r.getString(4));
            }
            for (String table : new String[] {
                "story_revision_block",
                "story_revision_section",
                "working_copy",
                "working_copy_block",
                "working_copy_section"
            }) {
                try (ResultSet r = sql.executeQuery("select count(*) from " + table)) {
                    r.next();
                    assertEquals(0, r.getInt(1), table);
                }
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
