package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.copydesk.domain.user.SignInFailure;
import org.copydesk.domain.user.SignInFailureRepository;

@ApplicationScoped
public class JpaSignInFailureRepository implements SignInFailureRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Override
    public Optional<SignInFailure> find(String username) {
        return Optional.ofNullable(em.find(SignInFailure.class, username));
    }

    @Override
    public Optional<SignInFailure> findForUpdate(String username) {
        return Optional.ofNullable(em.find(SignInFailure.class, username, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public SignInFailure store(SignInFailure failure) {
        if (em.contains(failure)) {
            return failure;
        }
        em.persist(failure);
        return failure;
    }

    @Override
    public void delete(String username) {
        em.createQuery("delete from SignInFailure f where f.username = :username")
                .setParameter("username", username)
                .executeUpdate();
    }

    @Override
    public int purge(Instant countedSince, Instant now) {
        return em.createQuery("delete from SignInFailure f where f.since < :countedSince"
                        + " and (f.lockedUntil is null or f.lockedUntil < :now)")
                .setParameter("countedSince", countedSince)
                .setParameter("now", now)
                .executeUpdate();
    }
}
