package org.copydesk.domain.correction;

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
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;
import org.copydesk.domain.workflow.Refusal;

/**
 * A change to a story's text with a reason: the words before and after in one block, who proposed it,
 * who approved it, and for all but typo fixes a public notice. Proposed, then applied (a new revision)
 * or rejected. Typo fixes from the copy check are recorded applied at once.
 *
 * <p>A reader's report is a correction too ({@link #isFromReader()}), proposed by "reader": it carries the
 * reader's words and, if they gave one, their e-mail address. The reader's network address is never kept in
 * a form anyone can read: only a keyed hash of it ({@code readerKey}), for the hourly limit on reports, which
 * is erased once the hour is over. A report is answered by linking it to the correction that resolves it
 * ({@link #resolveWith}); when that correction is applied the report is {@link CorrectionStatus#RESOLVED}.
 */
@Entity
@Table(name = "correction")
public class Correction {

    public static final int NOTICE_MAX = 2000;
    public static final int TEXT_MAX = 5000;
    public static final int CONTACT_MAX = 254;
    /** Who proposed a reader's report, as the desk sees it: never the reader's address. */
    public static final String READER = "reader";

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

    /**
     * For a reader's report: a keyed hash of the reader's network address, only so that the hourly limit on
     * reports can count them; erased after the hour. Never shown, never in a view.
     */
    @Column(name = "reader_key", length = 64)
    private String readerKey;

    /** For a reader's report: the e-mail address the reader gave for a reply, if any. */
    @Column(name = "reader_contact", length = CONTACT_MAX)
    private String readerContact;

    /**
     * For a reader's report: the correction that answers it. While that one is proposed the report waits
     * (still PROPOSED, out of the desk's queue); once it is applied the report is RESOLVED.
     */
    @Column(name = "resolved_by")
    private Long resolvedBy;

    @Version
    private long version;

    protected Correction() {
        // for JPA
    }

    private Correction(
            long storyId,
            CorrectionKind kind,
            String blockKey,
            String before,
            String after,
            String reason,
            String notice,
            String proposedBy,
            boolean fromReader,
            Instant now) {
        this.storyId = storyId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.blockKey = blockKey;
        this.before = limit(before, "the text before", TEXT_MAX);
        this.after = limit(after, "the text after", TEXT_MAX);
        this.reason = required(reason, "a reason", 2000);
        this.notice = limit(notice, "the public notice", NOTICE_MAX);
        if (kind.public_() && this.notice == null && !fromReader) {
            throw new IllegalArgumentException(
                    "A " + kind.label().toLowerCase() + " needs a public notice saying what was wrong.");
        }
        this.status = CorrectionStatus.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
        this.fromReader = fromReader;
    }

    /** A correction proposed by a newsroom user. */
    public static Correction propose(
            long storyId,
            CorrectionKind kind,
            String blockKey,
            String before,
            String after,
            String reason,
            String notice,
            Actor by,
            Instant now) {
        Policy.require(by, Permission.PROPOSE_CORRECTION);
        if (before == null || before.isEmpty()) {
            throw new IllegalArgumentException("Say which words are wrong (the text before).");
        }
        return new Correction(
                storyId, kind, blockKey, before, after == null ? "" : after, reason, notice, by.username(), false, now);
    }

    /**
     * A reader's report: what is wrong, in their words, and the e-mail address they gave (or null); the desk
     * answers it with a correction ({@link #resolveWith}) or rejects it. {@code readerKey} stands for the
     * reader's network address for the hourly limit (a keyed hash, never the address itself).
     */
    public static Correction fromReader(long storyId, String report, String contact, String readerKey, Instant now) {
        Correction c =
                new Correction(storyId, CorrectionKind.CORRECTION, null, null, null, report, null, READER, true, now);
        c.readerContact = limit(contact, "the e-mail address", CONTACT_MAX);
        c.readerKey = readerKey;
        return c;
    }

    /** Who may apply or reject: editors for public corrections, copy editors too for typo fixes. */
    public static void requireApprover(CorrectionKind kind, Actor by) {
        Policy.orThrow(Policy.approveCorrection(by, kind == CorrectionKind.TYPO));
    }

    /**
     * Why the actor may not apply this correction, if they may not: the role rule for its kind (and for the
     * kind they change it to), and with {@code fourEyes} the four-eyes rule, under which whoever proposed a
     * correction, clarification or update does not apply it, nor does anyone who rewrites one while applying
     * it ({@code rewrites}: see {@link #wouldChange}). Typo fixes are exempt. A reader's report has no
     * proposer on the desk.
     */
    public Optional<Refusal> applyRefusal(Actor by, CorrectionKind newKind, boolean rewrites, boolean fourEyes) {
        CorrectionKind target = newKind == null ? kind : newKind;
        String proposer = fromReader ? null : proposedBy;
        for (CorrectionKind each : EnumSet.of(kind, target)) {
            Optional<Refusal> refusal = approvalRefusal(by, each, proposer, fourEyes);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        // a correction turned into a typo fix while applying is still checked as the correction it was
        return rewrites ? rewriteRefusal(by, kind.public_() ? kind : target, fourEyes) : Optional.empty();
    }

    /**
     * The four-eyes rule on top of {@link Policy#approveCorrection(Actor, boolean)}: with {@code fourEyes} on, the
     * proposer of a correction, clarification or update may not apply it themselves; typo fixes are exempt.
     * {@code proposer} is the desk user who proposed it (null for a reader's report: no one on the desk did).
     * With {@code fourEyes} off this is the role rule alone.
     */
    static Optional<Refusal> approvalRefusal(Actor actor, CorrectionKind kind, String proposer, boolean fourEyes) {
        Optional<Refusal> byRole = Policy.approveCorrection(actor, kind == CorrectionKind.TYPO);
        if (byRole.isPresent() || !fourEyes || !kind.public_() || proposer == null || !actor.is(proposer)) {
            return byRole;
        }
        String what = kind.label().toLowerCase(Locale.ROOT);
        return Optional.of(new Refusal(
                Policy.FOUR_EYES,
                "You proposed this " + what + ", so under the four-eyes rule"
                        + " another editor applies it. Ask a colleague to review and apply it."));
    }

    /**
     * The four-eyes rule for an approver who changes a correction's kind, words or notice while applying it:
     * they wrote what readers would see, so someone else applies it. Typo fixes are exempt.
     */
    static Optional<Refusal> rewriteRefusal(Actor actor, CorrectionKind kind, boolean fourEyes) {
        if (!fourEyes || !kind.public_()) {
            return Optional.empty();
        }
        String what = kind.label().toLowerCase(Locale.ROOT);
        return Optional.of(new Refusal(
                Policy.FOUR_EYES,
                "Under the four-eyes rule you cannot change a " + what
                        + "'s kind, words or notice and apply it yourself. Propose your wording as a correction (it can"
                        + " resolve the reader's report) and let another editor apply it."));
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
            throw new IllegalArgumentException("Write the public notice before applying the "
                    + kind.label().toLowerCase() + ".");
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
        resolvedBy = null;
    }

    /**
     * Links this reader's report to the correction that answers it. If that correction is applied already
     * the report is resolved now; if it is still proposed the report waits for it (and leaves the desk's
     * queue, where the correction stands for it). A report already answered cannot be linked again.
     */
    public void resolveWith(Correction answer, Actor by, Instant now) {
        Policy.require(by, Permission.PROPOSE_CORRECTION);
        if (!fromReader) {
            throw new IllegalArgumentException(
                    "Correction " + id + " is not a reader's report; only reports are" + " resolved by a correction.");
        }
        if (answer.fromReader) {
            throw new IllegalArgumentException(
                    "A reader's report is resolved by a correction, not by another report" + " (" + answer.id + ").");
        }
        if (answer.storyId != storyId) {
            throw new IllegalArgumentException("Correction " + answer.id + " is to another story than the report.");
        }
        if (status != CorrectionStatus.PROPOSED) {
            throw new IllegalArgumentException(
                    "This report was " + status.name().toLowerCase() + " already.");
        }
        switch (answer.status) {
            case APPLIED -> resolved(answer, by.username(), now);
            case PROPOSED -> resolvedBy = Objects.requireNonNull(answer.id, "the correction is stored first");
            default ->
                throw new IllegalArgumentException("Correction " + answer.id + " was "
                        + answer.status.name().toLowerCase() + "; it resolves nothing.");
        }
    }

    /** The correction this report waits for was applied (by {@code by}): the report is resolved. */
    public void resolved(Correction applied, String by, Instant now) {
        if (!fromReader || status != CorrectionStatus.PROPOSED || applied.status != CorrectionStatus.APPLIED) {
            throw new IllegalStateException("Report " + id + " (" + status + ") cannot be resolved by correction "
                    + applied.id + " (" + applied.status + ")");
        }
        status = CorrectionStatus.RESOLVED;
        resolvedBy = applied.id;
        decidedBy = by;
        decidedAt = now;
    }

    /** The correction this report waited for was rejected: the report is open again, back in the queue. */
    public void reopen() {
        if (status == CorrectionStatus.PROPOSED) {
            resolvedBy = null;
        }
    }

    /** Whether applying with these values (null: keep) would change what was proposed. */
    public boolean wouldChange(
            CorrectionKind newKind, String newBlockKey, String newBefore, String newAfter, String newNotice) {
        return (newKind != null && newKind != kind)
                || differs(newBlockKey, blockKey)
                || differs(newBefore, before)
                || differs(newAfter, after)
                || differs(newNotice, notice);
    }

    private static boolean differs(String given, String current) {
        return given != null && !given.strip().equals(current == null ? "" : current);
    }

    private void requirePending() {
        if (status != CorrectionStatus.PROPOSED) {
            throw new IllegalArgumentException(
                    "This correction was " + status.name().toLowerCase() + " already.");
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

    public String getReaderContact() {
        return readerContact;
    }

    public Long getResolvedBy() {
        return resolvedBy;
    }

    public long getVersion() {
        return version;
    }
}
