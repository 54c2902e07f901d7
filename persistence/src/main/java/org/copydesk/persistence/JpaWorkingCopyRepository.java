package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.copydesk.domain.story.WorkingCopy;
import org.copydesk.domain.story.WorkingCopyRepository;

@ApplicationScoped
public class JpaWorkingCopyRepository implements WorkingCopyRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Override
    public Optional<WorkingCopy> find(long storyId, String username) {
        return em.createQuery(
                        "select w from WorkingCopy w where w.storyId = :story and w.username = :username",
                        WorkingCopy.class)
                .setParameter("story", storyId)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public WorkingCopy store(WorkingCopy copy) {
        em.persist(copy);
        return copy;
    }

    @Override
    public void delete(long storyId, String username) {
        // through the entity, so its sections and blocks go with it
        find(storyId, username).ifPresent(em::remove);
    }
}
