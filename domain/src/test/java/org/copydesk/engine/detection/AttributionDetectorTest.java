package org.copydesk.engine.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copydesk.domain.sourcing.Cue;
import org.copydesk.domain.sourcing.DetectedAttribution;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.junit.jupiter.api.Test;

/** The detector's contract: offsets, order, immutability, no state between calls, thread safety. */
class AttributionDetectorTest {

    @Test
    void anEmptyStoryProposesNothing() {
        assertEquals(List.of(), Stories.detector().detect(List.of()));
    }

    @Test
    void blocksAreRequired() {
        AttributionDetector detector = Stories.detector();
        assertThrows(NullPointerException.class, () -> detector.detect(null));
    }

    @Test
    void resultsAreInTextOrderAndCannotBeChanged() {
        List<DetectedAttribution> found = Stories.detector().detect(Stories.blocks(Stories.SEED));
        List<DetectedAttribution> sorted = new ArrayList<>(found);
        sorted.sort(
                Comparator.comparingInt(DetectedAttribution::blockIndex).thenComparingInt(DetectedAttribution::start));
        assertEquals(sorted, found);
        assertThrows(UnsupportedOperationException.class, () -> found.add(found.get(0)));
    }

    @Test
    void offsetsHoldForEveryBlockType() {
        List<Block> blocks = List.of(
                Block.of(BlockType.SUBHEADING, "Officials say talks stall"),
                Block.of(BlockType.QUOTE, "“The talks have stalled,” an official said."),
                Block.of(BlockType.CAPTION, "A ship leaves port, May 2, 2024. (Photo: Reuters)"),
                Block.of(BlockType.PARAGRAPH, "Line one of a block\nwhere the police said more."));
        List<DetectedAttribution> found = Stories.detector().detect(blocks);
        assertEquals(4, found.size(), () -> SeedAttributionsTest.describe(found));
        for (DetectedAttribution a : found) {
            Block block = blocks.get(a.blockIndex());
            assertEquals(block.key(), a.blockKey());
            assertEquals(a.span(), block.text().substring(a.start(), a.end()));
        }
        assertEquals("A ship leaves port, May 2, 2024.", found.get(2).claim());
    }

    @Test
    void callsAreIndependentAndRepeatable() {
        List<Block> seed = Stories.blocks(Stories.SEED);
        List<DetectedAttribution> first = Stories.detector().detect(seed);
        Stories.detector().detect(Stories.blocks(Stories.GREEK));
        assertEquals(first, Stories.detector().detect(seed));
    }

    @Test
    void oneDetectorServesManyThreads() throws Exception {
        AttributionDetector detector = Stories.detector();
        List<List<Block>> stories =
                List.of(Stories.blocks(Stories.SEED), Stories.blocks(Stories.GREEK), Stories.blocks(Stories.HOKKAIDO));
        List<List<DetectedAttribution>> expected =
                stories.stream().map(detector::detect).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int story = i % stories.size();
                runs.add(pool.submit(() -> detector.detect(stories.get(story)).equals(expected.get(story))));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAttributionsSpanMustFitItsOffsets() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new DetectedAttribution(
                        "k", 0, 3, 5, "said", "They said so.", Cue.REPORTING_VERB, "they", SourceKind.ANONYMOUS, null));
        assertEquals(
                null,
                new DetectedAttribution(
                                "k",
                                0,
                                5,
                                9,
                                "said",
                                "They said so.",
                                Cue.REPORTING_VERB,
                                "they",
                                SourceKind.ANONYMOUS,
                                " ")
                        .role());
    }
}
