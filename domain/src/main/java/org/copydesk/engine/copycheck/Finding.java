package org.copydesk.engine.copycheck;

import java.util.Objects;

/**
 * One thing the copy check reports: a span of a block's text (or of the headline) that a rule
 * thinks is wrong, with what to put there instead when the rule knows.
 *
 * @param rule the rule that reported it: {@link NameConsistencyRule#ID} or a LanguageTool rule id
 *     such as {@code MORFOLOGIK_RULE_EN_US}
 * @param blockKey the key of the block, or {@link #HEADLINE_KEY} for the headline
 * @param blockIndex the position of the block in the body (0-based), or {@link #HEADLINE_INDEX}
 * @param start the first character of the span, an offset into the block's (or headline's) text
 * @param end the character after the span
 * @param excerpt the sentence around the span, or at most 80 characters of it around the span
 * @param message what is wrong, for the copy editor
 * @param suggestion the replacement for the span, or {@code null} when the rule has none
 */
public record Finding(
        String rule,
        String blockKey,
        int blockIndex,
        int start,
        int end,
        String excerpt,
        String message,
        String suggestion) {

    /** The {@link #blockKey()} of findings in the headline. */
    public static final String HEADLINE_KEY = "headline";

    /** The {@link #blockIndex()} of findings in the headline. */
    public static final int HEADLINE_INDEX = -1;

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(blockKey, "blockKey");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(message, "message");
        if (blockIndex < HEADLINE_INDEX) {
            throw new IllegalArgumentException("block index " + blockIndex);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span " + start + ".." + end);
        }
    }

    /** Whether the finding is in the headline rather than in a body block. */
    public boolean inHeadline() {
        return blockIndex == HEADLINE_INDEX;
    }
}
