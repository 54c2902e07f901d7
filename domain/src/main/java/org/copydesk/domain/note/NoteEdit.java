package org.copydesk.domain.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of a note's history: the text the note had before an edit or a delete, who changed it and when.
 * Never changed or removed.
 */
@Entity
@Table(name = "note_edit")
public class NoteEdit {

    /** What was done to the note. */
    public enum Kind {
        EDITED,
        DELETED
    }

    @Id
    @SequenceGenerator(name = "note_edit_seq", sequenceName = "note_edit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "note_edit_seq")
    private Long id;

    @Column(name = "note_id", nullable = false)
    private Long noteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "previous_text", nullable = false, length = Note.TEXT_MAX)
    private String previousText;

    @Column(name = "changed_by", nullable = false, length = 40)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected NoteEdit() {
        // for JPA
    }

    NoteEdit(Long noteId, Kind kind, String previousText, String changedBy, Instant changedAt) {
        this.noteId = noteId;
        this.kind = kind;
        this.previousText = previousText;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getNoteId() {
        return noteId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getPreviousText() {
        return previousText;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
