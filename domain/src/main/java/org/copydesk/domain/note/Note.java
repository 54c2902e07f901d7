package org.copydesk.domain.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.user.Actor;

/**
 * An editorial note on a story, for the newsroom only. A note starts a thread or replies to one (replies
 * hang off the thread's first note, so threads are one level deep); a thread may be anchored to one block
 * or one attribution of the story. Only its author edits or deletes a note; every edit keeps the text it
 * replaced ({@link NoteEdit}), and a delete is soft: the note stays, shown as deleted.
 */
@Entity
@Table(name = "note")
public class Note {

    public static final int TEXT_MAX = 5000;

    @Id
    @SequenceGenerator(name = "note_seq", sequenceName = "note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "note_seq")
    private Long id;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    /** The thread's first note; null for a note that starts a thread. */
    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "block_key", length = 12)
    private String blockKey;

    @Column(name = "attribution_id")
    private Long attributionId;

    @Column(nullable = false, length = 40)
    private String author;

    @Column(name = "body", nullable = false, length = TEXT_MAX)
    private String text;

    /** The usernames mentioned, comma-separated (validated against the users when written). */
    @Column(length = 2000)
    private String mentions;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(nullable = false)
    private boolean deleted;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private long version;

    protected Note() {
        // for JPA
    }

    private Note(
            long storyId, Long parentId, String blockKey, Long attributionId, String author, String text, Instant now) {
        this.storyId = storyId;
        this.parentId = parentId;
        this.blockKey = blockKey;
        this.attributionId = attributionId;
        this.author = Objects.requireNonNull(author);
        this.text = checked(text);
        this.mentions = String.join(",", Mentions.in(this.text));
        this.createdAt = now;
    }

    /**
     * A note that starts a thread, on the whole story or anchored to one block (its key) or one attribution
     * (its id) — not both.
     */
    public static Note start(long storyId, String blockKey, Long attributionId, Actor by, String text, Instant now) {
        String key = blockKey == null || blockKey.isBlank() ? null : blockKey.strip();
        if (key != null && attributionId != null) {
            throw new IllegalArgumentException("A note is anchored to one block or one attribution, not both.");
        }
        return new Note(storyId, null, key, attributionId, by.username(), text, now);
    }

    /**
     * A reply. It joins the thread of the note replied to (a reply to a reply joins the same thread) and
     * shares its anchor; the note replied to must be on the same story and not deleted.
     */
    public static Note reply(Note to, long storyId, Actor by, String text, Instant now) {
        if (to.storyId != storyId) {
            throw new IllegalArgumentException(
                    "Note " + to.id + " belongs to another story; a reply stays on its story.");
        }
        if (to.deleted) {
            throw new IllegalArgumentException("Note " + to.id + " was deleted; it takes no replies.");
        }
        return new Note(storyId, to.threadId(), to.blockKey, to.attributionId, by.username(), text, now);
    }

    /** Changes the text; only the author, only while the note is not deleted. The old text is kept. */
    public NoteEdit edit(String newText, Actor by, Instant now) {
        requireAuthor(by, "edits");
        if (deleted) {
            throw new IllegalArgumentException("The note was deleted; it can no longer be edited.");
        }
        String checked = checked(newText);
        NoteEdit edit = new NoteEdit(id, NoteEdit.Kind.EDITED, text, by.username(), now);
        this.text = checked;
        this.mentions = String.join(",", Mentions.in(checked));
        this.editedAt = now;
        return edit;
    }

    /** Marks the note deleted; only the author. The record and its text stay in the history. */
    public NoteEdit delete(Actor by, Instant now) {
        requireAuthor(by, "deletes");
        if (deleted) {
            throw new IllegalArgumentException("The note is already deleted.");
        }
        this.deleted = true;
        this.deletedAt = now;
        return new NoteEdit(id, NoteEdit.Kind.DELETED, text, by.username(), now);
    }

    private void requireAuthor(Actor by, String what) {
        if (!by.is(author)) {
            throw new NotPermittedException("Only the note's author (" + author + ") " + what + " it.");
        }
    }

    static String checked(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A note needs some text.");
        }
        String stripped = text.strip();
        if (stripped.length() > TEXT_MAX) {
            throw new IllegalArgumentException(
                    "A note is at most " + TEXT_MAX + " characters; this one has " + stripped.length() + ".");
        }
        return stripped;
    }

    /** The id of the thread: its first note's. */
    public long threadId() {
        return parentId == null ? id : parentId;
    }

    public Long getId() {
        return id;
    }

    public long getStoryId() {
        return storyId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getBlockKey() {
        return blockKey;
    }

    public Long getAttributionId() {
        return attributionId;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public List<String> getMentions() {
        return mentions == null || mentions.isEmpty() ? List.of() : Arrays.asList(mentions.split(","));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public long getVersion() {
        return version;
    }
}
