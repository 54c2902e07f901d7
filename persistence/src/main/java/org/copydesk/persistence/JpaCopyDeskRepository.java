package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copydesk.domain.copydesk.CopyDeskRepository;
import org.copydesk.domain.copydesk.Correction;
import org.copydesk.domain.copydesk.CorrectionStatus;
import org.copydesk.domain.copydesk.DictionaryEntry;
import org.copydesk.domain.copydesk.StoryFinding;
import org.copydesk.domain.story.StoryState;

@ApplicationScoped
public class JpaCopyDeskRepository implements CopyDeskRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Override
    public List<StoryFinding> findings(long storyId) {
        return em.createQuery("select f from StoryFinding f where f.storyId = :id order by f.id", StoryFinding.class)
                .setParameter("id", storyId).getResultList();
    }

    @Override
    public Optional<StoryFinding> finding(long id) {
        return Optional.ofNullable(em.find(StoryFinding.class, id));
    }

    @Override
    public StoryFinding store(StoryFinding finding) {
        em.persist(finding);
        return finding;
    }

    @Override
    public void remove(StoryFinding finding) {
        em.remove(finding);
    }

    @Override
    public Optional<Correction> correction(long id) {
        return Optional.ofNullable(em.find(Correction.class, id));
    }

    @Override
    public Correction store(Correction correction) {
        if (correction.getId() == null) {
            em.persist(correction);
            return correction;
        }
        return em.merge(correction);
    }

    @Override
    public List<Correction> corrections(long storyId) {
        return em.createQuery("select c from Correction c where c.storyId = :id order by c.proposedAt desc, c.id desc",
                Correction.class).setParameter("id", storyId).getResultList();
    }

    @Override
    public List<Correction> notices(long storyId) {
        return em.createQuery("select c from Correction c where c.storyId = :id and c.status = :applied"
                + " and c.kind <> org.copydesk.domain.copydesk.CorrectionKind.TYPO order by c.decidedAt, c.id",
                Correction.class).setParameter("id", storyId).setParameter("applied", CorrectionStatus.APPLIED)
                .getResultList();
    }

    private static final String LOG = " from Correction c where c.status = :applied and exists"
            + " (select 1 from Story s where s.id = c.storyId and s.state in :public)";

    @Override
    public List<Correction> log(int offset, int limit) {
        return em.createQuery("select c" + LOG + " order by c.decidedAt desc, c.id desc", Correction.class)
                .setParameter("applied", CorrectionStatus.APPLIED)
                .setParameter("public", Set.of(StoryState.PUBLISHED, StoryState.RETRACTED))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long logCount() {
        return em.createQuery("select count(c)" + LOG, Long.class)
                .setParameter("applied", CorrectionStatus.APPLIED)
                .setParameter("public", Set.of(StoryState.PUBLISHED, StoryState.RETRACTED)).getSingleResult();
    }

    @Override
    public List<Correction> pending(int offset, int limit) {
        // newest first, like every queue on the dashboard (the index is read backwards)
        return em.createQuery("select c from Correction c where c.status = :proposed"
                + " order by c.proposedAt desc, c.id desc",
                Correction.class).setParameter("proposed", CorrectionStatus.PROPOSED)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long pendingCount() {
        return em.createQuery("select count(c) from Correction c where c.status = :proposed", Long.class)
                .setParameter("proposed", CorrectionStatus.PROPOSED).getSingleResult();
    }

    @Override
    public long reportsSince(String proposedBy, Instant since) {
        return em.createQuery("select count(c) from Correction c where c.fromReader = true"
                + " and c.proposedBy = :who and c.proposedAt >= :since", Long.class)
                .setParameter("who", proposedBy).setParameter("since", since).getSingleResult();
    }

    @Override
    public Set<String> dictionary() {
        return new HashSet<>(em.createQuery("select d.word from DictionaryEntry d", String.class).getResultList());
    }

    @Override
    public DictionaryEntry store(DictionaryEntry entry) {
        em.persist(entry);
        return entry;
    }

    @Override
    public List<Long> storiesContaining(String text, long except, int limit) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return em.createQuery("select distinct s.id from Story s join s.blocks b where s.id <> :except"
                + " and b.text like :text escape '\\' order by s.id", Long.class)
                .setParameter("except", except).setParameter("text", "%" + escaped + "%")
                .setMaxResults(limit).getResultList();
    }
}
