package org.copydesk.domain.story;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.copydesk.domain.workflow.StoryState;

/** One line of a story's workflow log: who moved it, when, from where to where, and the note. */
@Embeddable
public class TransitionRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, length = 20)
    private StoryState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private StoryState to;

    @Column(name = "actor", nullable = false, length = 40)
    private String actor;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "note", length = 2000)
    private String note;

    protected TransitionRecord() {
        // for JPA
    }

    public TransitionRecord(StoryState from, StoryState to, String actor, Instant at, String note) {
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.at = at;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public StoryState from() {
        return from;
    }

    public StoryState to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public String note() {
        return note;
    }
}
