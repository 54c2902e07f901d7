package org.copydesk.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema to the newest version with the Flyway migrations (see {@link #locations(String)}). */
@ApplicationScoped
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/copydesk")
    DataSource dataSource;

    private volatile boolean migrated;

    public MigrateResult migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(productName()))
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        migrated = true;
        return result;
    }

    /**
     * Where the migrations are: the portable ones in {@code db/migration}, and the database's own in
     * {@code db/vendor/postgresql} or {@code db/vendor/h2} (e.g. PostgreSQL's full-text search). Versions are
     * unique across the portable location and each vendor location; both vendor locations carry the same
     * versions, so the history has the same numbers on either database.
     */
    public static String[] locations(String databaseProductName) {
        String vendor =
                databaseProductName.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
    }

    private String productName() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database does not answer", e);
        }
    }

    private volatile Boolean postgres;

    /** Whether the database is PostgreSQL (full-text search; see {@link StorySearch}). */
    public boolean isPostgres() {
        Boolean p = postgres;
        if (p == null) {
            p = productName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            postgres = p;
        }
        return p;
    }

    /** Whether the database is the embedded H2 default (demo users are created only there). */
    public boolean isEmbeddedH2() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database does not answer", e);
        }
    }

    /** Whether {@link #migrate()} has completed in this deployment. */
    public boolean isMigrated() {
        return migrated;
    }
}
