package org.copydesk.domain.note;

import java.util.List;
import java.util.Optional;

/** Notes and their kept history. */
public interface NoteRepository {

    Optional<Note> find(long id);

    Note store(Note note);

    /** A story's notes, threads in the order they were started, replies in the order they were written. */
    List<Note> ofStory(long storyId);

    NoteEdit store(NoteEdit edit);

    /** What a note said before each edit and the delete, oldest first. */
    List<NoteEdit> history(long noteId);

    void flush();
}
