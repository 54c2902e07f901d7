package org.copydesk.domain.copydesk;

import org.copydesk.domain.policy.Policy;
import org.copydesk.domain.policy.Permission;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.workflow.NotPermittedException;

/**
 * A change to a story's text with a reason: the words before and after in one block, who proposed it,
 * who approved it, and for all but typo fixes a public notice. Proposed, then applied (a new revision)
 * or rejected. Typo fixes from the copy check are recorded applied at once.
 */
@Entity
@Table(name = "correction")
public class Correction {

    public static final int NOTICE_MAX = 2000;
    public static final int TEXT_MAX = 5000;

    @Id
    @SequenceGenerator(name = "correction_seq", sequenceName = "correction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "correction_seq")
    private Long id;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CorrectionKind kind;

    @Column(name = "block_key", length = 12)
    private String blockKey;

    @Column(name = "text_before", length = TEXT_MAX)
    private String before;

    @Column(name = "text_after", length = TEXT_MAX)
    private String after;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(length = NOTICE_MAX)
    private String notice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CorrectionStatus status;

    @Column(name = "proposed_by", nullable = false, length = 80)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    /** The revision the correction made, once applied; the one before it is {@code revision - 1}. */
    @Column(name = "revision")
    private Integer revision;

    @Column(name = "from_reader", nullable = false)
    private boolean fromReader;

    @Version
    private long version;

    protected Correction() {
        // for JPA
    }

    private Correction(long storyId, CorrectionKind kind, String blockKey, String before, String after, String reason,
            String notice, String proposedBy, boolean fromReader, Instant now) {
        this.storyId = storyId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.blockKey = blockKey;
        this.before = limit(before, "the text before", TEXT_MAX);
        this.after = limit(after, "the text after", TEXT_MAX);
        this.reason = required(reason, "a reason", 2000);
        this.notice = limit(notice, "the public notice", NOTICE_MAX);
        if (kind.public_() && this.notice == null && !fromReader) {
            throw new IllegalArgumentException("A " + kind.label().toLowerCase()
                    + " needs a public notice saying what was wrong.");
        }
        this.status = CorrectionStatus.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
        this.fromReader = fromReader;
    }

    /** A correction proposed by a newsroom user. */
    public static Correction propose(long storyId, CorrectionKind kind, String blockKey, String before, String after,
            String reason, String notice, Actor by, Instant now) {
        Policy.require(by, Permission.PROPOSE_CORRECTION);
        if (before == null || before.isEmpty()) {
            throw new IllegalArgumentException("Say which words are wrong (the text before).");
        }
        return new Correction(storyId, kind, blockKey, before, after == null ? "" : after, reason, notice,
                by.username(), false, now);
    }

    /** A reader's report: what is wrong, in their words; the desk turns it into a correction or rejects it. */
    public static Correction fromReader(long storyId, String report, String contact, Instant now) {
        String who = contact == null || contact.isBlank() ? "reader" : "reader " + contact.strip();
        return new Correction(storyId, CorrectionKind.CORRECTION, null, null, null, report, null,
                who.length() > 80 ? who.substring(0, 80) : who, true, now);
    }

    /** Who may apply or reject: editors for public corrections, copy editors too for typo fixes. */
    public static void requireApprover(CorrectionKind kind, Actor by) {
        Policy.orThrow(Policy.approveCorrection(by, kind == CorrectionKind.TYPO));
    }

    /**
     * Completes a reader's report or a proposal before it is applied: the kind, the exact words, and the
     * public notice the editor writes.
     */
    public void complete(CorrectionKind newKind, String blockKey, String before, String after, String notice) {
        requirePending();
        this.kind = Objects.requireNonNull(newKind);
        this.blockKey = blockKey;
        this.before = limit(before, "the text before", TEXT_MAX);
        this.after = limit(after, "the text after", TEXT_MAX);
        this.notice = limit(notice, "the public notice", NOTICE_MAX);
    }

    public void markApplied(Actor by, int newRevision, Instant now) {
        requireApprover(kind, by);
        requirePending();
        if (kind.public_() && notice == null) {
            throw new IllegalArgumentException("Write the public notice before applying the " + kind.label().toLowerCase() + ".");
        }
        if (before == null || blockKey == null) {
            throw new IllegalArgumentException("Say which words of which paragraph change before applying.");
        }
        status = CorrectionStatus.APPLIED;
        decidedBy = by.username();
        decidedAt = now;
        revision = newRevision;
    }

    public void reject(String why, Actor by, Instant now) {
        requireApprover(kind, by);
        requirePending();
        status = CorrectionStatus.REJECTED;
        decisionNote = required(why, "a reason for rejecting", 2000);
        decidedBy = by.username();
        decidedAt = now;
    }

    private void requirePending() {
        if (status != CorrectionStatus.PROPOSED) {
            throw new IllegalArgumentException("This correction was " + status.name().toLowerCase() + " already.");
        }
    }

    private static String required(String value, String what, int max) {
        String v = limit(value, what, max);
        if (v == null) {
            throw new IllegalArgumentException("Give " + what + ".");
        }
        return v;
    }

    private static String limit(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        return v;
    }

    public Long getId() {
        return id;
    }

    public long getStoryId() {
        return storyId;
    }

    public CorrectionKind getKind() {
        return kind;
    }

    public String getBlockKey() {
        return blockKey;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getReason() {
        return reason;
    }

    public String getNotice() {
        return notice;
    }

    public CorrectionStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Integer getRevision() {
        return revision;
    }

    public boolean isFromReader() {
        return fromReader;
    }

    public long getVersion() {
        return version;
    }
}
