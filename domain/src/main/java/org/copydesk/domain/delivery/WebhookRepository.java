package org.copydesk.domain.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where webhooks and their deliveries are kept. */
public interface WebhookRepository {

    Webhook store(Webhook webhook);

    Optional<Webhook> find(long id);

    /** Every webhook, oldest first (a newsroom has a handful). */
    List<Webhook> all();

    WebhookDelivery store(WebhookDelivery delivery);

    /** One delivery, locked for this transaction; empty when another node holds it (it is being sent). */
    Optional<WebhookDelivery> claim(long deliveryId);

    /** The ids of pending deliveries whose next attempt is due at {@code now}, oldest first, at most {@code limit}. */
    List<Long> due(Instant now, int limit);

    /** One page of a webhook's deliveries, newest first. */
    List<WebhookDelivery> deliveries(long webhookId, int offset, int limit);

    long countDeliveries(long webhookId);
}
