package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryQuery;
import org.copydesk.domain.story.StoryRepository;

@ApplicationScoped
public class JpaStoryRepository implements StoryRepository {

    /** How long a save waits for another save of the same story on PostgreSQL (copydesk.db.lock.timeout). */
    static final String LOCK_TIMEOUT = System.getProperty("copydesk.db.lock.timeout", "2s");

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @jakarta.annotation.Resource(lookup = "java:app/jdbc/copydesk")
    javax.sql.DataSource dataSource;

    private volatile Boolean postgreSql;

    private boolean isPostgreSql() {
        Boolean known = postgreSql;
        if (known == null) {
            try (java.sql.Connection connection = dataSource.getConnection()) {
                known = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("The database does not answer", e);
            }
            postgreSql = known;
        }
        return known;
    }

    @Override
    public Optional<Story> find(long id) {
        return Optional.ofNullable(em.find(Story.class, id));
    }

    @Override
    public Optional<Story> findForUpdate(long id) {
        if (isPostgreSql()) {
            // H2 gives up a lock wait after its LOCK_TIMEOUT; PostgreSQL waits for ever unless told: a bounded
            // wait for this transaction only, so a convoy of saves on one story ends in 409s, not in hung requests
            em.createNativeQuery("select set_config('lock_timeout', :timeout, true)")
                    .setParameter("timeout", LOCK_TIMEOUT).getSingleResult();
        }
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
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        TypedQuery<Story> q = em.createQuery("select s from Story s" + where
                + " order by s.updatedAt desc, s.id desc", Story.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(StoryQuery query) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(s) from Story s" + where(query, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** The query's conditions as JPQL; every value is a bound parameter. */
    private static String where(StoryQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (!query.states().isEmpty()) {
            where.append(" and s.state in :states");
            params.put("states", query.states());
        }
        if (query.reporter() != null) {
            where.append(" and s.reporter = :reporter");
            params.put("reporter", query.reporter());
        }
        if (query.assignee() != null) {
            where.append(" and s.assignee = :assignee");
            params.put("assignee", query.assignee());
        }
        if (query.text() != null) {
            where.append(" and (lower(s.headline) like :text escape '\\'"
                    + " or exists (select 1 from Story t join t.blocks b where t = s"
                    + " and lower(b.text) like :text escape '\\'))");
            String escaped = query.text().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.put("text", "%" + escaped + "%");
        }
        return where.isEmpty() ? "" : " where" + where.substring(4);
    }
}
