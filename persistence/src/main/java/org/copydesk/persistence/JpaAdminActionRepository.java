package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.copydesk.domain.user.AdminAction;
import org.copydesk.domain.user.AdminActionRepository;

@ApplicationScoped
public class JpaAdminActionRepository implements AdminActionRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Override
    public void record(AdminAction action) {
        em.persist(action);
    }

    @Override
    public List<AdminAction> newest(int offset, int limit) {
        return em.createQuery("select a from AdminAction a order by a.at desc, a.id desc", AdminAction.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from AdminAction a", Long.class).getSingleResult();
    }
}
