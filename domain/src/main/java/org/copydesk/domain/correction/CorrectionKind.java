package org.copydesk.domain.correction;

/**
 * What a correction is. A TYPO fix is logged but shows no public notice, as newsrooms do for small
 * copy fixes; the others carry a dated public notice under the story.
 */
public enum CorrectionKind {
    TYPO,
    CORRECTION,
    CLARIFICATION,
    UPDATE;

    public boolean public_() {
        return this != TYPO;
    }

    public String label() {
        return switch (this) {
            case TYPO -> "Typo fix";
            case CORRECTION -> "Correction";
            case CLARIFICATION -> "Clarification";
            case UPDATE -> "Update";
        };
    }
}
