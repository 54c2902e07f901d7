package org.copydesk.application;

import java.io.Serializable;
import java.time.Instant;
import org.copydesk.domain.note.NoteEdit;

/** One entry of a note's history: the text it had before an edit or the delete, who, when. */
public record NoteEditView(String kind, String previousText, String changedBy, Instant changedAt)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static NoteEditView of(NoteEdit e) {
        return new NoteEditView(e.getKind().name(), e.getPreviousText(), e.getChangedBy(), e.getChangedAt());
    }
}
