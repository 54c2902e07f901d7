package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.copydesk.domain.sourcing.Source;
import org.copydesk.domain.sourcing.SourceRepository;
import org.copydesk.domain.sourcing.SourceUse;
import org.copydesk.domain.story.StoryState;

@ApplicationScoped
public class JpaSourceRepository implements SourceRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Inject
    DatabaseMigrator database;

    @Inject
    StoryWriteLocks writeLocks;

    @Override
    public Optional<Source> find(long id) {
        return Optional.ofNullable(em.find(Source.class, id));
    }

    /**
     * Locked as a story is for a save ({@link JpaStoryRepository#findForUpdate}, same reasons, same bounded
     * wait): on PostgreSQL a row lock with lock_timeout; on H2 writers first take turns in this server, on
     * the write locks' stripes for a key no story id reaches (negative), then lock the row without waiting.
     */
    @Override
    public Optional<Source> findForUpdate(long id) {
        if (database.isPostgres()) {
            em.createNativeQuery("select set_config('lock_timeout', :timeout, true)")
                    .setParameter("timeout", JpaStoryRepository.LOCK_TIMEOUT).getSingleResult();
        } else {
            writeLocks.lock(-1 - id, JpaStoryRepository.LOCK_TIMEOUT_MILLIS);
            if (em.createNativeQuery("select id from source where id = :id for update nowait").setParameter("id", id)
                    .getResultList().isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(em.find(Source.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Source store(Source source) {
        if (source.getId() == null) {
            em.persist(source);
            return source;
        }
        return em.merge(source);
    }

    @Override
    public List<Source> findByKey(String key) {
        List<Source> byName = em.createQuery("select s from Source s where s.nameKey = :key and s.mergedInto is null"
                + " order by s.id", Source.class).setParameter("key", key).getResultList();
        if (!byName.isEmpty()) {
            return byName;
        }
        // Aliases are kept as written; compare them the way names are compared. Only (id, alias) pairs are
        // read and compared here: loading every source whose alias starts with the same letter, each with
        // its aliases, took seconds per attribution on a 20,000-source registry (docs/performance.md).
        String wanted = Source.key(key);
        List<Long> ids = em.createQuery("select distinct s.id, a from Source s join s.aliases a where s.mergedInto is null"
                + " and lower(a) like :start", Object[].class)
                .setParameter("start", key.isEmpty() ? "" : key.substring(0, 1) + "%")
                .getResultList().stream().filter(row -> Source.key((String) row[1]).equals(wanted))
                .map(row -> (Long) row[0]).distinct().sorted().toList();
        return ids.isEmpty() ? List.of()
                : em.createQuery("select s from Source s where s.id in :ids order by s.id", Source.class)
                        .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Source> search(String text, int offset, int limit) {
        TypedQuery<Source> q = em.createQuery("select s from Source s where s.mergedInto is null"
                + (text == null || text.isBlank() ? "" : " and (s.nameKey like :text escape '\\'"
                        + " or lower(s.role) like :text escape '\\'"
                        + " or exists (select 1 from Source t join t.aliases a where t = s and lower(a) like :text escape '\\'))")
                + " order by s.name, s.id", Source.class);
        bind(q, text);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String text) {
        TypedQuery<Long> q = em.createQuery("select count(s) from Source s where s.mergedInto is null"
                + (text == null || text.isBlank() ? "" : " and (s.nameKey like :text escape '\\'"
                        + " or lower(s.role) like :text escape '\\'"
                        + " or exists (select 1 from Source t join t.aliases a where t = s and lower(a) like :text escape '\\'))"),
                Long.class);
        bind(q, text);
        return q.getSingleResult();
    }

    private static void bind(TypedQuery<?> q, String text) {
        if (text != null && !text.isBlank()) {
            String escaped = Source.key(text).toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            q.setParameter("text", "%" + escaped + "%");
        }
    }

    @Override
    public List<Source> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Source s where s.id in :ids", Source.class).setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<SourceUse> uses(long sourceId, int offset, int limit) {
        return em.createQuery("select s.id, s.headline, s.state, count(a) from Attribution a, Story s"
                + " where s.id = a.storyId and a.sourceId = :id"
                + " group by s.id, s.headline, s.state, s.updatedAt order by s.updatedAt desc, s.id desc", Object[].class)
                .setParameter("id", sourceId).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(row -> new SourceUse((Long) row[0], (String) row[1], (StoryState) row[2], (Long) row[3]))
                .toList();
    }

    @Override
    public long countStories(long sourceId) {
        return em.createQuery("select count(distinct a.storyId) from Attribution a where a.sourceId = :id", Long.class)
                .setParameter("id", sourceId).getSingleResult();
    }

    @Override
    public long countAttributions(long sourceId) {
        return em.createQuery("select count(a) from Attribution a where a.sourceId = :id", Long.class)
                .setParameter("id", sourceId).getSingleResult();
    }
}
