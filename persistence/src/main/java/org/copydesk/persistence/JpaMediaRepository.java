package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.domain.media.Media;
import org.copydesk.domain.media.MediaFile;
import org.copydesk.domain.media.MediaRepository;
import org.copydesk.domain.workflow.StoryState;

@ApplicationScoped
public class JpaMediaRepository implements MediaRepository {

    private static final String MATCHES = " where lower(m.credit) like :words escape '\\' or lower(m.alt) like :words"
            + " escape '\\' or lower(m.fileName) like :words escape '\\'";

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Override
    public Optional<Media> find(long id) {
        return Optional.ofNullable(em.find(Media.class, id));
    }

    @Override
    public Optional<Media> findBySha256(String sha256) {
        return em.createQuery("select m from Media m where m.sha256 = :sha", Media.class)
                .setParameter("sha", sha256)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Media store(Media media, List<Rendition> files) {
        em.persist(media);
        for (Rendition f : files) {
            em.persist(new MediaFile(media.getId(), f.width(), f.height(), f.contentType(), f.bytes()));
        }
        em.flush();
        return media;
    }

    @Override
    public Optional<MediaFile> rendition(long mediaId, int width) {
        Optional<MediaFile> wide = em.createQuery(
                        "select f from MediaFile f where f.mediaId = :id and f.width > 0"
                                + " and f.width >= :w order by f.width",
                        MediaFile.class)
                .setParameter("id", mediaId)
                .setParameter("w", width)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        if (wide.isPresent()) {
            return wide;
        }
        return em.createQuery(
                        "select f from MediaFile f where f.mediaId = :id and f.width > 0 order by f.width desc",
                        MediaFile.class)
                .setParameter("id", mediaId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Integer> widths(long mediaId) {
        return em.createQuery(
                        "select f.width from MediaFile f where f.mediaId = :id and f.width > 0 order by f.width",
                        Integer.class)
                .setParameter("id", mediaId)
                .getResultList();
    }

    @Override
    public Set<Long> existing(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select m.id from Media m where m.id in :ids", Long.class)
                .setParameter("ids", Set.copyOf(ids))
                .getResultList());
    }

    @Override
    public boolean shownToReaders(long mediaId) {
        return !em.createQuery(
                        "select s.id from Story s join s.blocks b where b.mediaId = :id and s.state = :published",
                        Long.class)
                .setParameter("id", mediaId)
                .setParameter("published", StoryState.PUBLISHED)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<Media> search(String words, int page, int size) {
        String p = pattern(words);
        var query = em.createQuery(
                "select m from Media m" + (p == null ? "" : MATCHES) + " order by m.uploadedAt desc, m.id desc",
                Media.class);
        if (p != null) {
            query.setParameter("words", p);
        }
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    @Override
    public long count(String words) {
        String p = pattern(words);
        var query = em.createQuery("select count(m) from Media m" + (p == null ? "" : MATCHES), Long.class);
        if (p != null) {
            query.setParameter("words", p);
        }
        return query.getSingleResult();
    }

    @Override
    public Map<Long, Long> uses(Collection<Long> mediaIds) {
        Map<Long, Long> uses = new HashMap<>();
        if (mediaIds.isEmpty()) {
            return uses;
        }
        for (Object[] row : em.createQuery(
                        "select b.mediaId, count(distinct s.id) from Story s join s.blocks b"
                                + " where b.mediaId in :ids group by b.mediaId",
                        Object[].class)
                .setParameter("ids", Set.copyOf(mediaIds))
                .getResultList()) {
            uses.put((Long) row[0], (Long) row[1]);
        }
        return uses;
    }

    private static String pattern(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        String escaped = words.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
