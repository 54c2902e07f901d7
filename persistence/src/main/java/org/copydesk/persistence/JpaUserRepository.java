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
        return em.createNamedQuery("User.findByUsername", User.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public User store(User user) {
        if (user.getId() == null) {
            em.persist(user);
            return user;
        }
        return em.merge(user);
    }

    @Override
    public List<User> all() {
        return em.createNamedQuery("User.findAll", User.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
    }
}
