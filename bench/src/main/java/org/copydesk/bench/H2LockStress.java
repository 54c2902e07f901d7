package org.copydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether H2 keeps every committed save of one row under contention, for each way of locking it
 * (docs/operations.md, "H2 and concurrent saves"). Each round: 20 connections make 50 saves each of one
 * story the way Copydesk does (read the version; in a transaction lock the row, check the version, insert
 * revision n+1, update the story to n+1 and the next version; a stale version ends the transaction). At
 * the end the story must be at the newest revision and there must be one revision per accepted save; a
 * round where the story is behind its revisions lost a committed update.
 *
 * <pre>java -cp "bench/target/classes:bench/target/lib/*" org.copydesk.bench.H2LockStress [rounds] [mode...]</pre>
 * Modes: {@code wait-rollback} (FOR UPDATE, rollback when stale: what Copydesk did), {@code wait-commit}
 * (the same, but commit when stale), {@code nowait} (FOR UPDATE NOWAIT), {@code optimistic} (no lock, the
 * update checks the version), {@code in-server} (what Copydesk does now: the clients take turns in this JVM
 * for the whole transaction, then FOR UPDATE NOWAIT). Prints one line per mode: rounds with a lost update,
 * saves accepted.
 */
public final class H2LockStress {

    static final int CLIENTS = 20;
    static final int SAVES = 50;

    /** The in-server turns of mode in-server (one story, so one lock). */
    private static final java.util.concurrent.locks.ReentrantLock TURNS =
            new java.util.concurrent.locks.ReentrantLock();

    private H2LockStress() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<String> modes = args.length > 1
                ? List.of(args).subList(1, args.length)
                : List.of("wait-rollback", "wait-commit", "nowait", "optimistic", "in-server");
        Path dir = Files.createTempDirectory("h2-lock-stress");
        System.out.printf(
                "H2 %s, %d rounds of %d clients x %d saves per mode%n",
                org.h2.engine.Constants.FULL_VERSION, rounds, CLIENTS, SAVES);
        for (String mode : modes) {
            String url = "jdbc:h2:file:" + dir.resolve(mode) + ";WRITE_DELAY=0;LOCK_TIMEOUT=2000";
            int lostRounds = 0;
            long accepted = 0;
            for (int r = 0; r < rounds; r++) {
                Round result = round(url, mode);
                accepted += result.accepted();
                if (result.lost()) {
                    lostRounds++;
                }
            }
            System.out.printf(
                    "%-14s rounds with a lost update: %d of %d; saves accepted %d of %d%n",
                    mode, lostRounds, rounds, accepted, (long) rounds * CLIENTS * SAVES);
        }
    }

    record Round(int accepted, boolean lost) {}

    static Round round(String url, String mode) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("drop table if exists revision");
            s.execute("drop table if exists story");
            s.execute(
                    "create table story(id bigint primary key, current_revision int not null, version bigint not null)");
            s.execute("create table revision(id bigint auto_increment primary key, story_id bigint not null,"
                    + " number int not null, unique(story_id, number))");
            s.execute("insert into story values(1, 1, 0)");
            s.execute("insert into revision(story_id, number) values(1, 1)");
        }
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(pool.submit(() -> {
                    client(url, mode, accepted);
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = c.createStatement()
                        .executeQuery("select current_revision,"
                                + " (select max(number) from revision), (select count(*) from revision) from story")) {
            rs.next();
            boolean lost = rs.getInt(1) != rs.getInt(2) || rs.getInt(3) != accepted.get() + 1;
            return new Round(accepted.get(), lost);
        }
    }

    private static void client(String url, String mode, AtomicInteger accepted) throws SQLException {
        String lockSql =
                switch (mode) {
                    case "wait-rollback", "wait-commit" ->
                        "select current_revision, version from story where id = 1 for update";
                    case "nowait", "in-server" ->
                        "select current_revision, version from story where id = 1 for update nowait";
                    case "optimistic" -> "select current_revision, version from story where id = 1";
                    default -> throw new IllegalArgumentException("mode " + mode);
                };
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                PreparedStatement read = c.prepareStatement("select version from story where id = 1");
                PreparedStatement lock = c.prepareStatement(lockSql);
                PreparedStatement insert = c.prepareStatement("insert into revision(story_id, number) values(1, ?)");
                PreparedStatement update = c.prepareStatement(
                        "update story set current_revision = ?, version = ? where id = 1 and version = ?")) {
            c.setAutoCommit(false);
            for (int i = 0; i < SAVES; i++) {
                long seen;
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    seen = rs.getLong(1);
                }
                c.commit();
                boolean turn = mode.equals("in-server");
                if (turn) {
                    TURNS.lock();
                }
                try {
                    int revision;
                    long version;
                    try (ResultSet rs = lock.executeQuery()) {
                        rs.next();
                        revision = rs.getInt(1);
                        version = rs.getLong(2);
                    }
                    if (version != seen) {
                        if (mode.equals("wait-commit")) {
                            c.commit();
                        } else {
                            c.rollback();
                        }
                        continue;
                    }
                    insert.setInt(1, revision + 1);
                    insert.executeUpdate();
                    update.setInt(1, revision + 1);
                    update.setLong(2, version + 1);
                    update.setLong(3, version);
                    if (update.executeUpdate() != 1) {
                        c.rollback();
                        continue;
                    }
                    c.commit();
                    accepted.incrementAndGet();
                } catch (SQLException refused) {
                    c.rollback(); // lock not available, revision number taken: refused, as a 409
                } finally {
                    if (turn) {
                        TURNS.unlock(); // after the commit or rollback, as StoryWriteLocks does
                    }
                }
            }
        }
    }
}
