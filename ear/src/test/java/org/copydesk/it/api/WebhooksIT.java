package org.copydesk.it.api;

import static org.copydesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.copydesk.it.Api;
import org.copydesk.it.Desks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end (DESIGN "Additions — Delivery"): an admin registers a receiver this test runs; the receiver
 * fails the first two attempts, and the delivery of story.published comes on the third (after waits of 1 and 4
 * seconds), signed with the secret; story.corrected and story.retracted follow; every delivery with its attempts
 * is listed for admins; a webhook turned off is sent nothing more.
 */
class WebhooksIT extends ApiTest {

    /** One request the receiver got, and what it answered. */
    record Received(Map<String, List<String>> headers, byte[] body, int answered, Instant at) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst()
                    .map(e -> e.getValue().get(0))
                    .orElse(null);
        }
    }

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private Long webhookId;

    @BeforeEach
    void startTheReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 204;
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, status, Instant.now()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopTheReceiver() {
        if (webhookId != null) {
            admin.send(admin.authorize(
                    java.net.http.HttpRequest.newBuilder(org.copydesk.it.ServerUrls.api("webhooks/" + webhookId))
                            .DELETE()));
        }
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
    }

    private JsonObject register(String... events) {
        HttpResponse<String> created = admin.postJson(
                "webhooks",
                Json.createObjectBuilder()
                        .add("url", url())
                        .add("events", Json.createArrayBuilder(List.of(events)))
                        .build()
                        .toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject webhook = json(created);
        webhookId = webhook.getJsonNumber("id").longValue();
        return webhook;
    }

    private long published(String headline) {
        return Desks.published(headline, "The museum reopened on Friday after a two-year renovation.");
    }

    /** Waits for a 2xx delivery of the event for the story; answers it. */
    private Received awaitDelivered(String event, long storyId, Duration within) {
        Instant until = Instant.now().plus(within);
        while (Instant.now().isBefore(until)) {
            for (Received r : received) {
                JsonObject payload =
                        Api.parse(new String(r.body(), StandardCharsets.UTF_8)).asJsonObject();
                if (r.answered() == 204
                        && event.equals(payload.getString("event"))
                        && payload.getJsonObject("story").getJsonNumber("id").longValue() == storyId) {
                    return r;
                }
            }
            sleep(100);
        }
        throw new AssertionError(event + " for story " + storyId + " not delivered within " + within.toSeconds()
                + " s; received " + received.size() + " requests");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String says) {
        StoryApiIT.assertProblem(response, status);
        assertTrue(response.body().contains(says), response.body());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
    }

    private List<JsonObject> deliveries() {
        HttpResponse<String> listed = admin.get("webhooks/" + webhookId + "/deliveries?size=50");
        assertEquals(200, listed.statusCode(), listed.body());
        return json(listed).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    @Test
    void aReceiverThatFailsTheFirstAttemptsGetsEveryEventSignedAndEachDeliveryIsListed() throws Exception {
        JsonObject webhook = register("story.published", "story.corrected", "story.retracted");
        String secret = webhook.getString("secret");
        assertEquals(64, secret.length(), "a secret is made when none is given");
        assertTrue(
                Api.parse(admin.get("webhooks").body()).asJsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(w -> w.getJsonNumber("id").longValue() == webhookId)
                        .allMatch(w -> !w.containsKey("secret") || w.isNull("secret")),
                "the secret is shown once only");

        failuresLeft.set(2);
        long id = published("Museum reopens " + UUID.randomUUID().toString().substring(0, 8));
        Received delivered = awaitDelivered("story.published", id, Duration.ofSeconds(40));
        assertEquals(
                3,
                received.stream()
                        .filter(r -> {
                            JsonObject p = Api.parse(new String(r.body(), StandardCharsets.UTF_8))
                                    .asJsonObject();
                            return p.getJsonObject("story").getJsonNumber("id").longValue() == id;
                        })
                        .count(),
                "two failed attempts, then the delivery");
        assertEquals(hmac(secret, delivered.body()), delivered.header("X-Copydesk-Signature"));
        assertEquals("story.published", delivered.header("X-Copydesk-Event"));
        assertTrue(delivered.header("Content-Type").startsWith("application/json"));
        JsonObject payload =
                Api.parse(new String(delivered.body(), StandardCharsets.UTF_8)).asJsonObject();
        assertEquals("PUBLISHED", payload.getJsonObject("story").getString("state"));
        assertTrue(payload.getJsonObject("story").getString("path").startsWith("/read/"));

        JsonObject first = deliveries().stream()
                .filter(d -> d.getJsonNumber("storyId").longValue() == id)
                .findFirst()
                .orElseThrow();
        assertEquals("DELIVERED", first.getString("status"));
        assertEquals(3, first.getInt("attempts"));
        assertEquals(204, first.getInt("lastStatus"));
        assertNotNull(first.getString("deliveredAt"));

        // a correction and a retraction, delivered at the first attempt
        String key = json(reporter.get("stories/" + id))
                .getJsonArray("blocks")
                .getJsonObject(0)
                .getString("key");
        HttpResponse<String> proposed = copyEditor.postJson(
                "stories/" + id + "/corrections",
                Json.createObjectBuilder()
                        .add("kind", "CORRECTION")
                        .add("blockKey", key)
                        .add("before", "two-year")
                        .add("after", "three-year")
                        .add("reason", "Checked with the museum")
                        .add("notice", "An earlier version said two years.")
                        .build()
                        .toString());
        long cid = json(proposed).getJsonNumber("id").longValue();
        assertEquals(200, editor.postJson("corrections/" + cid + "/apply", "{}").statusCode());
        Received corrected = awaitDelivered("story.corrected", id, Duration.ofSeconds(10));
        assertEquals(hmac(secret, corrected.body()), corrected.header("X-Copydesk-Signature"));
        assertEquals(
                200,
                Desks.move(editor, id, "RETRACTED", "The renovation is not finished.")
                        .statusCode());
        awaitDelivered("story.retracted", id, Duration.ofSeconds(10));
        assertEquals(
                List.of("story.retracted", "story.corrected", "story.published"),
                deliveries().stream()
                        .filter(d -> d.getJsonNumber("storyId").longValue() == id)
                        .map(d -> d.getString("event"))
                        .toList(),
                "newest first");

        // turned off: nothing more
        HttpResponse<String> off = admin.send(admin.authorize(
                java.net.http.HttpRequest.newBuilder(org.copydesk.it.ServerUrls.api("webhooks/" + webhookId))
                        .DELETE()));
        assertEquals(200, off.statusCode(), off.body());
        int before = received.size();
        long later =
                published("Museum shop opens " + UUID.randomUUID().toString().substring(0, 8));
        sleep(2_500);
        assertEquals(before, received.size(), "a webhook turned off is sent nothing");
        assertTrue(
                deliveries().stream().noneMatch(d -> d.getJsonNumber("storyId").longValue() == later));
    }

    @Test
    void aWrongRegistrationIsA400ThatSaysWhy() {
        assertProblem(
                admin.postJson("webhooks", "{\"url\":\"ftp://partner.example/x\",\"events\":[\"story.published\"]}"),
                400,
                "http or https");
        assertProblem(
                admin.postJson("webhooks", "{\"url\":\"" + url() + "\",\"events\":[\"story.deleted\"]}"),
                400,
                "story.deleted");
        assertProblem(admin.postJson("webhooks", "{\"url\":\"" + url() + "\",\"events\":[]}"), 400, "events");
        assertProblem(admin.get("webhooks/987654321/deliveries"), 404, "987654321");
        assertNull(webhookId);
    }
}
