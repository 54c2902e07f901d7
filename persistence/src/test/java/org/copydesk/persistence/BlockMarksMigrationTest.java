package org.copydesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.copydesk.domain.story.Mark;
import org.copydesk.domain.story.Marks;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V14 on a database made by V13 (H2): every block of a story, of its revisions and of a working copy keeps
 * its key, type and text exactly, and has no marks; a block written afterwards keeps the marks it is given.
 */
class BlockMarksMigrationTest {

    private static final String URL = "jdbc:h2:mem:v14;DB_CLOSE_DELAY=-1";
    private static final String TEXT =
            "Local media reported that 'at least' 1,000 troops arrived —\nsaid the ministry.";

    @Test
    void existingBlocksKeepTheirTextAndGainNoMarks() throws SQLException {
        flyway("13").migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            sql.execute(
                    "insert into story (id, slug, headline, state, reporter, current_revision, created_at, updated_at,"
                            + " updated_by, version) values (1, 'old', 'Old story', 'DRAFT', 'reporter', 1,"
                            + " current_timestamp, current_timestamp, 'reporter', 0)");
            sql.execute("insert into story_block (story_id, position, block_key, type, text) values (1, 0, 'k1',"
                    + " 'PARAGRAPH', '" + TEXT.replace("'", "''") + "')");
            sql.execute(
                    "insert into story_revision (id, story_id, number, author, created_at, reason, headline, text,"
                            + " content_kept) values (1, 1, 1, 'reporter', current_timestamp, 'Created', 'Old story', 'x', true)");
            sql.execute("insert into story_revision_block (revision_id, position, block_key, type, text) values (1, 0,"
                    + " 'k1', 'LIST', 'one\ntwo')");
            sql.execute("insert into working_copy (id, story_id, username, base_version, saved_at) values (1, 1,"
                    + " 'reporter', 0, current_timestamp)");
            sql.execute(
                    "insert into working_copy_block (working_copy_id, position, block_key, type, text) values (1, 0,"
                            + " 'k1', 'QUOTE', 'kept')");
        }

        assertEquals(1, flyway("14").migrate().migrationsExecuted, "V14");

        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            expect(sql, "select block_key, type, text, marks from story_block", "k1", "PARAGRAPH", TEXT);
            expect(sql, "select block_key, type, text, marks from story_revision_block", "k1", "LIST", "one\ntwo");
            expect(sql, "select block_key, type, text, marks from working_copy_block", "k1", "QUOTE", "kept");

            List<Mark> marks = List.of(Mark.bold(0, 11), Mark.link(0, 11, "https://example.org/a?b=1&c=2"));
            sql.execute("update story_block set marks = '" + Marks.encode(marks) + "'");
            try (ResultSet r = sql.executeQuery("select marks from story_block")) {
                r.next();
                assertEquals(marks, Marks.decode(r.getString(1)));
            }
        }
    }

    private static void expect(Statement sql, String query, String key, String type, String text) throws SQLException {
        try (ResultSet r = sql.executeQuery(query)) {
            r.next();
            assertEquals(key, r.getString(1));
            assertEquals(type, r.getString(2));
            assertEquals(text, r.getString(3));
            assertNull(r.getString(4));
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
