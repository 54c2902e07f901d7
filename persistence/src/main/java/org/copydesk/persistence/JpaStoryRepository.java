package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;

@ApplicationScoped
public class JpaStoryRepository implements StoryRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Override
    public Optional<Story> find(long id) {
        return Optional.ofNullable(em.find(Story.class, id));
    }

    @Override
    public Optional<Story> findBySlug(String slug) {
        return em.createNamedQuery("Story.findBySlug", Story.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean slugExists(String slug) {
        return findBySlug(slug).isPresent();
    }

    @Override
    public Story store(Story story) {
        if (story.getId() == null) {
            em.persist(story);
            em.flush();
            return story;
        }
        return em.merge(story);
    }

    @Override
    public List<Story> list(int offset, int limit) {
        return em.createNamedQuery("Story.findAll", Story.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("Story.count", Long.class).getSingleResult();
    }
}
