package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
    public Section store(Section section) {
        em.persist(section);
        return section;
    }
}
