package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copydesk.domain.delivery.Webhook;
import org.copydesk.domain.delivery.WebhookDelivery;
import org.copydesk.domain.delivery.WebhookRepository;

@ApplicationScoped
public class JpaWebhookRepository implements WebhookRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Override
    public Webhook store(Webhook webhook) {
        if (!em.contains(webhook)) {
            em.persist(webhook);
        }
        return webhook;
    }

    @Override
    public Optional<Webhook> find(long id) {
        return Optional.ofNullable(em.find(Webhook.class, id));
    }

    @Override
    public List<Webhook> all() {
        return em.createQuery("select w from Webhook w order by w.id", Webhook.class)
                .getResultList();
    }

    @Override
    public WebhookDelivery store(WebhookDelivery delivery) {
        if (!em.contains(delivery)) {
            em.persist(delivery);
        }
        return delivery;
    }

    @Override
    public Optional<WebhookDelivery> claim(long deliveryId) {
        // a row lock for the attempt: a second node waits for it and then finds the delivery settled
        return Optional.ofNullable(em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return em.createQuery(
                        "select d.id from WebhookDelivery d where d.status = :pending and d.nextAttemptAt <= :now"
                                + " order by d.nextAttemptAt, d.id",
                        Long.class)
                .setParameter("pending", WebhookDelivery.Status.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<WebhookDelivery> deliveries(long webhookId, int offset, int limit) {
        return em.createQuery(
                        "select d from WebhookDelivery d where d.webhookId = :webhook order by d.id desc",
                        WebhookDelivery.class)
                .setParameter("webhook", webhookId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countDeliveries(long webhookId) {
        return em.createQuery("select count(d) from WebhookDelivery d where d.webhookId = :webhook", Long.class)
                .setParameter("webhook", webhookId)
                .getSingleResult();
    }
}
