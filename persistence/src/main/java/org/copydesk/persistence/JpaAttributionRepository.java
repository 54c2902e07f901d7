package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.copydesk.domain.sourcing.Attribution;
import org.copydesk.domain.sourcing.AttributionRepository;

@ApplicationScoped
public class JpaAttributionRepository implements AttributionRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Override
    public Optional<Attribution> find(long id) {
        return Optional.ofNullable(em.find(Attribution.class, id));
    }

    @Override
    public Attribution store(Attribution attribution) {
        if (attribution.getId() == null) {
            em.persist(attribution);
            return attribution;
        }
        return em.merge(attribution);
    }

    @Override
    public void remove(Attribution attribution) {
        em.remove(attribution);
    }

    @Override
    public List<Attribution> ofStory(long storyId) {
        return em.createQuery("select a from Attribution a where a.storyId = :id order by a.id", Attribution.class)
                .setParameter("id", storyId)
                .getResultList();
    }

    @Override
    public List<Attribution> linkedTo(long sourceId) {
        return em.createQuery("select a from Attribution a where a.sourceId = :id", Attribution.class)
                .setParameter("id", sourceId)
                .getResultList();
    }
}
