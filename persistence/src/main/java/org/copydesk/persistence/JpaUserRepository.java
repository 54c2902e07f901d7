package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.copydesk.domain.user.User;
import org.copydesk.domain.user.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Override
    public Optional<User> findByUsername(String username) {
        return em.createNamedQuery("User.findByUsername", User.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** Stores the user and writes it at once, so that its version is the one the database now holds. */
    @Override
    public User store(User user) {
        User stored = user;
        if (user.getId() == null) {
            em.persist(user);
        } else if (!em.contains(user)) {
            stored = em.merge(user);
        }
        em.flush();
        return stored;
    }

    @Override
    public List<User> all() {
        return em.createNamedQuery("User.findAll", User.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
    }

    @Override
    public List<User> page(int offset, int limit) {
        return em.createNamedQuery("User.findAll", User.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void lockAdministrators() {
        List<Long> ids = em.createQuery(
                        "select u.id from User u join u.roles r where r = :admin order by u.id", Long.class)
                .setParameter("admin", org.copydesk.domain.user.Role.ADMIN)
                .getResultList();
        for (Long id : ids) { // one row at a time, in id order: every database locks a row by its key
            em.find(User.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
    }

    @Override
    public long countEnabledAdmins() {
        return em.createNamedQuery("User.countEnabledAdmins", Long.class).getSingleResult();
    }
}
