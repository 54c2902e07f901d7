package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copydesk.domain.copyedit.CopyEditRepository;
import org.copydesk.domain.copyedit.DictionaryEntry;
import org.copydesk.domain.copyedit.StoryFinding;

/** The copy check's findings and the newsroom dictionary in JPA. */
@ApplicationScoped
public class JpaCopyEditRepository implements CopyEditRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Override
    public List<StoryFinding> findings(long storyId) {
        return em.createQuery("select f from StoryFinding f where f.storyId = :id order by f.id", StoryFinding.class)
                .setParameter("id", storyId)
                .getResultList();
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
    public Set<String> dictionary() {
        return new HashSet<>(em.createQuery("select d.word from DictionaryEntry d", String.class)
                .getResultList());
    }

    @Override
    public DictionaryEntry store(DictionaryEntry entry) {
        em.persist(entry);
        return entry;
    }

    @Override
    public List<Long> storiesContaining(String text, long except, int limit) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return em.createQuery(
                        "select distinct s.id from Story s join s.blocks b where s.id <> :except"
                                + " and b.text like :text escape '\\' order by s.id desc",
                        Long.class)
                .setParameter("except", except)
                .setParameter("text", "%" + escaped + "%")
                .setMaxResults(limit)
                .getResultList();
    }
}
