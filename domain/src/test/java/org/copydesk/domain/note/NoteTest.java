package org.copydesk.domain.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.junit.jupiter.api.Test;

class NoteTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-26T10:05:00Z");
    private final Actor reporter = Actor.of("reporter", Role.REPORTER);
    private final Actor editor = Actor.of("editor", Role.EDITOR);

    private static Note withId(Note note, long id) {
        try {
            Field field = Note.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(note, id);
            return note;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNoteKeepsItsTextStrippedAndItsMentions() {
        Note note = Note.start(7, null, null, editor, "  @reporter check the second paragraph  ", T0);
        assertEquals("@reporter check the second paragraph", note.getText());
        assertEquals(List.of("reporter"), note.getMentions());
        assertEquals("editor", note.getAuthor());
        assertNull(note.getParentId());
    }

    @Test
    void blankOrTooLongTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Note.start(7, null, null, editor, "   ", T0));
        assertThrows(IllegalArgumentException.class, () -> Note.start(7, null, null, editor, null, T0));
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> Note.start(7, null, null, editor, "x".repeat(Note.TEXT_MAX + 1), T0));
        assertTrue(e.getMessage().contains("at most 5000"), e.getMessage());
        assertEquals(
                Note.TEXT_MAX,
                Note.start(7, null, null, editor, "x".repeat(Note.TEXT_MAX), T0)
                        .getText()
                        .length());
    }

    @Test
    void aNoteAnchorsToOneBlockOrOneAttributionNotBoth() {
        assertEquals("b1", Note.start(7, "b1", null, editor, "x", T0).getBlockKey());
        assertEquals(3L, Note.start(7, null, 3L, editor, "x", T0).getAttributionId());
        assertThrows(IllegalArgumentException.class, () -> Note.start(7, "b1", 3L, editor, "x", T0));
    }

    @Test
    void repliesJoinTheThreadOfTheFirstNoteAndShareItsAnchor() {
        Note first = withId(Note.start(7, "b1", null, editor, "Source?", T0), 10);
        Note reply = withId(Note.reply(first, 7, reporter, "Added one.", T1), 11);
        Note replyToReply = Note.reply(reply, 7, editor, "Thanks.", T1);
        assertEquals(10L, reply.getParentId());
        assertEquals(10L, replyToReply.getParentId());
        assertEquals(10L, replyToReply.threadId());
        assertEquals("b1", replyToReply.getBlockKey());
    }

    @Test
    void aReplyStaysOnItsStoryAndADeletedNoteTakesNoReplies() {
        Note first = withId(Note.start(7, null, null, editor, "Source?", T0), 10);
        assertThrows(IllegalArgumentException.class, () -> Note.reply(first, 8, reporter, "wrong story", T1));
        first.delete(editor, T1);
        assertThrows(IllegalArgumentException.class, () -> Note.reply(first, 7, reporter, "too late", T1));
    }

    @Test
    void onlyTheAuthorEditsAndTheOldTextIsKept() {
        Note note = withId(Note.start(7, null, null, editor, "First words", T0), 10);
        assertThrows(NotPermittedException.class, () -> note.edit("Hijacked", reporter, T1));
        NoteEdit edit = note.edit("Better words @reporter", editor, T1);
        assertEquals("First words", edit.getPreviousText());
        assertEquals(NoteEdit.Kind.EDITED, edit.getKind());
        assertEquals("editor", edit.getChangedBy());
        assertEquals(T1, edit.getChangedAt());
        assertEquals("Better words @reporter", note.getText());
        assertEquals(List.of("reporter"), note.getMentions());
        assertEquals(T1, note.getEditedAt());
        assertThrows(IllegalArgumentException.class, () -> note.edit(" ", editor, T1));
    }

    @Test
    void onlyTheAuthorDeletesSoftlyAndOnce() {
        Note note = withId(Note.start(7, null, null, editor, "Gone soon", T0), 10);
        assertThrows(NotPermittedException.class, () -> note.delete(reporter, T1));
        NoteEdit deletion = note.delete(editor, T1);
        assertEquals(NoteEdit.Kind.DELETED, deletion.getKind());
        assertEquals("Gone soon", deletion.getPreviousText());
        assertTrue(note.isDeleted());
        assertEquals("Gone soon", note.getText(), "the record keeps its text for the history");
        assertThrows(IllegalArgumentException.class, () -> note.delete(editor, T1));
        assertThrows(IllegalArgumentException.class, () -> note.edit("back", editor, T1));
    }
}
