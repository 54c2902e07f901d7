package org.copydesk.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.note.Note;
import org.copydesk.domain.note.NoteEdit;
import org.copydesk.domain.note.NoteRepository;

/**
 * Editorial notes in the audit record: each note as first written (with what it was anchored to), then each
 * edit (the text before and after) and the delete, by whom and when. Notes are internal: the audit record is
 * a desk document, never public.
 */
@ApplicationScoped
public class NoteAuditSource implements AuditSource {

    @Inject
    NoteRepository notes;

    @Override
    public List<AuditEntry> entries(long storyId) {
        List<AuditEntry> entries = new ArrayList<>();
        for (Note note : notes.ofStory(storyId)) {
            List<NoteEdit> history = notes.history(note.getId());
            // Each kept edit holds the text before it; the text before the first is the note as written.
            String written = history.isEmpty() ? note.getText() : history.get(0).getPreviousText();
            entries.add(AuditEntry.of(
                            note.getCreatedAt(),
                            "NOTE_WRITTEN",
                            note.getAuthor(),
                            (note.getParentId() == null ? "Note" : "Reply") + anchor(note) + ": " + shorten(written))
                    .detail("note", note.getId())
                    .detail("thread", note.threadId())
                    .detail("block", note.getBlockKey())
                    .detail("attribution", note.getAttributionId())
                    .detail("text", written)
                    .detail("mentions", String.join(", ", note.getMentions()))
                    .ref(AuditEntry.key("note", note.getId())));
            for (int i = 0; i < history.size(); i++) {
                NoteEdit edit = history.get(i);
                boolean deleted = edit.getKind() == NoteEdit.Kind.DELETED;
                AuditEntry.Builder entry = AuditEntry.of(
                                edit.getChangedAt(),
                                deleted ? "NOTE_DELETED" : "NOTE_EDITED",
                                edit.getChangedBy(),
                                (deleted ? "Deleted note " : "Edited note ") + note.getId())
                        .detail("note", note.getId())
                        .detail("before", edit.getPreviousText());
                if (!deleted) {
                    entry.detail(
                            "after", i + 1 < history.size() ? history.get(i + 1).getPreviousText() : note.getText());
                }
                entries.add(entry.ref(AuditEntry.key("note", note.getId(), "edit", String.format("%06d", i))));
            }
        }
        return entries;
    }

    private static String anchor(Note note) {
        if (note.getBlockKey() != null) {
            return " on a paragraph";
        }
        return note.getAttributionId() != null ? " on a claim" : "";
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
