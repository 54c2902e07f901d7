package org.copydesk.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * An online backup of the embedded H2 database ({@code BACKUP TO}): a consistent zip of the database
 * file, taken while Copydesk runs, into {@code copydesk.backup.dir} (default: {@code copydesk-backups}
 * in the server's data directory). Restoring is unzipping it into the data directory of a stopped
 * server (docs/operations.md). PostgreSQL is backed up with its own tools.
 */
@ApplicationScoped
public class DatabaseBackup {

    private static final Logger LOG = Logger.getLogger(DatabaseBackup.class.getName());
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    @Resource(lookup = "java:app/jdbc/copydesk")
    DataSource dataSource;

    /** The file written and its size. */
    public record Backup(String file, long bytes) {}

    /** Whether the database is the embedded H2 one, the only one this backup is for. */
    public boolean supported() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer: " + e.getMessage(), e);
        }
    }

    public Backup backup() {
        Path dir = Path.of(System.getProperty(
                "copydesk.backup.dir", System.getProperty("jboss.server.data.dir", ".") + "/copydesk-backups"));
        Path file = dir.resolve("copydesk-" + STAMP.format(Clock.systemUTC().instant()) + ".zip");
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
                throw new IllegalStateException("Back up PostgreSQL with pg_dump; see docs/operations.md.");
            }
            Files.createDirectories(dir);
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        "BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            long bytes = Files.size(file);
            LOG.info(() -> "Database backed up to " + file + " (" + bytes + " bytes)");
            return new Backup(file.toAbsolutePath().toString(), bytes);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
