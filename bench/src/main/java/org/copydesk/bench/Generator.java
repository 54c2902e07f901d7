package org.copydesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.copydesk.bench.StoryFactory.GenBlock;
import org.copydesk.bench.StoryFactory.GenRevision;
import org.copydesk.bench.StoryFactory.GenStory;
import org.copydesk.bench.StoryFactory.GenTransition;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.workflow.StoryState;
import org.copydesk.persistence.DatabaseMigrator;
import org.flywaydb.core.Flyway;

/**
 * Fills a Copydesk database with a newsroom's archive: by default 100,000 stories (with their blocks,
 * sections, workflow log), about 1,000,000 revisions, 20,000 sources (aliases, checks), about 100,000
 * attributions and 50,000 corrections; {@code --stories N} scales everything in proportion. The schema is
 * the application's own: the Flyway migrations of the persistence jar run first. On PostgreSQL the rows go
 * in with COPY (one connection per table, foreign keys and secondary indexes dropped during the load and
 * re-created after, exactly as the migrations defined them); elsewhere (H2) with JDBC batches. Afterwards
 * every sequence is moved past the largest id so the application can add more.
 *
 * <pre>java -cp bench/target/classes:bench/target/lib/* org.copydesk.bench.Generator \
 *     --url jdbc:postgresql://127.0.0.1:55432/copydesk_100k --user copydesk --password copydesk --stories 100000</pre>
 */
public final class Generator {

    /** Changes whenever the generated data changes; bench/run keeps a cached database per version. */
    public static final String VERSION = "2"; // 2: one story in a hundred is spiked

    private final Map<String, String> options;
    private final Instant now = Instant.parse("2026-11-01T12:00:00Z");
    private final List<TableSink> sinks = new ArrayList<>();
    private Connection main;
    private boolean postgres;

    Generator(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--version")) {
                System.out.println(VERSION);
                return;
            }
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                System.err.println("usage: Generator --url JDBC_URL [--user U] [--password P] [--stories 100000]"
                        + " [--seed 42]");
                System.exit(2);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        new Generator(options).run();
    }

    int stories() {
        return Integer.parseInt(options.getOrDefault("stories", "100000"));
    }

    void run() throws SQLException {
        String url = options.get("url");
        String user = options.getOrDefault("user", "copydesk");
        String password = options.getOrDefault("password", "copydesk");
        long t0 = System.nanoTime();
        String product;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            product = c.getMetaData().getDatabaseProductName();
        }
        Flyway.configure(Generator.class.getClassLoader())
                .dataSource(url, user, password)
                .locations(DatabaseMigrator.locations(product))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        System.out.printf(Locale.ROOT, "schema migrated in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        main = DriverManager.getConnection(url, user, password);
        postgres = main.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement st = main.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from story")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("The database already has stories; generate into an empty one");
            }
        }
        List<String> restore = postgres ? dropConstraintsAndIndexes() : List.of();
        main.setAutoCommit(postgres);

        int n = stories();
        int sources = Math.max(10, n / 5);
        long t1 = System.nanoTime();
        TableSink source = open(
                url,
                user,
                password,
                "source",
                "id, name, name_key, kind, role, reference, status, status_note, status_by, status_at, merged_into, version");
        TableSink alias = open(url, user, password, "source_alias", "source_id, alias");
        TableSink check = open(url, user, password, "source_check", "source_id, position, status, note, actor, at");
        SourceFactory sourceFactory = new SourceFactory(new TextGenerator(), now);
        for (long id = 1; id <= sources; id++) {
            sourceFactory.write(id, new Random(seed() * 31 + id), source, alias, check);
            if (id % 1000 == 0) {
                checkpoint();
            }
        }
        checkpoint();
        for (TableSink s : List.of(source, alias, check)) {
            s.close();
        }
        sinks.clear();

        TableSink story = open(
                url,
                user,
                password,
                "story",
                "id, slug, headline, standfirst, byline, state,"
                        + " reporter, fingerprint, current_revision, created_at, updated_at, updated_by, published_at, version");
        TableSink section = open(url, user, password, "story_section", "story_id, position, name");
        TableSink block = open(url, user, password, "story_block", "story_id, position, block_key, type, text");
        TableSink transition = open(
                url, user, password, "story_transition", "story_id, position, from_state, to_state, actor, at, note");
        TableSink revision = open(
                url,
                user,
                password,
                "story_revision",
                "id, story_id, number, author, created_at, reason, headline, text");
        TableSink attribution = open(
                url,
                user,
                password,
                "attribution",
                "id, story_id, block_key, span_start,"
                        + " span_end, span, claim, cue, proposed_name, proposed_kind, proposed_role, source_id, status,"
                        + " present, waived, note, decided_by, decided_at, version");
        TableSink correction = open(
                url,
                user,
                password,
                "correction",
                "id, story_id, kind, block_key,"
                        + " text_before, text_after, reason, notice, status, proposed_by, proposed_at, decided_by,"
                        + " decided_at, decision_note, revision, from_reader, version");
        TextGenerator text = new TextGenerator();
        StoryFactory factory = new StoryFactory(text, now);
        long revisionId = 0;
        long attributionId = 0;
        long correctionId = 0;
        for (long id = 1; id <= n; id++) {
            Random rnd = new Random(seed() * 1_000_003 + id);
            GenStory s = factory.story(id, 4 + rnd.nextInt(13), rnd);
            story.row(
                    s.id(),
                    s.slug(),
                    s.headline(),
                    s.standfirst(),
                    s.byline(),
                    s.state().name(),
                    s.reporter(),
                    null,
                    s.revisions().size(),
                    s.createdAt(),
                    s.updatedAt(),
                    s.updatedBy(),
                    s.publishedAt(),
                    (long) s.revisions().size() + s.transitions().size());
            for (int i = 0; i < s.sections().size(); i++) {
                section.row(s.id(), i, s.sections().get(i));
            }
            for (int i = 0; i < s.blocks().size(); i++) {
                GenBlock b = s.blocks().get(i);
                block.row(s.id(), i, b.key(), b.type().name(), b.text());
            }
            for (int i = 0; i < s.transitions().size(); i++) {
                GenTransition t = s.transitions().get(i);
                transition.row(s.id(), i, t.from().name(), t.to().name(), t.actor(), t.at(), t.note());
            }
            for (GenRevision r : s.revisions()) {
                revision.row(++revisionId, s.id(), r.number(), r.author(), r.at(), r.reason(), r.headline(), r.text());
            }
            // About 40 % of the stories carry attributions (the sourcing review), 1 to 4 each.
            if (rnd.nextInt(10) < 4) {
                int count = 1 + rnd.nextInt(4);
                for (int a = 0; a < count; a++) {
                    attributionRow(attribution, ++attributionId, s, sources, rnd, text);
                }
            }
            if (s.publishedAt() != null) {
                int x = rnd.nextInt(100);
                int count = x < 30 ? 1 : x < 40 ? 2 : x < 43 ? 3 : 0;
                for (int c = 0; c < count; c++) {
                    correctionRow(correction, ++correctionId, s, rnd, text);
                }
            }
            if (id % 200 == 0) {
                checkpoint();
            }
            if (id % 10_000 == 0) {
                System.out.printf(Locale.ROOT, "  %,d stories, %.0f s%n", id, (System.nanoTime() - t1) / 1e9);
            }
        }
        checkpoint();
        for (TableSink s : sinks) {
            s.close();
        }
        double load = (System.nanoTime() - t1) / 1e9;
        finish(
                restore,
                t1,
                load,
                List.of(source, alias, check, story, section, block, transition, revision, attribution, correction));
        main.close();
    }

    long seed() {
        return Long.parseLong(options.getOrDefault("seed", "42"));
    }

    private TableSink open(String url, String user, String password, String table, String columns) throws SQLException {
        TableSink sink = postgres
                ? new TableSink.Copy(DriverManager.getConnection(url, user, password), table, columns)
                : new TableSink.Batch(main, table, columns);
        sinks.add(sink);
        return sink;
    }

    private void checkpoint() throws SQLException {
        if (!postgres) {
            for (TableSink s : sinks) {
                s.flush();
            }
            main.commit();
        }
    }

    static void attributionRow(TableSink out, long id, GenStory s, int sources, Random rnd, TextGenerator text) {
        List<GenBlock> paragraphs =
                s.blocks().stream().filter(b -> b.type() == BlockType.PARAGRAPH).toList();
        GenBlock b = paragraphs.isEmpty() ? s.blocks().get(0) : paragraphs.get(rnd.nextInt(paragraphs.size()));
        int end = b.text().indexOf(". ");
        end = end < 0 ? b.text().length() : end + 1;
        end = Math.min(end, 1000);
        String span = b.text().substring(0, end);
        boolean early = s.state() == StoryState.DRAFT || s.state() == StoryState.SOURCING_REVIEW;
        int x = rnd.nextInt(100);
        String status =
                early ? (x < 50 ? "PROPOSED" : x < 90 ? "LINKED" : "REJECTED") : (x < 85 ? "LINKED" : "REJECTED");
        boolean proposed = status.equals("PROPOSED");
        Instant decided = proposed ? null : s.createdAt().plus(1 + rnd.nextInt(120), ChronoUnit.MINUTES);
        if (decided != null && decided.isAfter(s.updatedAt())) {
            decided = s.updatedAt();
        }
        out.row(
                id,
                s.id(),
                b.key(),
                0,
                end,
                span,
                span,
                rnd.nextBoolean() ? "said" : "according to",
                proposed ? text.pick("PERSON", rnd) : null,
                proposed ? "PERSON" : null,
                proposed ? "spokesperson for " + text.pick("ORG", rnd) : null,
                status.equals("LINKED") ? 1 + (long) rnd.nextInt(sources) : null,
                status,
                true,
                false,
                status.equals("REJECTED") ? "Not a source: the reporter's own observation." : null,
                proposed ? null : StoryFactory.user("editor", 1 + rnd.nextInt(StoryFactory.EDITORS)),
                decided,
                0L);
    }

    static final String[] KINDS = {
        "TYPO",
        "TYPO",
        "TYPO",
        "TYPO",
        "CORRECTION",
        "CORRECTION",
        "CORRECTION",
        "CLARIFICATION",
        "CLARIFICATION",
        "UPDATE"
    };

    static void correctionRow(TableSink out, long id, GenStory s, Random rnd, TextGenerator text) {
        GenBlock b = s.blocks().get(rnd.nextInt(s.blocks().size()));
        String[] words = b.text().split(" ");
        String before = words[rnd.nextInt(words.length)];
        String after = text.pick("PLACE", rnd);
        String kind = KINDS[rnd.nextInt(KINDS.length)];
        int x = rnd.nextInt(100);
        String status = x < 70 ? "APPLIED" : x < 85 ? "PROPOSED" : "REJECTED";
        boolean reader = rnd.nextInt(5) == 0;
        String proposedBy = reader
                ? "reader " + text.pick("PERSON", rnd).toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".")
                        + "@example.org"
                : StoryFactory.user("copyeditor", 1 + rnd.nextInt(StoryFactory.COPY_EDITORS));
        Instant proposedAt = s.publishedAt().plus(1 + rnd.nextInt(30 * 24), ChronoUnit.HOURS);
        boolean decided = !status.equals("PROPOSED");
        Instant decidedAt = decided ? proposedAt.plus(5 + rnd.nextInt(600), ChronoUnit.MINUTES) : null;
        String notice = status.equals("APPLIED") && !kind.equals("TYPO")
                ? "An earlier version of this story gave the wrong " + (rnd.nextBoolean() ? "place" : "name")
                        + ": it was " + after + ", not " + before + "."
                : null;
        out.row(
                id,
                s.id(),
                kind,
                b.key(),
                before,
                after,
                reader
                        ? "A reader says " + before + " is wrong; it should be " + after + "."
                        : "Fact check: " + before + " should read " + after + ".",
                notice,
                status,
                proposedBy,
                proposedAt,
                decided ? StoryFactory.user("editor", 1 + rnd.nextInt(StoryFactory.EDITORS)) : null,
                decidedAt,
                status.equals("REJECTED") ? "The original is right." : null,
                status.equals("APPLIED") ? 1 + rnd.nextInt(s.revisions().size()) : null,
                reader,
                0L);
    }

    /** Foreign keys and secondary indexes: dropped for the load, their definitions kept to re-create them. */
    private List<String> dropConstraintsAndIndexes() throws SQLException {
        List<String> restore = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (Statement st = main.createStatement()) {
            try (ResultSet rs = st.executeQuery("select conrelid::regclass::text, conname, pg_get_constraintdef(oid)"
                    + " from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace")) {
                while (rs.next()) {
                    drop.add("alter table " + rs.getString(1) + " drop constraint " + rs.getString(2));
                    restore.add("alter table " + rs.getString(1) + " add constraint " + rs.getString(2) + " "
                            + rs.getString(3));
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)"
                            + " from pg_index i join pg_class c on c.oid = i.indrelid where c.relnamespace = 'public'::regnamespace"
                            + " and not i.indisprimary and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)")) {
                while (rs.next()) {
                    drop.add("drop index " + rs.getString(1));
                    restore.add(0, rs.getString(2)); // indexes before foreign keys
                }
            }
            for (String sql : drop) {
                st.execute(sql);
            }
            st.execute("alter table story disable trigger user");
            st.execute("alter table story_block disable trigger user");
        }
        return restore;
    }

    private void finish(List<String> restore, long t1, double load, List<TableSink> tables) throws SQLException {
        Map<String, Double> indexSeconds = new LinkedHashMap<>();
        try (Statement st = main.createStatement()) {
            if (postgres) {
                // the full-text vectors the triggers keep, computed once for all (before the GIN index exists)
                if (exists(
                        st,
                        "select 1 from information_schema.columns where table_name = 'story'"
                                + " and column_name = 'search_vector'")) {
                    long t = System.nanoTime();
                    st.execute("update story set search_vector = story_search_vector(id, headline, standfirst)");
                    indexSeconds.merge("story", (System.nanoTime() - t) / 1e9, Double::sum);
                }
                st.execute("alter table story enable trigger user");
                st.execute("alter table story_block enable trigger user");
            }
            for (String sql : restore) {
                long t = System.nanoTime();
                st.execute(sql);
                String table = sql.replaceFirst(
                                "(?i)^(alter table|create (unique )?index \\S+ on (public\\.)?)\\s*", "")
                        .split("[ (]")[0];
                indexSeconds.merge(table, (System.nanoTime() - t) / 1e9, Double::sum);
            }
            Map<String, String> sequences = Map.of(
                    "story_seq",
                    "story",
                    "story_revision_seq",
                    "story_revision",
                    "source_seq",
                    "source",
                    "attribution_seq",
                    "attribution",
                    "correction_seq",
                    "correction");
            for (Map.Entry<String, String> e : sequences.entrySet()) {
                long max;
                try (ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + e.getValue())) {
                    rs.next();
                    max = rs.getLong(1);
                }
                // beyond the largest id by more than one allocation block (Hibernate's pooled optimizer)
                st.execute("alter sequence " + e.getKey() + " restart with " + (max + 1000));
            }
            if (postgres) {
                st.execute("vacuum analyze");
            }
        }
        if (!main.getAutoCommit()) {
            main.commit();
        }
        System.out.printf(Locale.ROOT, "%-17s %12s %10s %9s %9s%n", "table", "rows", "MB sent", "load s", "index s");
        for (TableSink t : tables) {
            System.out.printf(
                    Locale.ROOT,
                    "%-17s %,12d %10.1f %9.1f %9.1f%n",
                    t.table,
                    t.rows,
                    t.bytes / 1e6,
                    t.seconds(),
                    indexSeconds.getOrDefault(t.table, 0.0));
        }
        System.out.printf(
                Locale.ROOT,
                "loaded in %.1f s (tables load side by side), total %.1f s%n",
                load,
                (System.nanoTime() - t1) / 1e9);
        if (postgres) {
            try (Statement st = main.createStatement();
                    ResultSet rs = st.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
                rs.next();
                System.out.println("database size " + rs.getString(1));
            }
        }
    }

    private static boolean exists(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next();
        }
    }
}
