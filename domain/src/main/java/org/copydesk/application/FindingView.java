package org.copydesk.application;

import java.io.Serializable;
import java.time.Instant;
import org.copydesk.domain.copyedit.FindingStatus;
import org.copydesk.domain.copyedit.StoryFinding;

/** A copy-check finding as the copy desk sees it. {@code blockIndex} is -1 for the headline. */
public record FindingView(
        long id,
        String rule,
        String blockKey,
        int blockIndex,
        int start,
        int end,
        String covered,
        String excerpt,
        String message,
        String suggestion,
        FindingStatus status,
        String reason,
        String decidedBy,
        Instant decidedAt)
        implements Serializable {

    static FindingView of(StoryFinding f, int blockIndex) {
        return new FindingView(
                f.getId(),
                f.getRule(),
                f.getBlockKey(),
                blockIndex,
                f.getStart(),
                f.getEnd(),
                f.getCovered(),
                f.getExcerpt(),
                f.getMessage(),
                f.getSuggestion(),
                f.getStatus(),
                f.getReason(),
                f.getDecidedBy(),
                f.getDecidedAt());
    }

    public boolean open() {
        return status == FindingStatus.OPEN;
    }

    /** The rule as the desk reads it ({@link org.copydesk.engine.copycheck.RuleNames}). */
    public String ruleInWords() {
        return org.copydesk.engine.copycheck.RuleNames.inWords(rule);
    }
}
