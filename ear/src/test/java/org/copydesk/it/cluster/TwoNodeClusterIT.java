package org.copydesk.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.copydesk.it.ServerCopies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Copydesk nodes (copydesk-ha.xml: JGroups over loopback TCP, replicated sessions) on one PostgreSQL
 * database, behind a third WildFly (copydesk-lb.xml) whose Undertow reverse proxy balances them, sticky by the
 * route in the session id. Runs only in the postgresql profile (the nodes need the shared database); starts
 * and kills its own servers (copies of the provisioned one; port offsets cluster.node1/node2/lb.port.offset).
 * A session made by signing in through the form on node 1 is good on node 2 and, through the balancer, after
 * node 1 stopped; a change saved on node 1 is read on node 2 at once; a correction applied on node 1 shows on
 * node 2's public page at once, though node 2 keeps pages 300 s; a note written on node 1 is pushed to the
 * reporter's story page and bell open on node 2 (websockets); stories scheduled for one moment are each
 * published once, by one node, within 5 s; a Faces form node 1 rendered is posted to node 2 (its view is in the
 * replicated session).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

    /** A Faces websocket on a page: faces.push.init('clientId','url','channel',...). */
    static final Pattern PUSH_INIT = Pattern.compile("faces\\.push\\.init\\('[^']*','([^']*)','([^']*)'");

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");
    /** JGroups views as WildFly logs them: "... joined cluster 'ejb' with view: [node2|1] (2) [node2, node1]". */
    static final Pattern CLUSTER_VIEW = Pattern.compile("view(?: for channel \\S+)?: \\[[^\\]]*] \\((\\d+)\\)");
    /** The page header's account name (layout.xhtml), only there when signed in. */
    static final Pattern SIGNED_IN_AS_REPORTER = Pattern.compile("class=\"cd-user\"[^>]*>\\s*reporter\\b");

    static final String REPORTER =
            "Basic " + Base64.getEncoder().encodeToString("reporter:copydesk".getBytes(StandardCharsets.UTF_8));

    static Server node1;
    static Server node2;
    static Server balancer;
    static final Map<String, String> servedBy = new LinkedHashMap<>();

    /** The session of the reporter who signed in on node 1. */
    static String session;

    static String headline;
    /** The Faces view state of a desk page node 1 rendered (server-side state, kept in the session). */
    static String node1ViewState;

    @BeforeAll
    static void startTheCluster() throws Exception {
        int offset1 = Integer.getInteger("cluster.node1.port.offset", 250);
        int offset2 = Integer.getInteger("cluster.node2.port.offset", 350);
        int offsetLb = Integer.getInteger("cluster.lb.port.offset", 450);
        String hosts = "127.0.0.1[" + (7600 + offset1) + "],127.0.0.1[" + (7600 + offset2) + "]";
        long start = System.nanoTime();
        // also when the test JVM is stopped from outside (Ctrl-C on Maven): no server outlives the run
        Runtime.getRuntime().addShutdownHook(new Thread(TwoNodeClusterIT::killAll));
        node1 = Server.node("node1", offset1, hosts);
        node2 = Server.node("node2", offset2, hosts);
        balancer = Server.balancer(offsetLb, node1, node2);
        // in parallel: each waits for its own health check (the balancer's answers through a node)
        CompletableFuture.allOf(CompletableFuture.runAsync(node1::awaitUp), CompletableFuture.runAsync(node2::awaitUp))
                .join();
        // one view of both (logged by the node that joined second)
        Server.awaitClusterOf(2, node1, node2);
        long cluster = System.nanoTime();
        balancer.awaitUp();
        System.out.printf(
                "TwoNodeClusterIT: started together; node1 up in %d ms, node2 in %d ms, one cluster of 2"
                        + " after %d ms, the balancer answering after %d ms%n",
                node1.upAfter, node2.upAfter, ms(cluster - start), ms(System.nanoTime() - start));
    }

    @AfterAll
    static void stopTheCluster() {
        System.out.println("TwoNodeClusterIT: served by " + servedBy);
        killAll();
    }

    static synchronized void killAll() {
        for (Server server : new Server[] {balancer, node2, node1}) {
            if (server != null) {
                server.kill();
            }
        }
    }

    @Test
    @Order(1)
    void aSessionMadeOnNode1IsGoodOnNode2() throws Exception {
        // sign in through the form on node 1, as a browser does: the page, then the form with its view state
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(node1.url("login.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertTrue(viewState.find(), "the sign-in form has a view state");
        String form = form(Map.of(
                "login",
                "login",
                "login:username",
                "reporter",
                "login:password",
                "copydesk",
                "login:next",
                "",
                "login:signin",
                "Sign in",
                "jakarta.faces.ViewState",
                viewState.group(1)));
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(node1.url("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, signedIn.statusCode());
        assertEquals("/copydesk/desk/dashboard.xhtml", signedIn.uri().getPath(), "signed in, on the dashboard");
        assertTrue(SIGNED_IN_AS_REPORTER.matcher(signedIn.body()).find(), "the dashboard names who signed in");
        HttpCookie cookie = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        session = cookie.getValue();
        assertTrue(session.endsWith(".node1"), "the session's route is node 1: " + session);
        servedBy.put("sign-in form", "node1");

        // the same cookie on node 2, directly: the desk, not the sign-in page
        HttpResponse<String> onNode2 = desk(node2.url("desk/dashboard.xhtml"));
        assertSignedIn(onNode2, "node 2");
        servedBy.put("dashboard with node 1's session, asked of node 2", "node2");
    }

    @Test
    @Order(2)
    void aChangeSavedOnNode1IsReadOnNode2AtOnce() throws Exception {
        headline = "Cluster check " + UUID.randomUUID();
        HttpResponse<String> created = api(
                node1,
                "stories",
                "POST",
                null,
                "{\"headline\":\"" + headline + "\",\"blocks\":[{\"type\":\"PARAGRAPH\",\"text\":\"First words.\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String path = URI.create(location).getPath().substring("/copydesk/api/".length());

        HttpResponse<String> saved = api(
                node1,
                path,
                "PUT",
                "\"0\"",
                "{\"headline\":\"" + headline
                        + "\",\"blocks\":[{\"type\":\"PARAGRAPH\",\"text\":\"Second words, saved on node 1.\"}]}");
        assertEquals(200, saved.statusCode(), saved.body());
        servedBy.put("create and save through the API", "node1");

        HttpResponse<String> read = api(node2, path, "GET", null, null);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("Second words, saved on node 1."), read.body());
        assertEquals("\"1\"", read.headers().firstValue("ETag").orElseThrow(), "node 2 reads the new version");
        servedBy.put("read of that save", "node2");

        // and the reporter's desk on node 2, with node 1's session, lists it
        HttpResponse<String> desk = desk(node2.url("desk/dashboard.xhtml"));
        assertSignedIn(desk, "node 2");
        assertTrue(desk.body().contains(headline), "node 2's dashboard lists the story saved on node 1");
    }

    /**
     * A public page node 2 keeps in memory (the nodes keep pages for 300 s here, not 10: only a message can explain
     * a fresh page) is dropped as soon as a correction is applied on node 1: the database tells node 2.
     */
    @Test
    @Order(3)
    void aCorrectionAppliedOnNode1ShowsOnNode2sPublicPageAtOnce() throws Exception {
        long id = publishedOnNode1("The new bridge over the river opened on Sunday morning.");
        String slug =
                json(call(node1, "reporter", "stories/" + id, "GET", null)).getString("slug");
        URI page = node2.url("read/" + slug);
        HttpResponse<String> before =
                http11().send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, before.statusCode());
        assertTrue(before.body().contains("opened on Sunday morning"), "node 2 renders and keeps the page");

        String key = json(call(node1, "reporter", "stories/" + id, "GET", null))
                .getJsonArray("blocks")
                .getJsonObject(0)
                .getString("key");
        HttpResponse<String> proposed = call(
                node1,
                "copyeditor",
                "stories/" + id + "/corrections",
                "POST",
                "{\"kind\":\"CORRECTION\",\"blockKey\":\"" + key + "\",\"before\":\"Sunday\",\"after\":\"Monday\","
                        + "\"reason\":\"The city's statement\",\"notice\":\"An earlier version gave the wrong day.\"}");
        assertEquals(201, proposed.statusCode(), proposed.body());
        long applyStart = System.nanoTime();
        HttpResponse<String> applied =
                call(node1, "editor", "corrections/" + json(proposed).getJsonNumber("id") + "/apply", "POST", "{}");
        assertEquals(200, applied.statusCode(), applied.body());
        long applied1 = System.nanoTime();
        String body = "";
        while (System.nanoTime() - applied1 < TimeUnit.SECONDS.toNanos(10)) {
            body = http11().send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            if (body.contains("opened on Monday morning")) {
                break;
            }
            Thread.sleep(20);
        }
        long seen = System.nanoTime();
        assertTrue(body.contains("opened on Monday morning"), "node 2's page shows node 1's correction");
        assertTrue(body.contains("An earlier version gave the wrong day."), "with its notice");
        System.out.printf(
                "TwoNodeClusterIT: node 2's public page showed node 1's correction %d ms after the apply"
                        + " answered (the apply took %d ms)%n",
                ms(seen - applied1), ms(applied1 - applyStart));
        assertTrue(seen - applied1 < TimeUnit.SECONDS.toNanos(3), "at once, not after the page's 300 s");
        servedBy.put("public page after a correction on node 1", "node2");
    }

    /**
     * The reporter has the story open on node 2 (its desk page's two websockets: the story's and the bell's); an
     * editor writes a note mentioning the reporter on node 1: node 2 pushes both, the note to the story's page and
     * the notification to the bell.
     */
    @Test
    @Order(4)
    void aNoteWrittenOnNode1ReachesTheReportersPagesOnNode2() throws Exception {
        HttpResponse<String> created = call(
                node1,
                "reporter",
                "stories",
                "POST",
                "{\"headline\":\"Live across nodes " + UUID.randomUUID() + "\",\"blocks\":[{\"type\":\"PARAGRAPH\","
                        + "\"text\":\"The market opened late on Monday.\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> page = desk(node2.url("desk/story.xhtml?id=" + id));
        assertSignedIn(page, "node 2's story page");
        Map<String, String> sockets = new LinkedHashMap<>();
        Matcher init = PUSH_INIT.matcher(page.body());
        while (init.find()) {
            sockets.put(init.group(2), init.group(1));
        }
        assertTrue(sockets.keySet().containsAll(List.of("story", "notify")), "the page's websockets: " + sockets);
        PushListener story = PushListener.open(node2, sockets.get("story"));
        PushListener bell = PushListener.open(node2, sockets.get("notify"));
        try {
            Thread.sleep(300); // the server records who opened the story when the socket opens
            long start = System.nanoTime();
            HttpResponse<String> note = call(
                    node1,
                    "editor",
                    "stories/" + id + "/notes",
                    "POST",
                    "{\"text\":\"@reporter please check the day the market opened\"}");
            assertEquals(201, note.statusCode(), note.body());
            String toStory = story.next(10);
            long storyAt = System.nanoTime();
            String toBell = bell.next(10);
            long bellAt = System.nanoTime();
            assertTrue(toStory.contains("\"type\":\"note\"") && toStory.contains("\"storyId\":" + id), toStory);
            assertTrue(toBell.contains("\"type\":\"notification\"") && toBell.contains("\"by\":\"editor\""), toBell);
            System.out.printf(
                    "TwoNodeClusterIT: a note written on node 1 reached the story page on node 2 in %d ms, "
                            + "the bell in %d ms%n",
                    ms(storyAt - start), ms(bellAt - start));
            servedBy.put("live updates of a note written on node 1", "node2");
        } finally {
            story.close();
            bell.close();
        }
    }

    /** Wrong passwords counted on node 1 lock the sign-in on node 2 as well: the counts are in the database. */
    @Test
    @Order(5)
    void fiveWrongPasswordsOnNode1LockTheSignInOnNode2() throws Exception {
        // an account of its own (test-accounts.txt): the lock lasts five minutes
        assertEquals(200, basic(node1, "locktest", "lock-test-pw").statusCode(), "the account works");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, basic(node1, "locktest", "wrong-" + i).statusCode());
        }
        assertEquals(
                401, basic(node2, "locktest", "lock-test-pw").statusCode(), "node 2 refuses even the right password");
        assertEquals(401, basic(node1, "locktest", "lock-test-pw").statusCode());
        assertEquals(200, api(node2, "stories?size=1", "GET", null, null).statusCode(), "other users go on");
        servedBy.put("5 wrong passwords, then the right one refused", "node1, then node2");
    }

    /**
     * An account an administrator disables on node 1 is refused on node 2 at once, although node 2 has just
     * checked its password and remembers that for minutes: node 1's message makes node 2 read the account again.
     */
    @Test
    @Order(6)
    void anAccountDisabledOnNode1IsRefusedOnNode2AtOnce() throws Exception {
        String name = "leaver" + UUID.randomUUID().toString().substring(0, 6);
        String own = "ferry lantern oboe quartz";
        HttpResponse<String> made = callAs(
                node1,
                "admin",
                "copydesk",
                "users",
                "POST",
                "{\"username\":\"" + name + "\",\"displayName\":\"Lee Leaver\",\"roles\":[\"REPORTER\"]}");
        assertEquals(201, made.statusCode(), made.body());
        String oneTime = json(made).getString("oneTimePassword");
        assertEquals(
                204,
                callAs(
                                node1,
                                name,
                                oneTime,
                                "me/password",
                                "PUT",
                                "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"" + own + "\"}")
                        .statusCode());
        assertEquals(200, basic(node2, name, own).statusCode(), "node 2 checks the password and remembers it");
        assertEquals(200, basic(node2, name, own).statusCode());

        HttpResponse<String> disabled = callAs(
                node1,
                "admin",
                "copydesk",
                "users/" + name,
                "PUT",
                "{\"displayName\":\"Lee Leaver\",\"roles\":[\"REPORTER\"],\"enabled\":false}");
        assertEquals(200, disabled.statusCode(), disabled.body());
        long start = System.nanoTime();
        int status = 200;
        while (status != 401 && System.nanoTime() - start < 5_000_000_000L) {
            status = basic(node2, name, own).statusCode();
            if (status != 401) {
                Thread.sleep(10);
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(401, status, "node 2 refuses the disabled account");
        System.out.println("Cluster: an account disabled on node 1 was refused on node 2 after " + ms + " ms");
        assertTrue(ms < 2_000, "node 2 was told, not left to its 30 s memory: " + ms + " ms");
        servedBy.put("account disabled on node1, refused on node2 after " + ms + " ms", "node1, then node2");
    }

    /**
     * Three stories scheduled on node 2 for the same moment: both nodes look for due stories every second and
     * race for them; each story is published once (one move to PUBLISHED, one node's log line), within 5 s.
     */
    @Test
    @Order(7)
    void aScheduledStoryIsPublishedByExactlyOneNode() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(readyOnNode1("The ferry timetable for the winter was posted at the harbour office."));
        }
        Instant due = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.MILLIS);
        for (long id : ids) {
            HttpResponse<String> scheduled =
                    call(node2, "editor", "stories/" + id + "/schedule", "PUT", "{\"publishAt\":\"" + due + "\"}");
            assertEquals(200, scheduled.statusCode(), scheduled.body());
        }
        Map<Long, String> publishedBy = new LinkedHashMap<>();
        long deadline = System.nanoTime() + 20_000_000_000L;
        for (long id : ids) {
            JsonObject story = json(call(node1, "editor", "stories/" + id, "GET", null));
            while (!"PUBLISHED".equals(story.getString("state")) && System.nanoTime() < deadline) {
                Thread.sleep(200);
                story = json(call(node1, "editor", "stories/" + id, "GET", null));
            }
            assertEquals("PUBLISHED", story.getString("state"), "story " + id + " published on schedule");
            long lateMs = Duration.between(due, Instant.parse(story.getString("publishedAt")))
                    .toMillis();
            assertTrue(lateMs >= 0 && lateMs < 5_000, "within 5 s of its time: " + lateMs + " ms");
            JsonArray moves = Json.createReader(
                            new StringReader(call(node1, "editor", "stories/" + id + "/transitions", "GET", null)
                                    .body()))
                    .readArray();
            assertEquals(
                    1,
                    moves.stream()
                            .filter(m -> "PUBLISHED".equals(m.asJsonObject().getString("to")))
                            .count(),
                    "published once");
            List<String> nodes = new ArrayList<>();
            for (Server node : List.of(node1, node2)) {
                if (Files.readString(node.base.resolve("console.log")).contains("Published story " + id + " (")) {
                    nodes.add(node.name);
                }
            }
            assertEquals(1, nodes.size(), "one node published story " + id + ": " + nodes);
            publishedBy.put(id, nodes.get(0) + " after " + lateMs + " ms");
        }
        System.out.println("TwoNodeClusterIT: scheduled stories published by " + publishedBy);
        servedBy.put("scheduled publication (3 stories due at once)", String.valueOf(publishedBy.values()));
    }

    @Test
    @Order(8)
    void theBalancerUsesBothNodesAndKeepsASessionOnItsNode() throws Exception {
        // new visitors: every sign-in page makes a session, whose route names the node that made it
        // (a node the balancer found down while it was starting is tried again after problem-server-retry, 5 s)
        TreeSet<String> routes = new TreeSet<>();
        int visitors = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((visitors < 6 || routes.size() < 2) && System.nanoTime() < deadline) {
            HttpResponse<String> page = http11().send(
                            HttpRequest.newBuilder(balancer.url("login.xhtml"))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            routes.add(route(page).orElseThrow(() -> new AssertionError("a new session on the sign-in page")));
            visitors++;
            if (routes.size() < 2 && visitors >= 6) {
                Thread.sleep(500);
            }
        }
        assertEquals(new TreeSet<>(List.of("node1", "node2")), routes, "the balancer sends new visitors to both");
        servedBy.put(visitors + " new visitors through the balancer", String.join(" and ", routes));

        // a signed-in user stays on their node: no new route is set
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> desk = desk(balancer.url("desk/dashboard.xhtml"));
            assertSignedIn(desk, "the balancer");
            assertEquals(Optional.empty(), route(desk), "sticky: node 1 keeps serving its session");
            Matcher viewState = VIEW_STATE.matcher(desk.body());
            assertTrue(viewState.find(), "the desk page's forms have a view state");
            node1ViewState = viewState.group(1);
        }
        servedBy.put("3 desk pages with node 1's session through the balancer", "node1");
    }

    @Test
    @Order(9)
    void whenNode1StopsTheBalancerSendsTheSessionToNode2() throws Exception {
        long stop = System.nanoTime();
        node1.stop();
        HttpResponse<String> desk = desk(balancer.url("desk/dashboard.xhtml"));
        assertSignedIn(desk, "the balancer, node 1 stopped");
        assertEquals(Optional.of("node2"), route(desk), "node 2 took the session over and says so in its route");
        assertTrue(desk.body().contains(headline));
        servedBy.put("desk page through the balancer after node 1 stopped", "node2");
        System.out.printf(
                "TwoNodeClusterIT: node 1 stopped and its session served by node 2 after %d ms%n",
                ms(System.nanoTime() - stop));
    }

    @Test
    @Order(10)
    void aFacesFormNode1RenderedIsPostedToNode2() throws Exception {
        // the page's "Sign out" (a non-Ajax command link of the form "account"), rendered by node 1 before it
        // stopped, posted to node 2: its view lives in the replicated session, so Faces finds it and signs out
        String form = form(Map.of(
                "account", "account", "account:signout", "account:signout", "jakarta.faces.ViewState", node1ViewState));
        HttpResponse<String> signOut = http11().send(
                        HttpRequest.newBuilder(balancer.url("desk/dashboard.xhtml"))
                                .header("Cookie", "JSESSIONID=" + session)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signOut.statusCode(), "signed out, not an expired view: " + signOut.body());
        assertTrue(
                signOut.headers().firstValue("Location").orElse("").contains("/login.xhtml?signedOut=true"),
                signOut.headers().toString());
        servedBy.put("sign-out form node 1 rendered, posted through the balancer after node 1 stopped", "node2");

        HttpResponse<String> after = desk(balancer.url("desk/dashboard.xhtml"));
        assertEquals(302, after.statusCode(), "the session is gone: back to the sign-in page");
        assertTrue(after.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }

    private static HttpResponse<String> desk(URI uri) throws IOException, InterruptedException {
        return http11().send(
                        HttpRequest.newBuilder(uri)
                                .header("Cookie", "JSESSIONID=" + session)
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /**
     * HTTP/1.1 as browsers speak it to a plain-HTTP site (Java's client would otherwise ask for an h2c upgrade,
     * which no browser does).
     */
    private static HttpClient http11() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static void assertSignedIn(HttpResponse<String> page, String where) {
        assertEquals(
                200,
                page.statusCode(),
                where + " answers the desk page itself, no redirect to sign in: "
                        + page.headers().firstValue("Location").orElse(""));
        assertTrue(SIGNED_IN_AS_REPORTER.matcher(page.body()).find(), where + ": still signed in as the reporter");
        assertTrue(page.body().contains("id=\"account:signout\""), where + ": a sign-out link");
        assertFalse(page.body().contains("id=\"login:username\""), where + ": no sign-in form");
    }

    /** The route of a session the answer sets (JSESSIONID=...&lt;route&gt;), if it sets one. */
    private static Optional<String> route(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.contains(";") ? c.indexOf(';') : c.length()))
                .map(id -> id.substring(id.lastIndexOf('.') + 1))
                .findFirst();
    }

    private static HttpResponse<String> basic(Server server, String user, String password)
            throws IOException, InterruptedException {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http11().send(
                        HttpRequest.newBuilder(server.url("api/stories?size=1"))
                                .header("Authorization", "Basic " + credentials)
                                .header("Accept", "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> api(Server server, String path, String method, String ifMatch, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url("api/" + path))
                .header("Authorization", REPORTER)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http11().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A story by the reporter, taken the whole way to PUBLISHED on node 1 (a text without claims). */
    private static long publishedOnNode1(String text) throws IOException, InterruptedException {
        long id = readyOnNode1(text);
        move(id, "editor", "PUBLISHED");
        return id;
    }

    /** A story by the reporter, taken to READY on node 1 (a text without claims). */
    private static long readyOnNode1(String text) throws IOException, InterruptedException {
        HttpResponse<String> created = call(
                node1,
                "reporter",
                "stories",
                "POST",
                "{\"headline\":\"Bridge " + UUID.randomUUID() + "\",\"blocks\":[{\"type\":\"PARAGRAPH\",\"text\":\""
                        + text + "\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        move(id, "reporter", "SOURCING_REVIEW");
        move(id, "editor", "COPY_EDIT");
        HttpResponse<String> findings = call(node1, "copyeditor", "stories/" + id + "/findings", "GET", null);
        for (JsonValue f : Json.createReader(new StringReader(findings.body())).readArray()) {
            if ("OPEN".equals(f.asJsonObject().getString("status"))) {
                call(
                        node1,
                        "copyeditor",
                        "stories/" + id + "/findings/" + f.asJsonObject().getJsonNumber("id") + "/dismiss",
                        "POST",
                        "{\"reason\":\"House style allows it\"}");
            }
        }
        move(id, "copyeditor", "READY");
        return id;
    }

    private static void move(long id, String user, String to) throws IOException, InterruptedException {
        HttpResponse<String> moved =
                call(node1, user, "stories/" + id + "/transitions", "POST", "{\"to\":\"" + to + "\"}");
        assertEquals(200, moved.statusCode(), user + " moves to " + to + ": " + moved.body());
    }

    /** An API call as a demo user (HTTP Basic). */
    private static HttpResponse<String> call(Server server, String user, String path, String method, String json)
            throws IOException, InterruptedException {
        return callAs(server, user, "copydesk", path, method, json);
    }

    /** An API call as a user with this password (HTTP Basic). */
    private static HttpResponse<String> callAs(
            Server server, String user, String password, String path, String method, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url("api/" + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http11().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A Faces websocket of a page, connected as the reporter's browser would (with the session cookie). */
    static final class PushListener implements WebSocket.Listener {
        private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static PushListener open(Server server, String url) {
            PushListener listener = new PushListener();
            URI uri = url.startsWith("ws")
                    ? URI.create(url)
                    : URI.create("ws://127.0.0.1:" + (8080 + server.offset) + url);
            listener.socket = http11().newWebSocketBuilder()
                    .header("Cookie", "JSESSIONID=" + session)
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(uri, listener)
                    .join();
            return listener;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        /** The next message, waiting at most {@code seconds}. */
        String next(int seconds) throws InterruptedException {
            String message = messages.poll(seconds, TimeUnit.SECONDS);
            assertTrue(message != null, "a message on the websocket within " + seconds + " s");
            return message;
        }

        void close() {
            socket.abort();
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    /** One WildFly of the test: a copy of the provisioned server's standalone/ and the process running it. */
    static final class Server {
        final String name;
        final int offset;
        final Path base;
        final Process process;
        final long started = System.nanoTime();
        final String health;
        volatile long upAfter;

        private Server(String name, int offset, Path base, Process process, String health) {
            this.name = name;
            this.offset = offset;
            this.base = base;
            this.process = process;
            this.health = health;
        }

        static Server node(String name, int offset, String clusterHosts) throws IOException {
            Path base = ServerCopies.prepare("cluster-" + name, true);
            return start(
                    name,
                    offset,
                    base,
                    "copydesk-ha.xml",
                    List.of(
                            "-Djboss.node.name=" + name,
                            "-Dcopydesk.cluster.hosts=" + clusterHosts,
                            "-Djboss.bind.address.private=127.0.0.1",
                            // the balancer, whose X-Forwarded-For names the reader
                            "-Dcopydesk.proxies.trusted=127.0.0.1",
                            // pages kept 300 s: only the other node's message can make a changed page show at once
                            "-Dcopydesk.read.cache.seconds=300"));
        }

        static Server balancer(int offset, Server... nodes) throws IOException {
            Path base = ServerCopies.prepare("cluster-lb", false);
            List<String> args = new ArrayList<>(List.of("-Djboss.node.name=lb"));
            for (int i = 0; i < nodes.length; i++) {
                args.add("-Dcopydesk.lb.node" + (i + 1) + ".port=" + (8080 + nodes[i].offset));
                args.add("-Dcopydesk.lb.node" + (i + 1) + ".name=" + nodes[i].name);
            }
            return start("lb", offset, base, "copydesk-lb.xml", args);
        }

        private static Server start(String name, int offset, Path base, String config, List<String> args)
                throws IOException {
            String opts = "node1".equals(name) || "node2".equals(name)
                    ? System.getProperty("cluster.server.java.opts", "-Xmx640m")
                    : "-XX:TieredStopAtLevel=1 -Xms64m -Xmx256m";
            return new Server(name, offset, base, ServerCopies.start(base, config, offset, opts, args), "api/health");
        }

        URI url(String path) {
            return URI.create("http://127.0.0.1:" + (8080 + offset) + "/copydesk/" + path);
        }

        /** Until the health check answers 200 (through a node, for the balancer), at most 240 s (a loaded machine). */
        void awaitUp() {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited; see " + base.resolve("console.log"));
                }
                try {
                    HttpResponse<String> answer = http.send(
                            HttpRequest.newBuilder(url(health))
                                    .timeout(Duration.ofSeconds(5))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200) {
                        upAfter = ms(System.nanoTime() - started);
                        return;
                    }
                } catch (IOException e) {
                    // not up yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep(250);
            }
            throw new IllegalStateException(name + " did not come up; see " + base.resolve("console.log"));
        }

        /** Until one of the nodes' logs shows a cluster view of the given size, at most 90 s. */
        static void awaitClusterOf(int members, Server... nodes) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                for (Server node : nodes) {
                    if (node.largestView() >= members) {
                        return;
                    }
                }
                sleep(250);
            }
            throw new IllegalStateException("no cluster of " + members + " in the nodes' logs (log/server.log)");
        }

        int largestView() {
            Path log = base.resolve("log/server.log");
            int largest = 0;
            try {
                if (Files.exists(log)) {
                    Matcher view = CLUSTER_VIEW.matcher(Files.readString(log));
                    while (view.find()) {
                        largest = Math.max(largest, Integer.parseInt(view.group(1)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return largest;
        }

        /** A graceful stop (SIGTERM to the JVM): it leaves the cluster, its sessions stay on the others. */
        void stop() throws InterruptedException {
            process.descendants().forEach(ProcessHandle::destroy);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), name + " stops within 60 s");
        }

        void kill() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
                process.descendants().forEach(p -> p.onExit().join());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static {
        if (System.getProperty("jboss.home") == null) {
            throw new UncheckedIOException(new IOException("jboss.home is not set (run through failsafe)"));
        }
    }
}
