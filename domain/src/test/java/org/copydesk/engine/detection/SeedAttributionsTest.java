package org.copydesk.engine.detection;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.copydesk.domain.sourcing.Cue;
import org.copydesk.domain.sourcing.DetectedAttribution;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.story.Block;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What the detector proposes for the seed story, attribution by attribution. */
class SeedAttributionsTest {

    private List<Block> blocks;
    private List<DetectedAttribution> found;

    @BeforeEach
    void detect() {
        blocks = Stories.blocks(Stories.SEED);
        found = Stories.detector().detect(blocks);
    }

    @Test
    void proposesEachAttributionOfTheSeedInItsBlock() {
        assertAll(
                expect(
                        "Russia has reportedly sent troops",
                        Cue.HEDGE,
                        SourceKind.MEDIA_REPORT,
                        "unnamed reports",
                        null,
                        "reportedly"),
                expect(
                        "Video footage has emerged",
                        Cue.MEDIA,
                        SourceKind.MEDIA_REPORT,
                        "local media",
                        null,
                        "local media reported"),
                expect(
                        "“Some say the situation",
                        Cue.FOOTAGE,
                        SourceKind.VIDEO,
                        "the video",
                        null,
                        "a man can be heard saying in the video"),
                expect(
                        "One of three trains filmed",
                        Cue.HEDGE,
                        SourceKind.MEDIA_REPORT,
                        "unnamed reports",
                        null,
                        "reportedly"),
                expect(
                        "Another video apparently shows",
                        Cue.FOOTAGE,
                        SourceKind.VIDEO,
                        "another video",
                        null,
                        "Another video apparently shows"),
                expect(
                        "A spokesman for the Eastern Military District",
                        Cue.NAMED_SPEAKER,
                        SourceKind.PERSON,
                        "Alexander Gordeev",
                        "spokesman for the Eastern Military District",
                        "A spokesman for the Eastern Military District, Colonel Alexander Gordeev, said"),
                expect(
                        "An image grabbed from footage",
                        Cue.FOOTAGE,
                        SourceKind.VIDEO,
                        "footage",
                        null,
                        "An image grabbed from footage purportedly shows"),
                expect(
                        "The Russian government on Friday",
                        Cue.REPORTING_VERB,
                        SourceKind.ORGANIZATION,
                        "the Russian government",
                        null,
                        "The Russian government on Friday declined to comment"),
                expect(
                        "The Russian government on Friday",
                        Cue.NAMED_SPEAKER,
                        SourceKind.PERSON,
                        "Dmitry Peskov",
                        "Kremlin spokesman",
                        "Kremlin spokesman Dmitry Peskov said"),
                expect(
                        "Meanwhile, South Korean media",
                        Cue.MEDIA,
                        SourceKind.MEDIA_REPORT,
                        "South Korean media",
                        null,
                        "South Korean media reported"),
                expect(
                        "North Korea’s ballistic missiles",
                        Cue.PHOTO_CREDIT,
                        SourceKind.PHOTO_AGENCY,
                        "AFP",
                        null,
                        "(Photo via AFP)"),
                expect(
                        "On Thursday, the official newspaper",
                        Cue.MEDIA,
                        SourceKind.MEDIA_REPORT,
                        "the official newspaper of North Korea’s ruling Workers’ Party",
                        null,
                        "the official newspaper of North Korea’s ruling Workers’ Party warned"),
                expect(
                        "On Thursday, the official newspaper",
                        Cue.REPORTING_VERB,
                        SourceKind.MEDIA_REPORT,
                        "the official newspaper of North Korea’s ruling Workers’ Party",
                        null,
                        "It said"),
                expect(
                        "The threat to launch",
                        Cue.NAMED_SPEAKER,
                        SourceKind.PERSON,
                        "Rex Tillerson",
                        "US Secretary of State",
                        "US Secretary of State Rex Tillerson, who said"),
                // Not in the brief's list, and right all the same: the claim that the US dispatched a
                // strike group stands on the US's announcement.
                expect(
                        "Fears over an imminent military clash",
                        Cue.REPORTING_VERB,
                        SourceKind.ORGANIZATION,
                        "the US",
                        null,
                        "the US announced"));
    }

    @Test
    void proposesNothingElse() {
        assertEquals(15, found.size(), () -> describe(found));
    }

    @Test
    void theReportersOwnSentencesProposeNothing() {
        assertAll(Stream.of(
                        "The city of Vladivostok, which hosts Russia’s Pacific Fleet",
                        "North Korea has so far conducted five confirmed nuclear tests",
                        "North Korea’s rapidly developing missile",
                        "‘Chine mobilizes forces, too’")
                .map(opening -> () -> {
                    int block = Stories.indexOf(blocks, opening);
                    assertTrue(found.stream().noneMatch(a -> a.blockIndex() == block), opening);
                }));
    }

    @Test
    void hedgeAndFootageGiveWayToTheNamedSourceOfTheirSentence() {
        int block = Stories.indexOf(blocks, "Video footage has emerged");
        List<DetectedAttribution> inBlock =
                found.stream().filter(a -> a.blockIndex() == block).toList();
        assertEquals(1, inBlock.size(), () -> describe(inBlock));
    }

    @Test
    void claimsAreTheSentencesTheAttributionsSupport() {
        DetectedAttribution peskov = only(a -> a.sourceName().equals("Dmitry Peskov"));
        assertEquals(
                "Kremlin spokesman Dmitry Peskov said deployments of Russian troops inside Russia’s own borders"
                        + " were not a public matter.",
                peskov.claim());
        DetectedAttribution itSaid = only(a -> a.span().equals("It said"));
        assertTrue(itSaid.claim().startsWith("It said North Korea had developed a missile"), itSaid.claim());
        DetectedAttribution afp = only(a -> a.cue() == Cue.PHOTO_CREDIT);
        assertEquals(
                "North Korea’s ballistic missiles are being displayed during a military parade in the capital,"
                        + " Pyongyang, April 15, 2017.",
                afp.claim());
    }

    @Test
    void spansAreTheTextAtTheirOffsets() {
        assertAll(found.stream().map(a -> () -> {
            Block block = blocks.get(a.blockIndex());
            assertEquals(block.key(), a.blockKey());
            assertEquals(a.span(), block.text().substring(a.start(), a.end()));
            assertTrue(block.text().contains(a.claim()) || a.cue() == Cue.PHOTO_CREDIT, a.claim());
        }));
    }

    private Executable expect(
            String blockOpening, Cue cue, SourceKind kind, String sourceName, String role, String span) {
        return () -> {
            int block = Stories.indexOf(blocks, blockOpening);
            List<DetectedAttribution> matches = found.stream()
                    .filter(a -> a.blockIndex() == block
                            && a.sourceName().equals(sourceName)
                            && a.kind() == kind
                            && a.span().equals(span))
                    .toList();
            assertEquals(
                    1,
                    matches.size(),
                    () -> sourceName + " / " + kind + " / \"" + span + "\" in the block \"" + blockOpening + "…\" among"
                            + describe(found));
            DetectedAttribution a = matches.get(0);
            assertEquals(cue, a.cue(), sourceName);
            assertEquals(role, a.role(), sourceName);
        };
    }

    private DetectedAttribution only(Predicate<DetectedAttribution> which) {
        List<DetectedAttribution> matches = found.stream().filter(which).toList();
        assertEquals(1, matches.size(), () -> describe(found));
        return matches.get(0);
    }

    static String describe(List<DetectedAttribution> attributions) {
        List<String> lines = new ArrayList<>();
        for (DetectedAttribution a : attributions) {
            lines.add("[" + a.blockIndex() + "] " + a.cue() + " " + a.kind() + " " + a.sourceName() + " | " + a.span()
                    + " | " + a.role());
        }
        return "\n" + String.join("\n", lines);
    }
}
