package org.copydesk.domain.sourcing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One line of a source's history: a verification decision, or a merge, with who, when and why. */
@Embeddable
public class SourceCheck {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private VerificationStatus status;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "actor", nullable = false, length = 40)
    private String actor;

    @Column(name = "at", nullable = false)
    private Instant at;

    protected SourceCheck() {
        // for JPA
    }

    SourceCheck(VerificationStatus status, String note, String actor, Instant at) {
        this.status = status;
        this.note = note;
        this.actor = actor;
        this.at = at;
    }

    public VerificationStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }
}
