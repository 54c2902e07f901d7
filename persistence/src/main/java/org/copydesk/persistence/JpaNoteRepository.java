package org.copydesk.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.domain.note.Note;
import org.copydesk.domain.note.NoteEdit;
import org.copydesk.domain.note.NoteRepository;

@ApplicationScoped
public class JpaNoteRepository implements NoteRepository {

    @PersistenceContext(unitName = "copydesk")
    EntityManager em;

    @Override
    public Optional<Note> find(long id) {
        return Optional.ofNullable(em.find(Note.class, id));
    }

    @Override
    public Note store(Note note) {
        if (note.getId() == null) {
            em.persist(note);
            return note;
        }
        return em.merge(note);
    }

    @Override
    public List<Note> ofStory(long storyId) {
        List<Note> all = em.createQuery(
                        "select n from Note n where n.storyId = :id order by n.createdAt, n.id", Note.class)
                .setParameter("id", storyId)
                .getResultList();
        // threads in the order they were started, each followed by its replies
        Map<Long, List<Note>> threads = new LinkedHashMap<>();
        for (Note n : all) {
            if (n.getParentId() == null) {
                threads.computeIfAbsent(n.getId(), k -> new ArrayList<>()).add(0, n);
            } else {
                threads.computeIfAbsent(n.getParentId(), k -> new ArrayList<>()).add(n);
            }
        }
        List<Note> ordered = new ArrayList<>(all.size());
        threads.values().forEach(ordered::addAll);
        return ordered;
    }

    @Override
    public NoteEdit store(NoteEdit edit) {
        em.persist(edit);
        return edit;
    }

    @Override
    public List<NoteEdit> history(long noteId) {
        return em.createQuery(
                        "select e from NoteEdit e where e.noteId = :id order by e.changedAt, e.id", NoteEdit.class)
                .setParameter("id", noteId)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
