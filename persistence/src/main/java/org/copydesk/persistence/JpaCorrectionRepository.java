package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copydesk.domain.correction.Correction;
import org.copydesk.domain.correction.CorrectionRepository;
import org.copydesk.domain.correction.CorrectionStatus;
import org.copydesk.domain.workflow.StoryState;

/** Corrections, readers' reports and the public corrections log in JPA. */
@ApplicationScoped
public class JpaCorrectionRepository implements CorrectionRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

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
        return em.createQuery(
                        "select c from Correction c where c.storyId = :id order by c.proposedAt desc, c.id desc",
                        Correction.class)
                .setParameter("id", storyId)
                .getResultList();
    }

    @Override
    public List<Correction> notices(long storyId) {
        return em.createQuery(
                        "select c from Correction c where c.storyId = :id and c.status = :applied"
                                + " and c.kind <> org.copydesk.domain.correction.CorrectionKind.TYPO and exists"
                                + " (select 1 from Story s where s.id = c.storyId and" + AFTER_PUBLICATION + ")"
                                + " order by c.decidedAt, c.id",
                        Correction.class)
                .setParameter("id", storyId)
                .setParameter("applied", CorrectionStatus.APPLIED)
                .getResultList();
    }

    /**
     * A correction applied after its story was first published (a story is published once: publishedAt is
     * set then and kept). Copy-desk fixes made before publication (copy check, archive sweep, a correction
     * applied to a story still on the desk) are records in the story's history, not public corrections.
     */
    private static final String AFTER_PUBLICATION = " s.publishedAt is not null and c.decidedAt >= s.publishedAt";

    private static final String LOG = " from Correction c where c.status = :applied and exists"
            + " (select 1 from Story s where s.id = c.storyId and s.state in :public and" + AFTER_PUBLICATION + ")";

    @Override
    public List<Correction> log(int offset, int limit) {
        return em.createQuery("select c" + LOG + " order by c.decidedAt desc, c.id desc", Correction.class)
                .setParameter("applied", CorrectionStatus.APPLIED)
                .setParameter("public", Set.of(StoryState.PUBLISHED, StoryState.RETRACTED))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long logCount() {
        return em.createQuery("select count(c)" + LOG, Long.class)
                .setParameter("applied", CorrectionStatus.APPLIED)
                .setParameter("public", Set.of(StoryState.PUBLISHED, StoryState.RETRACTED))
                .getSingleResult();
    }

    @Override
    public List<Correction> pending(int offset, int limit) {
        // newest first, like every queue on the dashboard (the index is read backwards); a report waiting for
        // the correction linked to it is represented by that correction
        return em.createQuery(
                        "select c from Correction c where c.status = :proposed and c.resolvedBy is null"
                                + " order by c.proposedAt desc, c.id desc",
                        Correction.class)
                .setParameter("proposed", CorrectionStatus.PROPOSED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long pendingCount() {
        return em.createQuery(
                        "select count(c) from Correction c where c.status = :proposed and c.resolvedBy is null",
                        Long.class)
                .setParameter("proposed", CorrectionStatus.PROPOSED)
                .getSingleResult();
    }

    @Override
    public List<Correction> reportsWaitingFor(long correctionId) {
        return em.createQuery(
                        "select c from Correction c where c.resolvedBy = :id and c.status = :proposed"
                                + " order by c.id",
                        Correction.class)
                .setParameter("id", correctionId)
                .setParameter("proposed", CorrectionStatus.PROPOSED)
                .getResultList();
    }

    @Override
    public long reportsSince(String readerKey, Instant since) {
        return em.createQuery(
                        "select count(c) from Correction c where c.fromReader = true"
                                + " and c.readerKey = :key and c.proposedAt >= :since",
                        Long.class)
                .setParameter("key", readerKey)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public int forgetReaderKeys(Instant before) {
        return em.createQuery("update Correction c set c.readerKey = null where c.readerKey is not null"
                        + " and c.proposedAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String readerKeySecret(String proposal) {
        List<?> stored = em.createNativeQuery("select secret from app_secret where name = 'reader-key'")
                .getResultList();
        if (!stored.isEmpty()) {
            return String.valueOf(stored.get(0));
        }
        em.createNativeQuery("insert into app_secret (name, secret) values ('reader-key', ?1)")
                .setParameter(1, proposal)
                .executeUpdate();
        return proposal;
    }
}
