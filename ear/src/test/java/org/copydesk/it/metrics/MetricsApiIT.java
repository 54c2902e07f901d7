package org.copydesk.it.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.copydesk.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Desk metrics against figures worked out by hand. Runs inside WildFly so that it can write stories with
 * a transition log and corrections at known times straight into the database (a reporter and a desk
 * that no other test uses), then asks {@code /api/metrics} over HTTP and compares counts and medians.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsApiIT {

    private static final double HOUR = 3600.0;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @Resource(lookup = "java:app/jdbc/copydesk")
    DataSource dataSource;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String reporter = "mx-" + tag;
    private final String deskName = "Metrics " + tag;
    private final long base = -1_000_000L - Math.abs((long) UUID.randomUUID().hashCode()) * 10;
    private final List<Long> ids = new ArrayList<>();
    private long correctionId = base;
    private final Instant now = Instant.now();

    private static OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static Instant plusHours(Instant i, double hours) {
        return i.plusSeconds(Math.round(hours * HOUR));
    }

    /**
     * A story created at {@code created}, moved along {@code path} (state, hours after the previous
     * step), published when the path reaches PUBLISHED. Answers the time of each step.
     */
    private List<Instant> story(Connection db, long id, Instant created, Object... path) throws SQLException {
        List<Instant> times = new ArrayList<>();
        times.add(created);
        String state = "DRAFT";
        Instant published = null;
        Instant t = created;
        List<Object[]> transitions = new ArrayList<>();
        for (int i = 0; i < path.length; i += 2) {
            String to = (String) path[i];
            t = plusHours(t, ((Number) path[i + 1]).doubleValue());
            transitions.add(new Object[] {state, to, t});
            times.add(t);
            if (to.equals("PUBLISHED") && published == null) {
                published = t;
            }
            state = to;
        }
        try (PreparedStatement s = db.prepareStatement("insert into story (id, slug, headline, state, reporter,"
                + " current_revision, created_at, updated_at, updated_by, published_at, version)"
                + " values (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, 0)")) {
            s.setLong(1, id);
            s.setString(2, "metrics-" + tag + "-" + Math.abs(id));
            s.setString(3, "Metrics story " + tag + " " + id);
            s.setString(4, state);
            s.setString(5, reporter);
            s.setObject(6, at(created));
            s.setObject(7, at(t));
            s.setString(8, reporter);
            s.setObject(9, published == null ? null : at(published));
            s.executeUpdate();
        }
        ids.add(id);
        try (PreparedStatement s =
                db.prepareStatement("insert into story_section (story_id, position, name) values (?, 0, ?)")) {
            s.setLong(1, id);
            s.setString(2, deskName);
            s.executeUpdate();
        }
        try (PreparedStatement s = db.prepareStatement("insert into story_transition (story_id, position, from_state,"
                + " to_state, actor, at, note) values (?, ?, ?, ?, 'editor', ?, null)")) {
            for (int i = 0; i < transitions.size(); i++) {
                Object[] tr = transitions.get(i);
                s.setLong(1, id);
                s.setInt(2, i);
                s.setString(3, (String) tr[0]);
                s.setString(4, (String) tr[1]);
                s.setObject(5, at((Instant) tr[2]));
                s.executeUpdate();
            }
        }
        return times;
    }

    private void correction(Connection db, long storyId, String kind, String status, Instant proposed, Instant decided)
            throws SQLException {
        try (PreparedStatement s = db.prepareStatement("insert into correction (id, story_id, kind, reason, notice,"
                + " status, proposed_by, proposed_at, decided_by, decided_at, from_reader, version)"
                + " values (?, ?, ?, 'Metrics test', 'Notice', ?, 'reporter', ?, 'editor', ?, false, 0)")) {
            s.setLong(1, --correctionId);
            s.setLong(2, storyId);
            s.setString(3, kind);
            s.setString(4, status);
            s.setObject(5, at(proposed));
            s.setObject(6, decided == null ? null : at(decided));
            s.executeUpdate();
        }
    }

    @BeforeEach
    void writeStoriesWithKnownTimes() throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            // A, 20 days ago: draft 2 h, sourcing 6 h, copy 3 h, ready 1 h, published
            List<Instant> a = story(
                    db,
                    base - 1,
                    now.minus(Duration.ofDays(20)),
                    "SOURCING_REVIEW",
                    2,
                    "COPY_EDIT",
                    6,
                    "READY",
                    3,
                    "PUBLISHED",
                    1);
            // B, 10 days ago: draft 4 h, sourcing 10 h, back to draft 1 h, sourcing 2 h, copy 5 h, ready 3 h
            List<Instant> b = story(
                    db,
                    base - 2,
                    now.minus(Duration.ofDays(10)),
                    "SOURCING_REVIEW",
                    4,
                    "DRAFT",
                    10,
                    "SOURCING_REVIEW",
                    1,
                    "COPY_EDIT",
                    2,
                    "READY",
                    5,
                    "PUBLISHED",
                    3);
            // C, 5 days ago: draft 8 h, still in sourcing review
            story(db, base - 3, now.minus(Duration.ofDays(5)), "SOURCING_REVIEW", 8);
            // D, 100 days ago: draft 1 h, sourcing 4 h, copy 1 h, ready 1 h, published
            List<Instant> d = story(
                    db,
                    base - 4,
                    now.minus(Duration.ofDays(100)),
                    "SOURCING_REVIEW",
                    1,
                    "COPY_EDIT",
                    4,
                    "READY",
                    1,
                    "PUBLISHED",
                    1);

            Instant aPublished = a.get(4);
            Instant bPublished = b.get(6);
            Instant dPublished = d.get(4);
            correction(
                    db, base - 1, "CORRECTION", "APPLIED", plusHours(aPublished, 1), plusHours(aPublished, 5)); // 4 h
            correction(
                    db,
                    base - 2,
                    "CLARIFICATION",
                    "APPLIED",
                    plusHours(bPublished, 2),
                    plusHours(bPublished, 4)); // 2 h
            correction(db, base - 2, "TYPO", "APPLIED", plusHours(bPublished, 1), plusHours(bPublished, 11)); // 10 h
            correction(db, base - 1, "CORRECTION", "REJECTED", plusHours(aPublished, 1), plusHours(aPublished, 2));
            correction(db, base - 1, "CORRECTION", "PROPOSED", plusHours(aPublished, 1), null);
            // a copy fix before publication is not a correction of a published story
            correction(db, base - 1, "TYPO", "APPLIED", plusHours(a.get(2), 1), plusHours(a.get(2), 1));
            correction(
                    db, base - 4, "CORRECTION", "APPLIED", plusHours(dPublished, 1), plusHours(dPublished, 7)); // 6 h
        }
    }

    @AfterEach
    void removeThem() throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            for (String table : List.of("correction", "story_transition", "story_section")) {
                try (PreparedStatement s = db.prepareStatement("delete from " + table + " where story_id = ?")) {
                    for (long id : ids) {
                        s.setLong(1, id);
                        s.executeUpdate();
                    }
                }
            }
            try (PreparedStatement s = db.prepareStatement("delete from story where id = ?")) {
                for (long id : ids) {
                    s.setLong(1, id);
                    s.executeUpdate();
                }
            }
        }
    }

    private static HttpResponse<String> get(String user, String path) throws Exception {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        URI uri = URI.create("http://127.0.0.1:" + (8080 + offset) + "/copydesk/api/" + path);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Accept", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":copydesk").getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static JsonObject group(JsonObject metrics, String list, String name) {
        return metrics.getJsonArray(list).stream()
                .map(JsonValue::asJsonObject)
                .filter(g -> g.getString("group").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + list + ": " + metrics));
    }

    private static JsonObject state(JsonObject group, String state) {
        return group.getJsonArray("states").stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getString("state").equals(state))
                .findFirst()
                .orElseThrow();
    }

    private static double median(double... hours) {
        double[] sorted = hours.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2) * HOUR;
    }

    private static void assertMedian(double expectedSeconds, JsonObject figures, String what) {
        assertNotNull(figures.get("medianSeconds"), what + ": " + figures);
        assertEquals(expectedSeconds, figures.getJsonNumber("medianSeconds").doubleValue(), 1.0, what + ": " + figures);
    }

    private void checkGroup(JsonObject g, boolean withD) {
        // stories created in the period, by their state now
        assertEquals(withD ? 3 : 2, state(g, "PUBLISHED").getInt("stories"), g.toString());
        assertEquals(1, state(g, "SOURCING_REVIEW").getInt("stories"));
        assertEquals(0, state(g, "DRAFT").getInt("stories"));
        // median time in each state, over the stays that ended in the period
        JsonObject draft = state(g, "DRAFT");
        JsonObject sourcing = state(g, "SOURCING_REVIEW");
        JsonObject copy = state(g, "COPY_EDIT");
        JsonObject ready = state(g, "READY");
        if (withD) {
            assertEquals(5, draft.getInt("stays"));
            assertMedian(median(2, 4, 1, 8, 1), draft, "draft"); // 2 h
            assertEquals(4, sourcing.getInt("stays"));
            assertMedian(median(6, 10, 2, 4), sourcing, "sourcing"); // 5 h
            assertMedian(median(3, 5, 1), copy, "copy edit"); // 3 h
            assertMedian(median(1, 3, 1), ready, "ready"); // 1 h
        } else {
            assertEquals(4, draft.getInt("stays"));
            assertMedian(median(2, 4, 1, 8), draft, "draft"); // 3 h
            assertEquals(3, sourcing.getInt("stays"), "C is still in review: its stay has not ended");
            assertMedian(median(6, 10, 2), sourcing, "sourcing"); // 6 h
            assertMedian(median(3, 5), copy, "copy edit"); // 4 h
            assertMedian(median(1, 3), ready, "ready"); // 2 h
        }
        JsonObject corrections = g.getJsonObject("corrections");
        assertEquals(withD ? 3 : 2, corrections.getInt("published"));
        assertEquals(
                withD ? 4 : 3, corrections.getInt("corrections"), "applied after publication only: " + corrections);
        assertEquals(
                withD ? 400.0 / 3 : 150.0, corrections.getJsonNumber("per100").doubleValue(), 0.001);
        assertMedian(withD ? median(4, 2, 10, 6) : median(4, 2, 10), corrections, "report to applied");
    }

    @Test
    void countsAndMediansMatchTheFiguresWorkedOutByHand() throws Exception {
        JsonObject last30 = json(get("editor", "metrics?period=30d"));
        System.out.println("Metrics 30d for " + reporter + ": " + group(last30, "byReporter", reporter));
        checkGroup(group(last30, "byReporter", reporter), false);
        checkGroup(group(last30, "bySection", deskName), false);
        checkGroup(group(json(get("editor", "metrics?period=90d")), "byReporter", reporter), false);

        JsonObject year = json(get("admin", "metrics?period=365d"));
        System.out.println("Metrics 365d for " + deskName + ": " + group(year, "bySection", deskName));
        checkGroup(group(year, "byReporter", reporter), true);
        checkGroup(group(year, "bySection", deskName), true);
        checkGroup(group(json(get("editor", "metrics?period=all")), "bySection", deskName), true);

        // the overall figures include these stories
        JsonObject overall = json(get("editor", "metrics"));
        assertEquals("90d", overall.getString("period"));
        long published = overall.getJsonArray("states").stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getString("state").equals("PUBLISHED"))
                .findFirst()
                .orElseThrow()
                .getInt("stories");
        assertTrue(published >= 2, overall.toString());
        assertTrue(overall.getJsonObject("corrections").getInt("corrections") >= 3);
    }

    @Test
    void onlyEditorsAndAdminsAndOnlyKnownPeriods() throws Exception {
        assertEquals(403, get("reporter", "metrics").statusCode());
        assertEquals(403, get("copyeditor", "metrics").statusCode());
        HttpResponse<String> bad = get("editor", "metrics?period=7d");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("30d, 90d, 365d, all"), bad.body());
    }
}
