package org.copydesk.domain.copyedit;

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
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;

/**
 * A copy-check finding on a story, kept so that decisions survive re-checks: the rule, where it is
 * (block key and offsets, or the headline), the words it covers, the message and the suggestion.
 */
@Entity
@Table(name = "finding")
public class StoryFinding {

    public static final String HEADLINE = "headline";

    @Id
    @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
    private Long id;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Column(nullable = false, length = 80)
    private String rule;

    @Column(name = "block_key", nullable = false, length = 12)
    private String blockKey;

    @Column(name = "span_start", nullable = false)
    private int start;

    @Column(name = "span_end", nullable = false)
    private int end;

    /** The words the finding covers, as they were when it was found. */
    @Column(nullable = false, length = 500)
    private String covered;

    @Column(nullable = false, length = 1000)
    private String excerpt;

    @Column(nullable = false, length = 1000)
    private String message;

    @Column(length = 500)
    private String suggestion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FindingStatus status;

    @Column(length = 1000)
    private String reason;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected StoryFinding() {
        // for JPA
    }

    public StoryFinding(
            long storyId,
            String rule,
            String blockKey,
            int start,
            int end,
            String covered,
            String excerpt,
            String message,
            String suggestion) {
        this.storyId = storyId;
        this.rule = Objects.requireNonNull(rule);
        this.blockKey = Objects.requireNonNull(blockKey);
        this.start = start;
        this.end = end;
        this.covered = Objects.requireNonNull(covered);
        this.excerpt = cut(excerpt, 1000);
        this.message = cut(message, 1000);
        this.suggestion = suggestion == null ? null : cut(suggestion, 500);
        this.status = FindingStatus.OPEN;
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

    static void requireCopyDesk(Actor by) {
        Policy.require(by, Permission.DECIDE_FINDINGS);
    }

    public void applied(Actor by, Instant now) {
        requireCopyDesk(by);
        requireOpen();
        status = FindingStatus.APPLIED;
        decidedBy = by.username();
        decidedAt = now;
    }

    public void dismiss(String why, Actor by, Instant now) {
        requireCopyDesk(by);
        requireOpen();
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("Say why the finding is dismissed.");
        }
        status = FindingStatus.DISMISSED;
        reason = cut(why.strip(), 1000);
        decidedBy = by.username();
        decidedAt = now;
    }

    private void requireOpen() {
        if (status != FindingStatus.OPEN) {
            throw new IllegalArgumentException(
                    "This finding was " + status.name().toLowerCase() + " already.");
        }
    }

    /** Whether a fresh finding is this one again (same rule, same words, same place in the text). */
    public boolean sameAs(String otherRule, String otherBlockKey, String otherCovered) {
        return rule.equals(otherRule) && blockKey.equals(otherBlockKey) && covered.equals(otherCovered);
    }

    public void moveTo(int newStart, int newEnd) {
        this.start = newStart;
        this.end = newEnd;
    }

    public Long getId() {
        return id;
    }

    public long getStoryId() {
        return storyId;
    }

    public String getRule() {
        return rule;
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

    public String getCovered() {
        return covered;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public String getMessage() {
        return message;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
