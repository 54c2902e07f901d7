package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryQuery;
import org.copydesk.domain.story.StoryRepository;

@ApplicationScoped
public class JpaStoryRepository implements StoryRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Inject
    DatabaseMigrator database;

    @Override
    public Optional<Story> find(long id) {
        return Optional.ofNullable(em.find(Story.class, id));
    }

    @Override
    public Optional<Story> findForUpdate(long id) {
        // select … for update: a second writer waits here for the first one's commit, then reads it
        return Optional.ofNullable(em.find(Story.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Story> findBySlug(String slug) {
        return em.createNamedQuery("Story.findBySlug", Story.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Story> findByFingerprint(String fingerprint) {
        return em.createNamedQuery("Story.findByFingerprint", Story.class).setParameter("fingerprint", fingerprint)
                .getResultStream().findFirst();
    }

    @Override
    public boolean slugExists(String slug) {
        return !em.createQuery("select s.id from Story s where s.slug = :slug", Long.class)
                .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Story store(Story story) {
        if (story.getId() == null) {
            em.persist(story); // the sequence gives it its id now; the insert happens at flush
            return story;
        }
        return em.merge(story);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Story> search(StoryQuery query, int offset, int limit) {
        if (query.text() != null && database.isPostgres()) {
            // full-text search: one page of ids from the GIN index, then the stories
            StorySearch.Sql sql = StorySearch.postgres(query, false);
            Query q = em.createNativeQuery(sql.text(), Long.class);
            sql.params().forEach(q::setParameter);
            @SuppressWarnings("unchecked")
            List<Long> ids = q.setFirstResult(offset).setMaxResults(limit).getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<Long, Story> byId = new HashMap<>();
            em.createQuery("select s from Story s where s.id in :ids", Story.class).setParameter("ids", ids)
                    .getResultList().forEach(s -> byId.put(s.getId(), s));
            return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        }
        Map<String, Object> params = new HashMap<>();
        String where = StorySearch.jpqlWhere(query, params);
        TypedQuery<Story> q = em.createQuery("select s from Story s" + where
                + " order by s.updatedAt desc, s.id desc", Story.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(StoryQuery query) {
        if (query.text() != null && database.isPostgres()) {
            StorySearch.Sql sql = StorySearch.postgres(query, true);
            Query q = em.createNativeQuery(sql.text(), Long.class);
            sql.params().forEach(q::setParameter);
            return ((Number) q.getSingleResult()).longValue();
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(s) from Story s" + StorySearch.jpqlWhere(query, params),
                Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }
}
