package org.copydesk.engine.detection;

import java.util.List;
import java.util.Set;
import org.copydesk.domain.sourcing.Cue;
import org.copydesk.domain.sourcing.SourceKind;

/**
 * Hedges: words with which the reporter passes a claim on without saying whose it is —
 * "reportedly", "purportedly", "apparently", "allegedly", "supposedly", "reputedly"; "is said to",
 * "are reported to", "is believed to", "it is reported that"; "appears to show", "appearing to
 * show".
 *
 * <p>Decisions:
 * <ul>
 *   <li>The source of a bare hedge is unknown, so it is proposed as {@code "unnamed reports"},
 *       kind {@link SourceKind#MEDIA_REPORT}: the text says only that the claim has been reported,
 *       and the editor either links the real report or has the reporter name it. If the sentence
 *       names a source or shows footage, that proposal replaces the hedge (see {@link Candidate.Strength}).
 *   <li>"apparently" is always a hedge, even as a plain adverb ("the road was apparently empty"):
 *       the reporter signals that the claim is not their own observation, which is exactly what a
 *       sourcing review must look at. The cost of a false alarm is one proposal to dismiss.
 *   <li>A hedge inside a quotation is the quoted speaker's, not the reporter's, and is ignored.
 *   <li>"is expected to", "is likely to" are forecasts in the reporter's own voice, not hedges.
 * </ul>
 */
final class HedgeRecogniser implements CueRecogniser {

    /** The source name given to hedges without a named source. */
    static final String UNNAMED_REPORTS = "unnamed reports";

    private static final Set<String> INTENSIFIERS = Set.of("widely", "now", "also", "generally", "still", "long");

    @Override
    public void find(String blockText, Sentence s, StoryMemory memory, List<Candidate> out) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (t.quoted() || !t.isWord()) {
                continue;
            }
            String l = t.lower();
            int end = -1;
            if (Lexicon.HEDGE_ADVERBS.contains(l)) {
                end = i + 1;
            } else if (Lexicon.BE_FORMS.contains(l)) {
                int k = i + 1;
                if (s.at(k) != null && INTENSIFIERS.contains(s.token(k).lower())) {
                    k++;
                }
                Token participle = s.at(k);
                Token next = s.at(k + 1);
                if (participle != null
                        && next != null
                        && Lexicon.HEDGE_PARTICIPLES.contains(participle.lower())
                        && (next.is("to") || next.is("that"))) {
                    end = k + 2;
                }
            } else if (Lexicon.SEEM_VERBS.contains(l)
                    && s.at(i + 1) != null
                    && s.token(i + 1).is("to")
                    && s.at(i + 2) != null
                    && Lexicon.SHOW_VERBS.contains(s.token(i + 2).lower())) {
                end = i + 3;
            }
            if (end > 0) {
                Speaker unnamed = new Speaker(UNNAMED_REPORTS, SourceKind.MEDIA_REPORT, null, false, false);
                out.add(new Candidate(
                        t.start(), s.token(end - 1).end(), Cue.HEDGE, unnamed, null, Candidate.Strength.HEDGE, null));
                i = end - 1;
            }
        }
    }
}
