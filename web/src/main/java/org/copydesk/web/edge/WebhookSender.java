package org.copydesk.web.edge;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.copydesk.application.DeliveriesQueued;
import org.copydesk.application.WebhookService;
import org.copydesk.domain.delivery.WebhookEvent;
import org.copydesk.domain.delivery.WebhookSignature;
import org.jboss.logging.Logger;

/**
 * Sends webhook deliveries over HTTP: at once when they are queued, and every second whatever is due (a retry,
 * or a delivery queued on a node that stopped). Each attempt is a POST of the stored JSON with
 * {@code X-Copydesk-Event}, {@code X-Copydesk-Delivery} and {@code X-Copydesk-Signature}, 10 seconds at most;
 * a 2xx answer delivers it, anything else (or no answer) waits for the next attempt.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    WebhookService webhooks;

    private final AtomicBoolean sweeping = new AtomicBoolean();
    private volatile HttpClient client;
    private volatile ScheduledFuture<?> poll;

    void started(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        poll = scheduler.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stopped() {
        if (poll != null) {
            poll.cancel(false);
        }
    }

    void onQueued(@Observes DeliveriesQueued queued) {
        executor.execute(this::sweep);
    }

    /** Sends every delivery that is due, one at a time (one sweep at a time on this node). */
    void sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            List<Long> due = webhooks.due(50);
            for (long id : due) {
                webhooks.attempt(id, this::send);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook deliveries could not be sent now; the next sweep tries again");
        } finally {
            sweeping.set(false);
        }
    }

    private int send(String url, WebhookEvent event, long deliveryId, byte[] body, String signature) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Copydesk-Webhooks")
                .header("X-Copydesk-Event", event.wireName())
                .header("X-Copydesk-Delivery", String.valueOf(deliveryId))
                .header(WebhookSignature.HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
                c = client;
            }
        }
        return c;
    }
}
