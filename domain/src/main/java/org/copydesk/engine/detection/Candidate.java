package org.copydesk.engine.detection;

import org.copydesk.domain.sourcing.Cue;

/**
 * An attribution a recogniser proposes for one sentence, before the sentence's proposals are
 * weighed against each other (see {@link AttributionDetector}).
 *
 * @param start offset of the span in the block's text
 * @param end offset just past the span
 * @param cue the cue
 * @param speaker the source, or {@code null} while {@code pronoun} waits to be resolved
 * @param pronoun the pronoun that names the source ("It said"), or {@code null}
 * @param strength how the proposal weighs against others in the same sentence
 * @param claim the claim when it is not the sentence itself (picture credits), or {@code null}
 */
record Candidate(int start, int end, Cue cue, Speaker speaker, String pronoun, Strength strength, String claim) {

    /**
     * Named sources outweigh footage, and footage outweighs a bare hedge: "Video footage …
     * appearing to show …, local media reported" is local media's claim, and "Another video
     * apparently shows" is the video's. Credits stand apart: they vouch for the picture, not for
     * the caption's words.
     */
    enum Strength {
        CREDIT,
        NAMED,
        FOOTAGE,
        HEDGE
    }

    static Candidate named(int start, int end, Cue cue, Speaker speaker) {
        return new Candidate(start, end, cue, speaker, null, Strength.NAMED, null);
    }

    static Candidate pronoun(int start, int end, Cue cue, String pronoun) {
        return new Candidate(start, end, cue, null, pronoun, Strength.NAMED, null);
    }

    Candidate resolved(Speaker to) {
        return new Candidate(start, end, cue, to, pronoun, strength, claim);
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }
}
