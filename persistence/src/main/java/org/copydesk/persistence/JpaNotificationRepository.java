package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copydesk.domain.notification.Notification;
import org.copydesk.domain.notification.NotificationRepository;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Override
    public Notification store(Notification notification) {
        em.persist(notification);
        em.flush();
        return notification;
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<Notification> of(String recipient, boolean unreadOnly, int offset, int limit) {
        return em.createQuery(
                        "select n from Notification n where n.recipient = :who"
                                + (unreadOnly ? " and n.readAt is null" : "") + " order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("who", recipient)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(String recipient, boolean unreadOnly) {
        return em.createQuery(
                        "select count(n) from Notification n where n.recipient = :who"
                                + (unreadOnly ? " and n.readAt is null" : ""),
                        Long.class)
                .setParameter("who", recipient)
                .getSingleResult();
    }

    @Override
    public int markAllRead(String recipient, Instant now) {
        return em.createQuery("update Notification n set n.readAt = :now where n.recipient = :who and n.readAt is null")
                .setParameter("now", now)
                .setParameter("who", recipient)
                .executeUpdate();
    }
}
