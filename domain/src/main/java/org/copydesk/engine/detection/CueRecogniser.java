package org.copydesk.engine.detection;

import java.util.List;

/** Finds one family of cues in a sentence. Implementations are stateless. */
interface CueRecogniser {

    /**
     * Adds what it finds in the sentence to {@code out}.
     *
     * @param blockText the text of the block the sentence is in (offsets are into it)
     * @param s the sentence
     * @param memory what the story has named so far
     */
    void find(String blockText, Sentence s, StoryMemory memory, List<Candidate> out);
}
