package org.copydesk.domain.sourcing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One line of an attribution's history: every decision on it (linked, waived, rejected, marked by hand,
 * confirmed after a change), and the changes made to it by others (its words changed since review, its source
 * merged into another), with who, when, the source and the note. Nothing is overwritten. A line that made the
 * claim rest on an anonymous source (linked, relinked by a merge, its source made anonymous) carries the reason
 * anonymity was granted (see {@link Anonymity}); lines written before that rule (migration V16) have none.
 */
@Embeddable
public class AttributionDecision {

    /** What happened. */
    public enum Action {
        /** Marked by an editor on the text (the detector had missed it). */
        MARKED,
        LINKED,
        WAIVED,
        REJECTED,
        /** The proposal (name, kind, role) was edited before a source was made. */
        PROPOSAL_EDITED,
        /** The claim's words changed after it was decided; the decision was kept. */
        CHANGED,
        /** An editor confirmed the decision after the claim's words changed. */
        CONFIRMED,
        /** The linked source was merged into another; the link followed (with the reason anonymity was granted). */
        RELINKED,
        /** The linked source became anonymous in the registry; the editor said why anonymity was granted. */
        ANONYMITY_GIVEN
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private Action action;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "span", length = Attribution.SPAN_MAX)
    private String span;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "anonymity_reason", length = Anonymity.REASON_MAX)
    private String anonymityReason;

    @Column(name = "actor", nullable = false, length = 40)
    private String actor;

    @Column(name = "at", nullable = false)
    private Instant at;

    protected AttributionDecision() {
        // for JPA
    }

    AttributionDecision(
            Action action, Long sourceId, String span, String note, String anonymityReason, String actor, Instant at) {
        this.action = action;
        this.sourceId = sourceId;
        this.span = span;
        this.note = note;
        this.anonymityReason = anonymityReason;
        this.actor = actor;
        this.at = at;
    }

    public Action action() {
        return action;
    }

    public Long sourceId() {
        return sourceId;
    }

    /** The claim's words when this happened. */
    public String span() {
        return span;
    }

    public String note() {
        return note;
    }

    /** Why anonymity was granted, on a line that made the claim rest on an anonymous source; else null. */
    public String anonymityReason() {
        return anonymityReason;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }
}
