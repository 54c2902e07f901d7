package org.copydesk.engine.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.copydesk.domain.sourcing.Cue;
import org.copydesk.domain.sourcing.DetectedAttribution;
import org.copydesk.domain.story.Block;

/**
 * Proposes attributions from a story's text: spans that make a claim on someone's word, and who
 * that someone is (see DESIGN, "Sources and attributions").
 *
 * <h2>How</h2>
 * Each block is cut into sentences and tokens by LanguageTool's English tokenizers
 * ({@link Segmenter}). Five recognisers look for cues in each sentence:
 * <ul>
 *   <li>{@link ReportingVerbRecogniser}: "X said", "…, X said.", "said X", "X, who said", "X
 *       declined to comment", "X wrote on X that", "X posted on Facebook:", "X was quoted by Y as
 *       saying", "a filing showed", with the speaker's name and role (cues {@link Cue#NAMED_SPEAKER},
 *       {@link Cue#MEDIA}, {@link Cue#REPORTING_VERB});
 *   <li>{@link AccordingToRecogniser}: "according to X" ({@link Cue#ACCORDING_TO});
 *   <li>{@link FootageRecogniser}: "Another video apparently shows", "a man can be heard saying in
 *       the video" ({@link Cue#FOOTAGE});
 *   <li>{@link HedgeRecogniser}: "reportedly", "purportedly", "is said to" ({@link Cue#HEDGE});
 *   <li>{@link PhotoCreditRecogniser}: "(Photo via AFP)" ({@link Cue#PHOTO_CREDIT}), per block.
 * </ul>
 * Who a phrase names, and as what kind of source, is {@link Speakers}' job; pronoun and surname
 * follow-ups are resolved by {@link StoryMemory}, which first reads the people the whole story names
 * in full.
 *
 * <h2>One sentence, several cues</h2>
 * A sentence may carry several attributions, but never two for the same source (same name and
 * kind, ignoring case): the first one stands. A named source outweighs footage, and footage
 * outweighs a hedge: when a sentence names a source, its hedges and footage are not proposed
 * ("Russia has reportedly sent troops" proposes "unnamed reports"; "Officials said the convoy was
 * reportedly heading north" proposes only the officials). A sentence proposes at most one hedge.
 * Picture credits are always proposed. Of two proposals whose spans overlap, the first found stands.
 *
 * <h2>Results</h2>
 * In text order: by block, then by offset. Every span satisfies
 * {@code block.text().substring(start, end).equals(span)}.
 *
 * <p>Thread-safe and meant to be created once: construction starts LanguageTool and warms its
 * sentence rules up (about half a second to a second); {@link #detect} then takes a few
 * milliseconds for a story the seed's size and keeps its working state in local variables.
 */
public final class AttributionDetector {

    private final Segmenter segmenter;
    private final List<CueRecogniser> recognisers = List.of(
            new ReportingVerbRecogniser(), new AccordingToRecogniser(), new FootageRecogniser(), new HedgeRecogniser());
    private final PhotoCreditRecogniser credits = new PhotoCreditRecogniser();

    /**
     * Starts LanguageTool's English tokenizers and loads its part-of-speech dictionary
     * ({@link WordClasses}), so the first story pays for neither.
     *
     * @throws IllegalStateException if LanguageTool's English tokenizers cannot start
     */
    public AttributionDetector() {
        this.segmenter = new Segmenter();
        WordClasses.isCommonNoun("warm-up");
    }

    /**
     * The attributions the blocks' text proposes, in text order.
     *
     * @param blocks a story's body, in order; the order matters for pronoun follow-ups
     */
    public List<DetectedAttribution> detect(List<Block> blocks) {
        Objects.requireNonNull(blocks, "blocks");
        StoryMemory memory = new StoryMemory();
        List<List<Sentence>> split = new ArrayList<>();
        for (Block block : blocks) {
            List<Sentence> sentences =
                    segmenter.split(Objects.requireNonNull(block, "block").text());
            memory.learnNames(split.size(), sentences);
            split.add(sentences);
        }
        List<DetectedAttribution> result = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            String text = block.text();
            List<Sentence> sentences = split.get(b);
            List<List<Candidate>> perSentence = new ArrayList<>();
            for (Sentence s : sentences) {
                List<Candidate> found = new ArrayList<>();
                for (CueRecogniser recogniser : recognisers) {
                    recogniser.find(text, s, memory, found);
                }
                perSentence.add(found);
            }
            for (PhotoCreditRecogniser.Located credit : credits.find(text, sentences)) {
                perSentence.get(credit.sentence()).add(credit.candidate());
            }
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                for (Candidate c : weigh(perSentence.get(i), b, memory)) {
                    String claim = c.claim() != null ? c.claim() : s.text();
                    DetectedAttribution a = new DetectedAttribution(
                            block.key(),
                            b,
                            c.start(),
                            c.end(),
                            text.substring(c.start(), c.end()),
                            claim,
                            c.cue(),
                            c.speaker().name(),
                            c.speaker().kind(),
                            c.speaker().role());
                    result.add(a);
                    memory.remember(a, c.speaker());
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Who the words {@code [start, end)} of a block name, when an editor marked them by hand as a claim
     * the list missed: the detector's proposal for those words if it has one, else a guess from the
     * cues and phrases in and around them ({@link SelectionReader}). Never throws for text it cannot
     * read: it answers {@link ManualProposal#NONE}.
     *
     * @param blocks the story's body, in order (earlier blocks resolve pronouns and surnames)
     * @param blockIndex the block the words are in
     * @throws IllegalArgumentException if the block or the offsets are out of range
     */
    public ManualProposal propose(List<Block> blocks, int blockIndex, int start, int end) {
        Objects.requireNonNull(blocks, "blocks");
        return new SelectionReader(segmenter, recognisers, credits)
                .read(detect(blocks), blocks, blockIndex, start, end);
    }

    /** Resolves pronouns and keeps what one sentence proposes; see the class comment. */
    private static List<Candidate> weigh(List<Candidate> found, int blockIndex, StoryMemory memory) {
        List<Candidate> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt(Candidate::start));
        List<Candidate> resolved = new ArrayList<>();
        List<Speaker> earlier = new ArrayList<>();
        for (Candidate c : ordered) {
            if (c.pronoun() != null) {
                Speaker to = memory.resolve(c.pronoun(), blockIndex, c.start(), earlier);
                c = c.resolved(to != null ? to : Speakers.unresolved(c.pronoun()));
            }
            if (c.strength() == Candidate.Strength.NAMED) {
                earlier.add(c.speaker());
            }
            resolved.add(c);
        }
        boolean named = resolved.stream().anyMatch(c -> c.strength() == Candidate.Strength.NAMED);
        boolean footage = resolved.stream().anyMatch(c -> c.strength() == Candidate.Strength.FOOTAGE);
        List<Candidate> kept = new ArrayList<>();
        Set<String> sources = new HashSet<>();
        boolean hedged = false;
        for (Candidate c : resolved) {
            Candidate.Strength strength = c.strength();
            if (strength == Candidate.Strength.FOOTAGE && named
                    || strength == Candidate.Strength.HEDGE && (named || footage || hedged)) {
                continue;
            }
            String source = c.speaker().kind() + ":" + c.speaker().name().toLowerCase(Locale.ROOT);
            if (sources.contains(source) || kept.stream().anyMatch(c::overlaps)) {
                continue;
            }
            sources.add(source);
            hedged |= strength == Candidate.Strength.HEDGE;
            kept.add(c);
        }
        return kept;
    }
}
