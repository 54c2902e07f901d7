package org.copydesk.engine.detection;

import java.util.List;
import org.copydesk.domain.sourcing.Cue;

/**
 * "according to X", anywhere in the sentence and in either case ("According to…"). X is the
 * speaker phrase after "to" (see {@link Phrases#endRightOf}); it must name someone, so "according
 * to plan" and "according to the rules" propose nothing. "according to him" is a pronoun
 * follow-up. The span runs from "according" to the last word of X: "according to a statement
 * from the finance ministry in Athens", "according to a draft agreement seen by reporters" (an agent
 * after a participle belongs to X; the source is the document).
 */
final class AccordingToRecogniser implements CueRecogniser {

    @Override
    public void find(String blockText, Sentence s, StoryMemory memory, List<Candidate> out) {
        for (int i = 0; i + 2 < s.size(); i++) {
            Token t = s.token(i);
            if (t.quoted() || !t.is("according") || !s.token(i + 1).is("to")) {
                continue;
            }
            Token object = s.token(i + 2);
            if (Lexicon.OBJECT_PRONOUNS.contains(object.lower())) {
                out.add(Candidate.pronoun(t.start(), object.end(), Cue.ACCORDING_TO, object.text()));
                continue;
            }
            int end = Phrases.endOverAgent(s, i + 2);
            if (end < 0) {
                continue;
            }
            Speaker speaker = Speakers.classify(blockText, s, i + 2, end, memory);
            if (speaker != null) {
                out.add(Candidate.named(t.start(), s.token(end - 1).end(), Cue.ACCORDING_TO, speaker));
                i = end - 1;
            }
        }
    }
}
