package org.copydesk.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V15 on a database made by V14 (H2): every block of a story, of its revisions and of a working copy keeps its
 * key, type, text and marks and is no picture; the media tables hold a picture's bytes exactly and refuse the same
 * picture twice.
 */
class PicturesMigrationTest {

    private static final String URL = "jdbc:h2:mem:v15;DB_CLOSE_DELAY=-1";

    @Test
    void existingBlocksStayAsTheyWereAndPicturesCanBeStored() throws SQLException {
        flyway("14").migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            sql.execute(
                    "insert into story (id, slug, headline, state, reporter, current_revision, created_at, updated_at,"
                            + " updated_by, version) values (1, 'old', 'Old story', 'DRAFT', 'reporter', 1,"
                            + " current_timestamp, current_timestamp, 'reporter', 0)");
            sql.execute("insert into story_block (story_id, position, block_key, type, text, marks) values (1, 0, 'k1',"
                    + " 'CAPTION', 'Missiles on parade. (Photo via AFP)', 'BOLD 0 8')");
            sql.execute(
                    "insert into story_revision (id, story_id, number, author, created_at, reason, headline, text,"
                            + " content_kept) values (1, 1, 1, 'reporter', current_timestamp, 'Created', 'Old story', 'x', true)");
            sql.execute("insert into story_revision_block (revision_id, position, block_key, type, text) values (1, 0,"
                    + " 'k1', 'CAPTION', 'Missiles on parade. (Photo via AFP)')");
        }

        assertEquals(1, flyway("15").migrate().migrationsExecuted, "V15");

        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement sql = db.createStatement()) {
            try (ResultSet r =
                    sql.executeQuery("select block_key, type, text, marks, media_id, alt from story_block")) {
                r.next();
                assertEquals("k1", r.getString(1));
                assertEquals("CAPTION", r.getString(2));
                assertEquals("Missiles on parade. (Photo via AFP)", r.getString(3));
                assertEquals("BOLD 0 8", r.getString(4));
                assertNull(r.getObject(5));
                assertNull(r.getString(6));
            }
            try (ResultSet r = sql.executeQuery("select media_id, alt from story_revision_block")) {
                r.next();
                assertNull(r.getObject(1));
            }
            byte[] bytes = new byte[300_000];
            new java.util.Random(3).nextBytes(bytes);
            sql.execute(
                    "insert into media (id, content_type, width, height, byte_size, sha256, uploaded_by, uploaded_at)"
                            + " values (1, 'image/jpeg', 1600, 1000, 300000, 'abc', 'reporter', current_timestamp)");
            try (PreparedStatement insert = db.prepareStatement("insert into media_file (id, media_id, width, height,"
                    + " content_type, bytes) values (1, 1, 640, 400, 'image/jpeg', ?)")) {
                insert.setBytes(1, bytes);
                insert.executeUpdate();
            }
            try (ResultSet r = sql.executeQuery("select bytes from media_file where media_id = 1")) {
                r.next();
                assertArrayEquals(bytes, r.getBytes(1));
            }
            assertThrows(
                    SQLException.class,
                    () -> sql.execute("insert into media (id, content_type, width, height,"
                            + " byte_size, sha256, uploaded_by, uploaded_at) values (2, 'image/png', 1, 1, 1, 'abc', 'editor',"
                            + " current_timestamp)"),
                    "the same bytes are one picture");
            sql.execute("update story_block set type = 'IMAGE', media_id = 1, alt = 'Missiles on trucks'");
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
