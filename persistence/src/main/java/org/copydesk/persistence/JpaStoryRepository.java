package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.domain.story.PublishedEntry;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryQuery;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.workflow.StoryState;

@ApplicationScoped
public class JpaStoryRepository implements StoryRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Inject
    DatabaseMigrator database;

    @Inject
    RowLocks rowLocks;

    /** Deeper pages of a many-state list use the single query (each state would give offset + limit keys). */
    private static final int MERGE_LIMIT = 2_000;

    @Override
    public Optional<Story> find(long id) {
        return Optional.ofNullable(em.find(Story.class, id));
    }

    /**
     * The story with its row locked until the transaction ends, for changes that make a revision: a second
     * writer waits for the first one's commit, then reads it, or is refused after a bounded wait ({@link RowLocks},
     * the database's way).
     */
    @Override
    public Optional<Story> findForUpdate(long id) {
        if (!rowLocks.lock(em, RowLocks.Row.STORY, id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Story.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Story> findBySlug(String slug) {
        return em.createNamedQuery("Story.findBySlug", Story.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Story> findByFingerprint(String fingerprint) {
        return em.createNamedQuery("Story.findByFingerprint", Story.class)
                .setParameter("fingerprint", fingerprint)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean slugExists(String slug) {
        return !em.createQuery("select s.id from Story s where s.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
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
            return byIds(ids);
        }
        if (query.byPeopleAndStateOnly() && query.states().size() > 1 && (long) offset + limit <= MERGE_LIMIT) {
            return searchStatesMerged(query, offset, limit);
        }
        Map<String, Object> params = new HashMap<>();
        String where = StorySearch.jpqlWhere(query, params);
        TypedQuery<Story> q =
                em.createQuery("select s from Story s" + where + " order by s.updatedAt desc, s.id desc", Story.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Long> dueForPublishing(java.time.Instant now, int limit) {
        // a range of the publish_at index (V19): a poll a second reads only the scheduled stories
        return em.createQuery(
                        "select s.id from Story s where s.publishAt <= :now and s.state = :state"
                                + " order by s.publishAt, s.id",
                        Long.class)
                .setParameter("now", now)
                .setParameter("state", StoryState.READY)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Story> budget(java.time.Instant from, java.time.Instant before, int limit) {
        // three index ranges (deadline, publish_at, published_at) OR-ed: a bitmap OR on PostgreSQL
        return em.createQuery(
                        "select s from Story s where (s.deadline >= :from and s.deadline < :before)"
                                + " or (s.publishAt >= :from and s.publishAt < :before)"
                                + " or (s.publishedAt >= :from and s.publishedAt < :before)"
                                + " order by coalesce(s.deadline, s.publishAt, s.publishedAt), s.id",
                        Story.class)
                .setParameter("from", from)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Story> upcoming(java.time.Instant now, int limit) {
        // two index ranges (publish_at, embargo_until), never a scan of every story
        List<Story> scheduled = em.createQuery(
                        "select s from Story s where s.publishAt is not null" + " order by s.publishAt, s.id",
                        Story.class)
                .setMaxResults(limit)
                .getResultList();
        List<Story> embargoed = em.createQuery(
                        "select s from Story s where s.embargoUntil > :now"
                                + " and s.state not in :shown order by s.embargoUntil, s.id",
                        Story.class)
                .setParameter("now", now)
                .setParameter("shown", List.of(StoryState.PUBLISHED, StoryState.RETRACTED))
                .setMaxResults(limit)
                .getResultList();
        java.util.LinkedHashSet<Story> both = new java.util.LinkedHashSet<>(scheduled);
        both.addAll(embargoed);
        return List.copyOf(both);
    }

    @Override
    public List<PublishedEntry> published(String section, java.time.Instant since, int limit) {
        // on the published_at index; a section is an element of the story's section list
        TypedQuery<Object[]> q = em.createQuery(
                        "select s.id, s.slug, s.headline, s.standfirst, s.publishedAt, "
                                + "s.updatedAt from Story s where s.state = :state"
                                + (since == null ? "" : " and s.publishedAt >= :since")
                                + (section == null ? "" : " and :section member of s.sections")
                                + " order by s.publishedAt desc, s.id desc",
                        Object[].class)
                .setParameter("state", StoryState.PUBLISHED);
        if (since != null) {
            q.setParameter("since", since);
        }
        if (section != null) {
            q.setParameter("section", section);
        }
        return q.setMaxResults(limit).getResultList().stream()
                .map(r -> new PublishedEntry(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (java.time.Instant) r[4],
                        (java.time.Instant) r[5]))
                .toList();
    }

    /**
     * More than one state (the dashboard's "On the desk" and "Published" queues): PostgreSQL cannot walk the
     * (state, updated_at, id) index for an IN list in order, and walking updated_at alone skips every story
     * of the other states first. So each state's first {@code offset + limit} ids come from its own index
     * range, merged here newest first; the stories of the page are then loaded by id.
     */
    private List<Story> searchStatesMerged(StoryQuery query, int offset, int limit) {
        List<Object[]> keys = new ArrayList<>();
        for (StoryState state : query.states()) {
            TypedQuery<Object[]> q = em.createQuery(
                            "select s.id, s.updatedAt from Story s where s.state = :state"
                                    + (query.reporter() == null ? "" : " and s.reporter = :reporter")
                                    + (query.assignee() == null ? "" : " and s.assignee = :assignee")
                                    + " order by s.updatedAt desc, s.id desc",
                            Object[].class)
                    .setParameter("state", state);
            if (query.reporter() != null) {
                q.setParameter("reporter", query.reporter());
            }
            if (query.assignee() != null) {
                q.setParameter("assignee", query.assignee());
            }
            keys.addAll(q.setMaxResults(offset + limit).getResultList());
        }
        keys.sort(Comparator.comparing((Object[] k) -> (Instant) k[1])
                .thenComparing(k -> (Long) k[0])
                .reversed());
        List<Long> ids =
                keys.stream().skip(offset).limit(limit).map(k -> (Long) k[0]).toList();
        return byIds(ids);
    }

    private List<Story> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Story> byId = new HashMap<>();
        em.createQuery("select s from Story s where s.id in :ids", Story.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(s -> byId.put(s.getId(), s));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public long count(StoryQuery query) {
        if (database.isPostgres()) {
            // exact up to the cap, then the planner's estimate: a total never scans the whole archive
            StorySearch.Sql capped = StorySearch.postgresCappedCount(query);
            Query q = em.createNativeQuery(capped.text(), Long.class);
            capped.params().forEach(q::setParameter);
            long n = ((Number) q.getSingleResult()).longValue();
            if (n <= StorySearch.countCap(query)) {
                return n;
            }
            StorySearch.Sql explain = StorySearch.postgresEstimate(query);
            Query e = em.createNativeQuery(explain.text(), String.class);
            explain.params().forEach(e::setParameter);
            long estimate = StorySearch.estimatedRows((String) e.getResultList().get(0));
            return Math.max(n, estimate);
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q =
                em.createQuery("select count(s) from Story s" + StorySearch.jpqlWhere(query, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }
}
