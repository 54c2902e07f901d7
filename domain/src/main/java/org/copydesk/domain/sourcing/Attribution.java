package org.copydesk.domain.sourcing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.copydesk.domain.sourcing.AttributionDecision.Action;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;

/**
 * A span of a story's text that makes a claim on someone's word, and the source it rests on. Found by
 * the detector or added by an editor; linked, rejected or waived by an editor.
 */
@Entity
@Table(name = "attribution")
public class Attribution {

    @Id
    @SequenceGenerator(name = "attribution_seq", sequenceName = "attribution_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attribution_seq")
    private Long id;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Column(name = "block_key", nullable = false, length = 12)
    private String blockKey;

    @Column(name = "span_start", nullable = false)
    private int start;

    @Column(name = "span_end", nullable = false)
    private int end;

    public static final int SPAN_MAX = 1000;
    public static final int CLAIM_MAX = 4000;

    @Column(nullable = false, length = SPAN_MAX)
    private String span;

    @Column(nullable = false, length = CLAIM_MAX)
    private String claim;

    @Column(length = 30)
    private String cue;

    @Column(name = "proposed_name", length = Source.NAME_MAX)
    private String proposedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_kind", length = 20)
    private SourceKind proposedKind;

    @Column(name = "proposed_role", length = 300)
    private String proposedRole;

    @Column(name = "source_id")
    private Long sourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttributionStatus status;

    /** Whether the span is still in the story's current text. */
    @Column(nullable = false)
    private boolean present;

    @Column(nullable = false)
    private boolean waived;

    @Column(length = 2000)
    private String note;

    /**
     * Why anonymity was granted, for a claim linked to an anonymous source (see {@link Anonymity}); null for
     * any other source, and for claims linked before the rule (migration V16). Also on the history line that
     * gave it.
     */
    @Column(name = "anonymity_reason", length = Anonymity.REASON_MAX)
    private String anonymityReason;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /**
     * The claim's words changed after it was decided (a verb, a spelling fix: the same claim, so the decision
     * was kept); shown to the editor until confirmed.
     */
    @Column(name = "changed_since_review", nullable = false)
    private boolean changedSinceReview;

    /** The words the last decision was made on. */
    @Column(name = "reviewed_span", length = SPAN_MAX)
    private String reviewedSpan;

    @ElementCollection
    @CollectionTable(name = "attribution_decision", joinColumns = @JoinColumn(name = "attribution_id"))
    @OrderColumn(name = "position")
    private List<AttributionDecision> decisions = new ArrayList<>();

    @Version
    private long version;

    protected Attribution() {
        // for JPA
    }

    public Attribution(
            long storyId,
            String blockKey,
            int start,
            int end,
            String span,
            String claim,
            String cue,
            String proposedName,
            SourceKind proposedKind,
            String proposedRole) {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("an attribution covers at least one character");
        }
        this.storyId = storyId;
        this.blockKey = Objects.requireNonNull(blockKey);
        this.start = start;
        this.end = end;
        // what the detector copies out of the text is cut to its column: a 20,000-character paragraph
        // with one reporting verb must not make the save fail
        this.span = fit(Objects.requireNonNull(span), SPAN_MAX);
        this.claim = fit(claim == null ? span : claim, CLAIM_MAX);
        this.cue = fit(cue, 30);
        this.proposedName = fit(proposedName, Source.NAME_MAX);
        this.proposedKind = proposedKind;
        this.proposedRole = fit(proposedRole, 300);
        this.status = AttributionStatus.PROPOSED;
        this.present = true;
    }

    /** Words an editor marked on the text as a claim the detector missed, with the proposal made for them. */
    public static Attribution marked(
            long storyId,
            String blockKey,
            int start,
            int end,
            String span,
            String claim,
            String proposedName,
            SourceKind proposedKind,
            String proposedRole,
            Actor by,
            Instant now) {
        requireEditor(by);
        Attribution a = new Attribution(
                storyId, blockKey, start, end, span, claim, MANUAL, proposedName, proposedKind, proposedRole);
        a.record(Action.MARKED, null, by.username(), now);
        return a;
    }

    /** The cue of an attribution marked by hand. */
    public static final String MANUAL = "MANUAL";

    private static void requireEditor(Actor by) {
        Policy.require(by, Permission.RUN_SOURCING_REVIEW);
    }

    private void record(Action action, String decisionNote, String actor, Instant at) {
        record(action, decisionNote, null, actor, at);
    }

    private void record(Action action, String decisionNote, String reason, String actor, Instant at) {
        decisions.add(new AttributionDecision(action, sourceId, span, decisionNote, reason, actor, at));
    }

    /** A decision was made on the words as they stand now. */
    private void decided(Action action, String decisionNote, Actor by, Instant now) {
        decided(action, decisionNote, null, by, now);
    }

    private void decided(Action action, String decisionNote, String reason, Actor by, Instant now) {
        this.decidedBy = by.username();
        this.decidedAt = now;
        this.changedSinceReview = false;
        this.reviewedSpan = span;
        record(action, decisionNote, reason, by.username(), now);
    }

    /** Links the claim to a source that is not anonymous (an anonymous one is refused: it needs the reason). */
    public void link(Source source, Actor by, Instant now) {
        link(source, null, by, now);
    }

    /**
     * Links the claim to a source. An anonymous source needs the reason anonymity was granted (see
     * {@link Anonymity#reason}: stripped, 10 to 1000 characters), kept on the claim and on the history line;
     * without it nothing changes and {@link AnonymityReasonException} says so. For any other source the reason
     * is not asked and not kept.
     */
    public void link(Source source, String anonymityReason, Actor by, Instant now) {
        requireEditor(by);
        if (source.getMergedInto() != null) {
            throw new IllegalArgumentException("That source was merged into another; link that one.");
        }
        String reason = Anonymity.asksReason(source) ? Anonymity.reason(anonymityReason) : null;
        this.sourceId = source.getId();
        this.status = AttributionStatus.LINKED;
        this.anonymityReason = reason;
        decided(Action.LINKED, null, reason, by, now);
    }

    /**
     * Points at the record a duplicate source was merged into; the history says so, and the claim keeps the
     * reason anonymity was granted that it had. Refused when the claim would come to rest on an anonymous source
     * without a reason from one that is not anonymous ({@link Anonymity#merge} checks every claim first).
     */
    public void relink(Source duplicate, Source survivor, Actor by, Instant now) {
        if (relinkLacksReason(duplicate, survivor)) {
            throw new AnonymityReasonException("“" + span + "” would rest on the anonymous source “"
                    + survivor.getName() + "” without a reason why anonymity was granted.");
        }
        this.sourceId = survivor.getId();
        record(Action.RELINKED, "Source merged into #" + survivor.getId(), anonymityReason, by.username(), now);
    }

    /** Whether following a merge from the duplicate would put this claim on an anonymous source without a reason. */
    boolean relinkLacksReason(Source duplicate, Source survivor) {
        return Anonymity.asksReason(survivor)
                && !Anonymity.asksReason(duplicate)
                && anonymityReason == null
                && status == AttributionStatus.LINKED;
    }

    /**
     * The source this claim is linked to became anonymous in the registry, and the editor said why anonymity
     * was granted: the reason is kept on the claim and a line of its history says so.
     */
    void anonymityGiven(Source source, String reason, Actor by, Instant now) {
        requireEditor(by);
        if (sourceId == null || !sourceId.equals(source.getId())) {
            throw new IllegalArgumentException("“" + span + "” is not linked to “" + source.getName() + "”.");
        }
        this.anonymityReason = Anonymity.reason(reason);
        record(
                Action.ANONYMITY_GIVEN,
                "Source made anonymous: " + source.getName(),
                anonymityReason,
                by.username(),
                now);
    }

    public void reject(String reason, Actor by, Instant now) {
        requireEditor(by);
        this.status = AttributionStatus.REJECTED;
        this.sourceId = null;
        this.anonymityReason = null;
        this.waived = false;
        this.note = reason == null || reason.isBlank() ? null : reason.strip();
        decided(Action.REJECTED, note, by, now);
    }

    /** Lets the gate pass although the linked source is unverified or disputed; a note says why. */
    public void waive(String reason, Actor by, Instant now) {
        requireEditor(by);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A waiver needs a note saying why the claim may run as it is.");
        }
        this.waived = true;
        this.note = reason.strip();
        decided(Action.WAIVED, note, by, now);
    }

    /**
     * The claim's words changed but it is the same claim (the caller has checked: same sentence, same
     * speaker, or a copy fix inside it): the span follows the new words and a decision already made is kept,
     * marked "changed since review" until an editor confirms it.
     */
    public void follow(
            String newBlockKey, int newStart, int newEnd, String newSpan, String newClaim, String by, Instant now) {
        if (newStart < 0 || newEnd <= newStart) {
            throw new IllegalArgumentException("an attribution covers at least one character");
        }
        boolean wordsChanged = !newSpan.equals(span);
        this.blockKey = Objects.requireNonNull(newBlockKey);
        this.start = newStart;
        this.end = newEnd;
        this.span = fit(newSpan, SPAN_MAX);
        this.claim = fit(newClaim == null ? newSpan : newClaim, CLAIM_MAX);
        this.present = true;
        if (wordsChanged && isDecided()) {
            this.changedSinceReview = true;
            record(Action.CHANGED, null, by, now);
        }
    }

    /** An editor looked at a decided claim whose words changed and keeps the decision. */
    public void confirm(Actor by, Instant now) {
        requireEditor(by);
        if (!changedSinceReview) {
            throw new IllegalArgumentException("Nothing to confirm: the claim has not changed since it was reviewed.");
        }
        this.changedSinceReview = false;
        this.reviewedSpan = span;
        record(Action.CONFIRMED, null, by.username(), now);
    }

    /**
     * The sentence around unchanged words changed (words added elsewhere in it): the claim is kept current, so
     * that a later change to its own words is compared with the sentence as it stands.
     */
    public void restate(String sentence) {
        if (sentence != null && !sentence.isBlank()) {
            this.claim = fit(sentence, CLAIM_MAX);
        }
    }

    public static final int ROLE_MAX = 300;

    /**
     * Corrects who the claim is proposed to rest on, before any source is made from it: the detector's
     * guess (or a hand-marked claim's) may name the wrong words, kind or role. Editors only; only an
     * undecided claim (a decided one has its source, whose record is edited in the registry).
     *
     * @param name trimmed, inner whitespace folded; 1 to {@link Source#NAME_MAX} characters
     * @param kind required
     * @param role trimmed, blank for none, at most {@link #ROLE_MAX} characters
     */
    public void editProposal(String name, SourceKind kind, String role, Actor by, Instant now) {
        requireEditor(by);
        if (status != AttributionStatus.PROPOSED) {
            throw new IllegalArgumentException("Only an undecided claim's proposal can be edited; this one is "
                    + status.name().toLowerCase() + ".");
        }
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            throw new IllegalArgumentException("Type the name of the source the claim rests on.");
        }
        if (n.length() > Source.NAME_MAX) {
            throw new IllegalArgumentException("A source's name has at most " + Source.NAME_MAX + " characters.");
        }
        if (kind == null) {
            throw new IllegalArgumentException("Say what kind of source it is.");
        }
        String r = role == null ? "" : role.strip().replaceAll("\\s+", " ");
        if (r.length() > ROLE_MAX) {
            throw new IllegalArgumentException("A role has at most " + ROLE_MAX + " characters.");
        }
        this.proposedName = n;
        this.proposedKind = kind;
        this.proposedRole = r.isEmpty() ? null : r;
        record(Action.PROPOSAL_EDITED, n + " · " + kind.name() + (r.isEmpty() ? "" : " · " + r), by.username(), now);
    }

    /** After an edit: the span moved within its block, or is gone from the text. */
    public void relocate(int newStart, int newEnd, boolean stillPresent) {
        this.start = newStart;
        this.end = newEnd;
        this.present = stillPresent;
    }

    public boolean isDecided() {
        return status != AttributionStatus.PROPOSED;
    }

    public Long getId() {
        return id;
    }

    public long getStoryId() {
        return storyId;
    }

    public String getBlockKey() {
        return blockKey;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public String getSpan() {
        return span;
    }

    public String getClaim() {
        return claim;
    }

    public String getCue() {
        return cue;
    }

    public String getProposedName() {
        return proposedName;
    }

    public SourceKind getProposedKind() {
        return proposedKind;
    }

    public String getProposedRole() {
        return proposedRole;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public AttributionStatus getStatus() {
        return status;
    }

    public boolean isPresent() {
        return present;
    }

    public boolean isWaived() {
        return waived;
    }

    public String getNote() {
        return note;
    }

    /** Why anonymity was granted, when the claim rests on an anonymous source (null before the rule). */
    public String getAnonymityReason() {
        return anonymityReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }

    public boolean isChangedSinceReview() {
        return changedSinceReview;
    }

    public String getReviewedSpan() {
        return reviewedSpan;
    }

    /** Every decision and change, oldest first. */
    public List<AttributionDecision> getDecisions() {
        return List.copyOf(decisions);
    }

    /** Whether an editor marked it by hand. */
    public boolean isManual() {
        return MANUAL.equals(cue);
    }

    private static String fit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
