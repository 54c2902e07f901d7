package org.copydesk.application;

import java.util.List;

/**
 * Fired when a note was written or edited. {@code mentioned} are the users it newly mentions (all of them
 * for a new note, only the added ones for an edit); {@code threadAuthors} the other people who wrote in
 * the thread of a reply. Observed once the note is committed.
 */
public record NoteAdded(
        long storyId,
        long noteId,
        long threadId,
        boolean reply,
        String by,
        List<String> mentioned,
        List<String> threadAuthors,
        String excerpt) {}
