package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.copydesk.domain.delivery.Webhook;
import org.copydesk.domain.delivery.WebhookDelivery;
import org.copydesk.domain.delivery.WebhookEvent;
import org.copydesk.domain.delivery.WebhookRepository;
import org.copydesk.domain.delivery.WebhookSignature;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.workflow.StoryState;

/**
 * Webhooks (admins only): registering them, the deliveries of the events they are told of (queued by
 * {@link WebhookObserver} once a story's change is committed) and each delivery's attempts. A delivery is stored
 * first (in a transaction of its own, so the story's change never waits for a partner) and sent by a
 * {@link Transport}
 * from {@link #attempt}, again and again on the {@link org.copydesk.domain.delivery.WebhookSchedule} until the
 * receiver answers 2xx.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class.getName());

    /** Sends one signed body; answers the receiver's status, or throws when there was no answer. */
    @FunctionalInterface
    public interface Transport {
        int send(String url, WebhookEvent event, long deliveryId, byte[] body, String signature) throws Exception;
    }

    /** A webhook as admins see it; the secret only when it was just made. */
    public record WebhookView(
            long id,
            String url,
            List<String> events,
            boolean active,
            String createdBy,
            Instant createdAt,
            String secret) {

        static WebhookView of(Webhook w, boolean withSecret) {
            return new WebhookView(
                    w.getId(),
                    w.getUrl(),
                    w.getEvents().stream().map(WebhookEvent::wireName).toList(),
                    w.isActive(),
                    w.getCreatedBy(),
                    w.getCreatedAt(),
                    withSecret ? w.getSecret() : null);
        }
    }

    /** A delivery as admins see it. */
    public record DeliveryView(
            long id,
            long webhookId,
            String event,
            long storyId,
            String status,
            int attempts,
            Integer lastStatus,
            String lastError,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant deliveredAt) {

        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(
                    d.getId(),
                    d.getWebhookId(),
                    d.getEvent(),
                    d.getStoryId(),
                    d.getStatus().name(),
                    d.getAttempts(),
                    d.getLastStatus(),
                    d.getLastError(),
                    d.getCreatedAt(),
                    d.getNextAttemptAt(),
                    d.getDeliveredAt());
        }
    }

    @Inject
    WebhookRepository webhooks;

    @Inject
    StoryRepository stories;

    @Inject
    Clock clock;

    /** Registers a webhook; a secret is made when none is given. Answers it with its secret, once. */
    public WebhookView register(String url, List<String> eventNames, String secret, Actor by) {
        requireAdmin(by);
        Set<WebhookEvent> events = java.util.EnumSet.noneOf(WebhookEvent.class);
        for (String name : eventNames == null ? List.<String>of() : eventNames) {
            events.add(WebhookEvent.ofWireName(name)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Unknown event \"" + name + "\": story.published, story.corrected or story.retracted")));
        }
        Webhook webhook = webhooks.store(new Webhook(
                url,
                events,
                secret == null || secret.isBlank() ? WebhookSignature.newSecret() : secret,
                by.username(),
                clock.instant()));
        LOG.info(() -> "Webhook " + webhook.getId() + " registered by " + by.username() + " for " + webhook.getUrl());
        return WebhookView.of(webhook, true);
    }

    /** Turns a webhook off: nothing more is queued or sent to it; its deliveries stay listed. */
    public WebhookView turnOff(long id, Actor by) {
        requireAdmin(by);
        Webhook webhook = webhooks.find(id).orElseThrow(() -> new NotFoundException("No webhook " + id));
        webhook.setActive(false);
        LOG.info(() -> "Webhook " + id + " turned off by " + by.username());
        return WebhookView.of(webhook, false);
    }

    public List<WebhookView> list(Actor by) {
        requireAdmin(by);
        return webhooks.all().stream().map(w -> WebhookView.of(w, false)).toList();
    }

    public Page<DeliveryView> deliveries(long webhookId, int page, int size, Actor by) {
        requireAdmin(by);
        webhooks.find(webhookId).orElseThrow(() -> new NotFoundException("No webhook " + webhookId));
        int offset = Page.offset(page, size);
        List<DeliveryView> items = webhooks.deliveries(webhookId, offset, size).stream()
                .map(DeliveryView::of)
                .toList();
        return new Page<>(items, webhooks.countDeliveries(webhookId), page, size);
    }

    private static void requireAdmin(Actor by) {
        org.copydesk.domain.workflow.Policy.require(by, org.copydesk.domain.workflow.Permission.ADMINISTER);
    }

    /**
     * Stores a delivery of the event for every active webhook that wants it (a correction only of a published
     * story: copy fixes before publication are no news); answers their ids.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> enqueue(WebhookEvent event, long storyId) {
        List<Webhook> wanting =
                webhooks.all().stream().filter(w -> w.wants(event)).toList();
        if (wanting.isEmpty()) {
            return List.of();
        }
        Story story = stories.find(storyId).orElse(null);
        if (story == null || event == WebhookEvent.STORY_CORRECTED && story.getState() != StoryState.PUBLISHED) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (Webhook w : wanting) {
            String payload = payload(event, story, now);
            ids.add(webhooks.store(new WebhookDelivery(w.getId(), event, storyId, payload, now))
                    .getId());
        }
        return ids;
    }

    static String payload(WebhookEvent event, Story story, Instant now) {
        var s = Json.createObjectBuilder()
                .add("id", story.getId())
                .add("slug", story.getSlug())
                .add("headline", story.getHeadline())
                .add("state", story.getState().name())
                .add("revision", story.getCurrentRevision())
                .add("path", "/read/" + story.getSlug());
        if (story.getPublishedAt() != null) {
            s.add("publishedAt", story.getPublishedAt().toString());
        }
        return Json.createObjectBuilder()
                .add("event", event.wireName())
                .add("occurredAt", now.toString())
                .add("story", s)
                .build()
                .toString();
    }

    /** The deliveries whose next attempt is due now, oldest first. */
    public List<Long> due(int limit) {
        return webhooks.due(clock.instant(), limit);
    }

    /**
     * One attempt of a delivery, if it is still pending and due (another node may have sent it meanwhile): sent,
     * and the outcome kept. The row stays locked while the receiver answers (at most the transport's timeout).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void attempt(long deliveryId, Transport transport) {
        WebhookDelivery d = webhooks.claim(deliveryId).orElse(null);
        Instant now = clock.instant();
        if (d == null
                || d.getStatus() != WebhookDelivery.Status.PENDING
                || d.getNextAttemptAt() == null
                || d.getNextAttemptAt().isAfter(now)) {
            return;
        }
        Webhook w = webhooks.find(d.getWebhookId()).orElse(null);
        WebhookEvent event = WebhookEvent.ofWireName(d.getEvent()).orElseThrow();
        if (w == null || !w.isActive()) {
            d.abandoned("The webhook was turned off before this delivery was sent");
            return;
        }
        byte[] body = d.getPayload().getBytes(StandardCharsets.UTF_8);
        try {
            int status = transport.send(w.getUrl(), event, d.getId(), body, WebhookSignature.sign(w.getSecret(), body));
            if (status >= 200 && status < 300) {
                d.delivered(status, clock.instant());
            } else {
                d.failed(status, "The receiver answered " + status, clock.instant());
            }
        } catch (Exception e) {
            d.failed(
                    null,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    clock.instant());
        }
        if (d.getStatus() == WebhookDelivery.Status.FAILED) {
            LOG.warning(() -> "Webhook delivery " + d.getId() + " to " + w.getUrl() + " given up after "
                    + d.getAttempts() + " attempts: " + d.getLastError());
        }
    }
}
