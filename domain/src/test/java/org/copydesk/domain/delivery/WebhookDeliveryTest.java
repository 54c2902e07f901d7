package org.copydesk.domain.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private static final String SECRET = "0123456789abcdef0123";

    @Test
    void theSignatureIsHmacSha256OfTheBodyInHex() {
        // RFC 4231, test case 2
        assertEquals(
                "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)));
        byte[] body = "{\"event\":\"story.published\"}".getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.sign(SECRET, body);
        assertTrue(WebhookSignature.verify(SECRET, body, signature));
        assertFalse(WebhookSignature.verify(SECRET + "x", body, signature), "another secret");
        assertFalse(
                WebhookSignature.verify(
                        SECRET, "{\"event\":\"story.retracted\"}".getBytes(StandardCharsets.UTF_8), signature),
                "another body");
        assertEquals(64, WebhookSignature.newSecret().length());
    }

    @Test
    void retriesWaitFourTimesLongerEachTimeThenGiveUp() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), WebhookSchedule.retryAfter(1));
        assertEquals(Optional.of(Duration.ofSeconds(4)), WebhookSchedule.retryAfter(2));
        assertEquals(Optional.of(Duration.ofSeconds(16)), WebhookSchedule.retryAfter(3));
        assertEquals(Optional.of(Duration.ofSeconds(4096)), WebhookSchedule.retryAfter(7));
        assertEquals(Optional.empty(), WebhookSchedule.retryAfter(8));
        assertThrows(IllegalArgumentException.class, () -> WebhookSchedule.retryAfter(0));
    }

    @Test
    void aDeliveryIsTriedUntilItIsDeliveredOrGivenUp() {
        WebhookDelivery d = new WebhookDelivery(1, WebhookEvent.STORY_CORRECTED, 7, "{}", NOW);
        assertEquals(WebhookDelivery.Status.PENDING, d.getStatus());
        assertEquals(NOW, d.getNextAttemptAt(), "the first attempt is due at once");
        d.failed(503, "The receiver answered 503", NOW);
        assertEquals(NOW.plusSeconds(1), d.getNextAttemptAt());
        d.failed(null, "ConnectException", NOW.plusSeconds(1));
        assertEquals(NOW.plusSeconds(5), d.getNextAttemptAt());
        assertNull(d.getLastStatus());
        d.delivered(204, NOW.plusSeconds(5));
        assertEquals(WebhookDelivery.Status.DELIVERED, d.getStatus());
        assertEquals(3, d.getAttempts());
        assertEquals(204, d.getLastStatus());
        assertNull(d.getNextAttemptAt());

        WebhookDelivery gone = new WebhookDelivery(1, WebhookEvent.STORY_PUBLISHED, 7, "{}", NOW);
        for (int i = 0; i < WebhookSchedule.MAX_ATTEMPTS; i++) {
            assertEquals(WebhookDelivery.Status.PENDING, gone.getStatus());
            gone.failed(500, "x".repeat(900), NOW);
        }
        assertEquals(WebhookDelivery.Status.FAILED, gone.getStatus());
        assertEquals(WebhookDelivery.ERROR_MAX, gone.getLastError().length());
        assertNull(gone.getNextAttemptAt());
    }

    @Test
    void aWebhookNeedsAnHttpAddressAnEventAndALongSecret() {
        Webhook w = new Webhook(
                "https://partner.example/hooks/copydesk",
                EnumSet.of(WebhookEvent.STORY_RETRACTED, WebhookEvent.STORY_PUBLISHED),
                SECRET,
                "admin",
                NOW);
        assertEquals(EnumSet.of(WebhookEvent.STORY_PUBLISHED, WebhookEvent.STORY_RETRACTED), w.getEvents());
        assertTrue(w.wants(WebhookEvent.STORY_PUBLISHED));
        assertFalse(w.wants(WebhookEvent.STORY_CORRECTED));
        w.setActive(false);
        assertFalse(w.wants(WebhookEvent.STORY_PUBLISHED), "a webhook turned off wants nothing");

        Set<WebhookEvent> one = Set.of(WebhookEvent.STORY_PUBLISHED);
        for (String bad : new String[] {"ftp://partner.example/x", "/relative/path", "https://", "not a url", " "}) {
            assertThrows(IllegalArgumentException.class, () -> new Webhook(bad, one, SECRET, "admin", NOW), bad);
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> new Webhook("https://p.example/", Set.of(), SECRET, "admin", NOW));
        assertThrows(
                IllegalArgumentException.class, () -> new Webhook("https://p.example/", one, "short", "admin", NOW));
        assertEquals(Optional.of(WebhookEvent.STORY_CORRECTED), WebhookEvent.ofWireName("story.corrected"));
        assertEquals(Optional.empty(), WebhookEvent.ofWireName("story.deleted"));
    }
}
