package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.copydesk.domain.sourcing.Source;
import org.copydesk.domain.sourcing.SourceRepository;
import org.copydesk.domain.sourcing.SourceUse;
import org.copydesk.domain.workflow.StoryState;

@ApplicationScoped
public class JpaSourceRepository implements SourceRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Inject
    RowLocks rowLocks;

    @Override
    public Optional<Source> find(long id) {
        return Optional.ofNullable(em.find(Source.class, id));
    }

    /** Locked as a story is for a save, the database's way ({@link RowLocks}). */
    @Override
    public Optional<Source> findForUpdate(long id) {
        if (!rowLocks.lock(em, RowLocks.Row.SOURCE, id)) {
            return Optional.empty();
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
        return findByKeys(List.of(key)).get(key);
    }

    @Override
    public Map<String, List<Source>> findByKeys(Collection<String> keys) {
        Map<String, List<Source>> found = new HashMap<>();
        Set<String> wanted = new HashSet<>(keys);
        if (wanted.isEmpty()) {
            return found;
        }
        for (Source s : em.createQuery(
                        "select s from Source s where s.nameKey in :keys and s.mergedInto is null" + " order by s.id",
                        Source.class)
                .setParameter("keys", wanted)
                .getResultList()) {
            found.computeIfAbsent(Source.key(s.getName()), k -> new ArrayList<>())
                    .add(s);
        }
        // A key no name has may be an alias's. Aliases are kept as written; compare them the way names are
        // compared. Only (id, alias) pairs are read, one query per first letter: loading every source whose
        // alias starts with the same letter, each with its aliases, took seconds per attribution on a
        // 20,000-source registry (docs/performance.md).
        Map<String, Set<Long>> byAlias = new HashMap<>();
        Map<String, List<String>> byStart = new HashMap<>();
        for (String key : wanted) {
            if (!found.containsKey(key)) {
                byStart.computeIfAbsent(key.isEmpty() ? "" : key.substring(0, 1), k -> new ArrayList<>())
                        .add(key);
            }
        }
        for (Map.Entry<String, List<String>> start : byStart.entrySet()) {
            List<Object[]> rows = em.createQuery(
                            "select distinct s.id, a from Source s join s.aliases a"
                                    + " where s.mergedInto is null and lower(a) like :start",
                            Object[].class)
                    .setParameter("start", start.getKey() + "%")
                    .getResultList();
            for (Object[] row : rows) {
                String aliasKey = Source.key((String) row[1]);
                if (start.getValue().contains(aliasKey)) {
                    byAlias.computeIfAbsent(aliasKey, k -> new TreeSet<>()).add((Long) row[0]);
                }
            }
        }
        Set<Long> ids = new HashSet<>();
        byAlias.values().forEach(ids::addAll);
        Map<Long, Source> loaded = new HashMap<>();
        findAll(ids).forEach(s -> loaded.put(s.getId(), s));
        byAlias.forEach((key, sourceIds) -> found.put(
                key,
                sourceIds.stream()
                        .map(loaded::get)
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        for (String key : wanted) {
            found.putIfAbsent(key, List.of());
        }
        return found;
    }

    @Override
    public List<Source> search(String text, int offset, int limit) {
        TypedQuery<Source> q = em.createQuery(
                "select s from Source s where s.mergedInto is null"
                        + (text == null || text.isBlank()
                                ? ""
                                : " and (s.nameKey like :text escape '\\'"
                                        + " or lower(s.role) like :text escape '\\'"
                                        + " or exists (select 1 from Source t join t.aliases a where t = s and lower(a) like :text escape '\\'))")
                        + " order by s.name, s.id",
                Source.class);
        bind(q, text);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String text) {
        TypedQuery<Long> q = em.createQuery(
                "select count(s) from Source s where s.mergedInto is null"
                        + (text == null || text.isBlank()
                                ? ""
                                : " and (s.nameKey like :text escape '\\'"
                                        + " or lower(s.role) like :text escape '\\'"
                                        + " or exists (select 1 from Source t join t.aliases a where t = s and lower(a) like :text escape '\\'))"),
                Long.class);
        bind(q, text);
        return q.getSingleResult();
    }

    private static void bind(TypedQuery<?> q, String text) {
        if (text != null && !text.isBlank()) {
            String escaped = Source.key(text)
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            q.setParameter("text", "%" + escaped + "%");
        }
    }

    @Override
    public List<Source> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Source s where s.id in :ids", Source.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<SourceUse> uses(long sourceId, int offset, int limit) {
        return em
                .createQuery(
                        "select s.id, s.headline, s.state, count(a) from Attribution a, Story s"
                                + " where s.id = a.storyId and a.sourceId = :id"
                                + " group by s.id, s.headline, s.state, s.updatedAt order by s.updatedAt desc, s.id desc",
                        Object[].class)
                .setParameter("id", sourceId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> new SourceUse((Long) row[0], (String) row[1], (StoryState) row[2], (Long) row[3]))
                .toList();
    }

    @Override
    public long countStories(long sourceId) {
        return em.createQuery("select count(distinct a.storyId) from Attribution a where a.sourceId = :id", Long.class)
                .setParameter("id", sourceId)
                .getSingleResult();
    }

    @Override
    public long countAttributions(long sourceId) {
        return em.createQuery("select count(a) from Attribution a where a.sourceId = :id", Long.class)
                .setParameter("id", sourceId)
                .getSingleResult();
    }

    @Override
    public List<String> registryNames(int limit) {
        List<String> names = new ArrayList<>(em.createQuery(
                        "select s.name from Source s where s.mergedInto is null" + " order by s.id desc", String.class)
                .setMaxResults(limit)
                .getResultList());
        if (names.size() < limit) {
            names.addAll(em.createQuery(
                            "select a from Source s join s.aliases a where s.mergedInto is null"
                                    + " order by s.id desc",
                            String.class)
                    .setMaxResults(limit - names.size())
                    .getResultList());
        }
        return names;
    }
}
