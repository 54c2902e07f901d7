package org.copydesk.engine.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.copydesk.domain.sourcing.DetectedAttribution;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;

/**
 * On any mix of sentences, cut and glued anyhow, detection never throws, every span is the text at
 * its offsets, and the results come in text order.
 */
class DetectionPropertyTest {

    /** Sentences with every kind of cue, sentences without, and pieces that break them up. */
    private static final List<String> PIECES = List.of(
            "Anna Schmidt wrote on X that the deal was close.",
            "The deal is close, people briefed on the talks said.",
            "An official who asked not to be named said the deal was close.",
            "Edith Marlow, 71, from Stockport, who paid a deposit of €85,000 for a villa, said",
            "Anna Schmidt was quoted by the TASS news agency as saying the talks had failed.",
            "“We will appeal,” Anna Schmidt was quoted as saying by the daily Le Figaro.",
            "According to the ministry’s website, the border will close.",
            "A video filmed by a resident and shared widely online shows waves breaking.",
            "Court filings show the company lost money.",
            "The Guardian reported on Sunday that",
            "Rescue workers search the rubble, October 31, 2020. (Photo by Reuters)",
            "The ship reportedly sank. He said the crew was safe.",
            "“It is not a bubble,” one of them said.",
            "Khalid al-Rashid, a member of the delegation,",
            "The report was published on Tuesday.",
            "He tweets often about football.",
            "Sources of funding dried up.",
            "said",
            "told",
            "according to",
            "quoted as saying",
            "wrote on",
            "who",
            "of them",
            ",",
            ", ",
            "“",
            "”",
            "‘",
            "’",
            "\"",
            "'",
            "(",
            ")",
            ":",
            " — ",
            ".",
            "?",
            "\n",
            "  ",
            "Mr.",
            "U.S.",
            "10,000",
            "al-",
            "-based",
            "KC",
            "Le",
            "Der");

    @Provide
    Arbitrary<List<String>> stories() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(PIECES),
                Arbitraries.strings().withChars("aZ ,.“”’'-éß€0").ofMaxLength(12));
        Arbitrary<String> block = piece.list()
                .ofMinSize(1)
                .ofMaxSize(14)
                .map(pieces -> String.join(" ", pieces))
                .filter(text -> !text.isBlank());
        return block.list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 150)
    void spansAreTheTextAtTheirOffsetsAndDetectionNeverThrows(@ForAll("stories") List<String> texts) {
        List<Block> blocks = new ArrayList<>();
        for (String text : texts) {
            blocks.add(Block.of(BlockType.PARAGRAPH, text));
        }
        List<DetectedAttribution> found = Stories.detector().detect(blocks);
        DetectedAttribution previous = null;
        for (DetectedAttribution a : found) {
            String text = blocks.get(a.blockIndex()).text();
            assertTrue(a.start() >= 0 && a.start() < a.end() && a.end() <= text.length(), a::toString);
            assertEquals(a.span(), text.substring(a.start(), a.end()));
            assertTrue(!a.sourceName().isBlank(), a::toString);
            DetectedAttribution before = previous;
            if (before != null) {
                assertTrue(
                        a.blockIndex() > before.blockIndex()
                                || a.blockIndex() == before.blockIndex() && a.start() >= before.start(),
                        a::toString);
            }
            previous = a;
        }
    }
}
