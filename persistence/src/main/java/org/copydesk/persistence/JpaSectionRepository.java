package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.copydesk.domain.section.Section;
import org.copydesk.domain.section.SectionRepository;

@ApplicationScoped
public class JpaSectionRepository implements SectionRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Override
    public List<String> names() {
        return em.createNamedQuery("Section.names", String.class).getResultList();
    }

    @Override
    public List<Section> all() {
        return em.createNamedQuery("Section.all", Section.class).getResultList();
    }

    @Override
    public Optional<Section> find(long id) {
        return Optional.ofNullable(em.find(Section.class, id));
    }

    @Override
    public Optional<Section> findByName(String name) {
        return em.createQuery("select s from Section s where lower(s.name) = lower(:name)", Section.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Section store(Section section) {
        if (section.getId() == null) {
            em.persist(section);
        }
        em.flush(); // the version the database now holds
        return section;
    }

    @Override
    public int refile(String from, String to) {
        em.flush();
        int stories = em.createNativeQuery("update story set version = version + 1 where id in "
                        + "(select story_id from story_section where name = ?1)")
                .setParameter(1, from)
                .executeUpdate();
        em.createNativeQuery("update story_section set name = ?1 where name = ?2")
                .setParameter(1, to)
                .setParameter(2, from)
                .executeUpdate();
        return stories;
    }
}
