package org.copydesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** Rows for one table: PostgreSQL COPY on its own connection, or JDBC batches (H2 and other databases). */
public abstract class TableSink implements AutoCloseable {

    final String table;
    long rows;
    long bytes;
    final long started = System.nanoTime();
    long finished;

    TableSink(String table) {
        this.table = table;
    }

    public abstract void row(Object... values);

    /** Sends what is buffered (batches: in the order the sinks were opened, so foreign keys hold). */
    public void flush() {}

    @Override
    public abstract void close();

    double seconds() {
        return ((finished == 0 ? System.nanoTime() : finished) - started) / 1e9;
    }

    /** COPY … FROM STDIN in text format. */
    static final class Copy extends TableSink {
        private final Connection connection;
        private final Writer out;

        Copy(Connection connection, String table, String columns) throws SQLException {
            super(table);
            this.connection = connection;
            PGCopyOutputStream stream = new PGCopyOutputStream(
                    connection.unwrap(PGConnection.class), "COPY " + table + " (" + columns + ") FROM STDIN", 1 << 16);
            this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        }

        @Override
        public void row(Object... values) {
            StringBuilder line = new StringBuilder(256);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                escape(line, values[i]);
            }
            line.append('\n');
            bytes += line.length();
            rows++;
            try {
                out.write(line.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("COPY into " + table + " failed", e);
            }
        }

        static void escape(StringBuilder line, Object value) {
            if (value == null) {
                line.append("\\N");
                return;
            }
            if (value instanceof Boolean b) {
                line.append(b ? 't' : 'f');
                return;
            }
            String s = value.toString(); // Instant.toString() is ISO 8601 in UTC, which timestamptz reads
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }

        @Override
        public void close() {
            try {
                out.close();
                connection.close();
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("COPY into " + table + " failed", e);
            }
            finished = System.nanoTime();
        }
    }

    /** INSERT batches on a shared connection (the generator commits after each group of stories). */
    static final class Batch extends TableSink {
        private final PreparedStatement insert;
        private int pending;

        Batch(Connection connection, String table, String columns) throws SQLException {
            super(table);
            int n = columns.split(",").length;
            this.insert = connection.prepareStatement(
                    "insert into " + table + " (" + columns + ") values (" + "?, ".repeat(n - 1) + "?)");
        }

        @Override
        public void row(Object... values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    Object v = values[i] instanceof Instant at
                            ? at.atOffset(ZoneOffset.UTC)
                            : values[i] instanceof Enum<?> e ? e.name() : values[i];
                    insert.setObject(i + 1, v);
                    if (v instanceof String s) {
                        bytes += s.length();
                    }
                }
                insert.addBatch();
                rows++;
                pending++;
            } catch (SQLException e) {
                throw new IllegalStateException("insert into " + table + " failed", e);
            }
        }

        @Override
        public void flush() {
            if (pending > 0) {
                try {
                    insert.executeBatch();
                } catch (SQLException e) {
                    throw new IllegalStateException("insert into " + table + " failed", e);
                }
                pending = 0;
            }
        }

        @Override
        public void close() {
            flush();
            try {
                insert.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            finished = System.nanoTime();
        }
    }
}
