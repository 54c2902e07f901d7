package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.copydesk.domain.story.Revision;
import org.copydesk.domain.story.RevisionRepository;

@ApplicationScoped
public class JpaRevisionRepository implements RevisionRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Override
    public Revision store(Revision revision) {
        em.persist(revision);
        return revision;
    }

    @Override
    public List<Revision> ofStory(long storyId, int offset, int limit) {
        return em.createNamedQuery("Revision.findByStory", Revision.class)
                .setParameter("storyId", storyId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOfStory(long storyId) {
        return em.createNamedQuery("Revision.countByStory", Long.class)
                .setParameter("storyId", storyId)
                .getSingleResult();
    }

    @Override
    public Optional<Revision> find(long storyId, int number) {
        return em.createNamedQuery("Revision.find", Revision.class)
                .setParameter("storyId", storyId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }
}
