package org.copydesk.domain.story;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One line of a story's schedule log: a publishing time set or cancelled, an embargo set or lifted, a deadline or
 * length target planned, a schedule
 * dropped because the story left Ready, or a scheduled publication the workflow refused. {@code time} is the
 * publishing time or the embargo's end the line is about (null when one is cancelled or lifted).
 */
@Embeddable
public class ScheduleRecord {

    /** What happened to the story's schedule or embargo. */
    public enum Action {
        SCHEDULED,
        UNSCHEDULED,
        DROPPED,
        REFUSED,
        EMBARGOED,
        EMBARGO_LIFTED,
        /** The budget's deadline or length target set or changed ({@code time} is the deadline). */
        PLANNED
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private Action action;

    @Column(name = "actor", nullable = false, length = 40)
    private String actor;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "time_set")
    private Instant time;

    @Column(name = "note", length = 2000)
    private String note;

    protected ScheduleRecord() {
        // for JPA
    }

    public ScheduleRecord(Action action, String actor, Instant at, Instant time, String note) {
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.time = time;
        this.note = note == null || note.isBlank()
                ? null
                : note.strip().substring(0, Math.min(note.strip().length(), 2000));
    }

    public Action action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public Instant time() {
        return time;
    }

    public String note() {
        return note;
    }
}
