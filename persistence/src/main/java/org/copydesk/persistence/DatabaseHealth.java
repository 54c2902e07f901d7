package org.copydesk.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Answers whether the database is there and answers within a second. */
@ApplicationScoped
public class DatabaseHealth {

    private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());

    @Resource(lookup = "java:app/jdbc/copydesk")
    DataSource dataSource;

    public boolean isUp() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Database health check failed", e);
            return false;
        }
    }
}
