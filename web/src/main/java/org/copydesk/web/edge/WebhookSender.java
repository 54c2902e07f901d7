package org.copydesk.web.edge;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.copydesk.application.DeliveriesQueued;
import org.copydesk.application.WebhookService;
import org.copydesk.domain.delivery.WebhookEvent;
import org.copydesk.domain.delivery.WebhookSignature;

/**
 * Sends webhook deliveries over HTTP: at once when they are queued, and every second whatever is due (a retry,
 * or a delivery queued on a node that stopped). Each attempt is a POST of the stored JSON with
 * {@code X-Copydesk-Event}, {@code X-Copydesk-Delivery} and {@code X-Copydesk-Signature}, 10 seconds at most;
 * a 2xx answer delivers it, anything else (or no answer) waits for the next attempt.
 */
@ApplicationScoped
public class WebhookSender extends EverySecond {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Resource
    ManagedExecutorService executor;

    @Inject
    WebhookService webhooks;

    private volatile HttpClient client;

    @Override
    protected String what() {
        return "Webhook deliveries";
    }

    void onQueued(@Observes DeliveriesQueued queued) {
        executor.execute(this::look);
    }

    /** Sends every delivery that is due, one at a time. */
    @Override
    protected void lookOnce() {
        for (long id : webhooks.due(50)) {
            webhooks.attempt(id, this::send);
        }
    }

    private int send(String url, WebhookEvent event, long deliveryId, byte[] body, String signature) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Copydesk-Webhooks")
                .header("X-Copydesk-Event", event.wireName())
                .header("X-Copydesk-Delivery", String.valueOf(deliveryId))
                .header(WebhookSignature.HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(5))
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                }
                c = client;
            }
        }
        return c;
    }
}
