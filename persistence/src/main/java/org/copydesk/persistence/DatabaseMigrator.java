package org.copydesk.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema to the newest version with the Flyway migrations in {@code db/migration}. */
@ApplicationScoped
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/copydesk")
    DataSource dataSource;

    private volatile boolean migrated;

    public MigrateResult migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
        migrated = true;
        return result;
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
