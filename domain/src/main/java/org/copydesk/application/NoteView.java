package org.copydesk.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.copydesk.domain.note.Note;

/**
 * A note as the newsroom sees it. A deleted note keeps its place in its thread but not its text
 * ({@code text} is null, {@code deleted} true); its history still holds what it said.
 */
public record NoteView(
        long id,
        long storyId,
        long threadId,
        Long parentId,
        String blockKey,
        Long attributionId,
        String author,
        String text,
        List<String> mentions,
        Instant createdAt,
        Instant editedAt,
        boolean deleted,
        Instant deletedAt,
        long version)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static NoteView of(Note n) {
        return new NoteView(
                n.getId(),
                n.getStoryId(),
                n.threadId(),
                n.getParentId(),
                n.getBlockKey(),
                n.getAttributionId(),
                n.getAuthor(),
                n.isDeleted() ? null : n.getText(),
                n.isDeleted() ? List.of() : List.copyOf(n.getMentions()),
                n.getCreatedAt(),
                n.getEditedAt(),
                n.isDeleted(),
                n.getDeletedAt(),
                n.getVersion());
    }

    public boolean reply() {
        return parentId != null;
    }

    public boolean edited() {
        return editedAt != null;
    }
}
