package org.copydesk.domain.sourcing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of a source's history, one timeline for everything that happened to it: its creation, a
 * verification decision, an edit (each field before → after) or a merge, with who, when and an optional
 * note. {@code status} is the verification status the source had once the line was written.
 */
@Embeddable
public class SourceCheck {

    /** Room for the longest edit: every field replaced and fifty aliases swapped for fifty others. */
    public static final int CHANGES_MAX = 32_000;

    @Enumerated(EnumType.STRING)
    @Column(name = "event", nullable = false, length = 20)
    private SourceEvent event;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private VerificationStatus status;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "actor", nullable = false, length = 40)
    private String actor;

    @Column(name = "at", nullable = false)
    private Instant at;

    /** The fields changed, one per line (see {@link SourceChange#encode}). */
    @Column(name = "changes", length = CHANGES_MAX)
    private String changes;

    /** For a merge: the other record (the duplicate taken in, or the survivor this one went into). */
    @Column(name = "other_id")
    private Long otherId;

    @Column(name = "other_name", length = Source.NAME_MAX)
    private String otherName;

    protected SourceCheck() {
        // for JPA
    }

    SourceCheck(
            SourceEvent event,
            VerificationStatus status,
            String note,
            String actor,
            Instant at,
            List<SourceChange> changes,
            Long otherId,
            String otherName) {
        this.event = event;
        this.status = status;
        this.note = note;
        this.actor = actor;
        this.at = at;
        this.changes = SourceChange.encode(changes);
        this.otherId = otherId;
        this.otherName = otherName;
    }

    public SourceEvent event() {
        return event;
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

    public List<SourceChange> changes() {
        return SourceChange.decode(changes);
    }

    public Long otherId() {
        return otherId;
    }

    public String otherName() {
        return otherName;
    }

    /**
     * The line in words: "Added to the registry", "unverified → verified", "name “a” → “b”; kind …",
     * "Merged in “Kyodo” (#12)". Lines written before merges and verifications were structured (their
     * words are in the note) say what their note says.
     */
    public String summary() {
        List<SourceChange> list = changes();
        String fields = list.stream()
                .filter(c -> !SourceChange.STATUS.equals(c.field()))
                .map(SourceChange::describe)
                .collect(Collectors.joining("; "));
        return switch (event == null ? SourceEvent.VERIFICATION : event) {
            case ADDED -> "Added to the registry";
            case VERIFICATION ->
                list.stream()
                        .filter(c -> SourceChange.STATUS.equals(c.field()))
                        .findFirst()
                        .map(c -> SourceChange.words(c.before()) + " → " + SourceChange.words(c.after()))
                        .orElse(SourceChange.words(status.name()));
            case EDITED -> fields.isEmpty() ? "Edited" : fields;
            case MERGED_IN ->
                otherId == null
                        ? String.valueOf(note)
                        : "Merged in “" + otherName + "” (#" + otherId + ")" + (fields.isEmpty() ? "" : ": " + fields);
            case MERGED_INTO ->
                otherId == null ? String.valueOf(note) : "Merged into “" + otherName + "” (#" + otherId + ")";
        };
    }
}
