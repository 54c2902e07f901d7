package org.copydesk.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A channel between the servers of a cluster, on the database they share: PostgreSQL's LISTEN/NOTIFY. A
 * message sent here reaches every server listening (this one too), once the sending transaction commits; the
 * database needs no table for it and keeps nothing. On H2 (one server, a file of its own) there is nobody to
 * tell: {@link #isShared()} is false and nothing is sent or listened to.
 *
 * <p>One connection of the pool is held for listening, on a thread of the server's own (not a request's); when
 * it breaks, the channel connects again after 1, 2, 4 ... 30 s. A message is at most {@link #MAX_BYTES} (the
 * database's limit is 8,000 bytes).
 */
@ApplicationScoped
public class NodeChannel {

    private static final Logger LOG = Logger.getLogger(NodeChannel.class.getName());
    /** The PostgreSQL channel name. */
    static final String CHANNEL = "copydesk_nodes";

    static final int MAX_BYTES = 7_900;
    /** How long one wait for messages lasts before the listener looks whether it should stop. */
    private static final int POLL_MS = 500;

    @Resource(lookup = "java:app/jdbc/copydesk")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
    ManagedThreadFactory threads;

    private volatile Boolean shared;
    private volatile boolean running;
    private Thread listener;

    /**
     * Whether other servers can share this database (PostgreSQL): only then is there anyone to tell. Asked outside
     * any transaction: it is asked first from observers of a committed one, which a connection cannot join.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean isShared() {
        Boolean known = shared;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                known = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Could not tell which database this is; no cluster messages", e);
                return false;
            }
            shared = known;
        }
        return known;
    }

    /**
     * Sends a message to every server listening, in a transaction of its own (delivered when it commits).
     *
     * @throws IllegalArgumentException if the message is longer than {@link #MAX_BYTES}
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void send(String message) {
        if (message.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("A cluster message is at most " + MAX_BYTES + " bytes");
        }
        if (!isShared()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement notify = c.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, message);
            notify.execute();
        } catch (SQLException e) {
            // the change itself is committed; the other servers' caches expire, their users reload
            LOG.log(Level.WARNING, "Could not tell the other servers", e);
        }
    }

    /** Starts listening (once; nothing on H2): each message any server sends is given to {@code receiver}. */
    public synchronized void listen(Consumer<String> receiver) {
        if (listener != null || !isShared()) {
            return;
        }
        running = true;
        listener = threads.newThread(() -> loop(receiver));
        listener.setName("copydesk-node-channel");
        listener.setDaemon(true);
        listener.start();
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            listener = null;
        }
    }

    private void loop(Consumer<String> receiver) {
        long backoff = 1_000;
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                listenOn(c, receiver);
                backoff = 1_000;
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.log(Level.WARNING, "The cluster channel broke; listening again in " + backoff + " ms", e);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException stop) {
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    private void listenOn(Connection c, Consumer<String> receiver) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        try (Statement s = c.createStatement()) {
            s.execute("listen " + CHANNEL);
        }
        try {
            LOG.info("Listening to the other servers (PostgreSQL channel " + CHANNEL + ")");
            while (running) {
                PGNotification[] received = pg.getNotifications(POLL_MS);
                if (received == null) {
                    continue;
                }
                for (PGNotification n : received) {
                    try {
                        receiver.accept(n.getParameter());
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "A cluster message could not be handled: " + n.getParameter(), e);
                    }
                }
            }
        } finally {
            // the connection goes back to the pool: it must not go on collecting messages there
            try (Statement s = c.createStatement()) {
                s.execute("unlisten *");
            } catch (SQLException e) {
                LOG.log(Level.FINE, "unlisten failed", e);
            }
        }
    }
}
