package org.copydesk.engine.detection;

import static org.copydesk.domain.sourcing.SourceKind.ANONYMOUS;
import static org.copydesk.domain.sourcing.SourceKind.MEDIA_REPORT;
import static org.copydesk.domain.sourcing.SourceKind.ORGANIZATION;
import static org.copydesk.domain.sourcing.SourceKind.PERSON;
import static org.copydesk.domain.sourcing.SourceKind.PHOTO_AGENCY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.story.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What words marked by hand propose: the detector's parts run on the words and the sentence around them. */
class ManualProposalTest {

    /** The proposal for {@code marked}, the first occurrence of it in the last paragraph. */
    private static ManualProposal propose(String marked, String... paragraphs) {
        List<Block> blocks = Stories.paragraphs(paragraphs);
        int last = blocks.size() - 1;
        int start = blocks.get(last).text().indexOf(marked);
        if (start < 0) {
            throw new AssertionError("\"" + marked + "\" is not in the text");
        }
        return Stories.detector().propose(blocks, last, start, start + marked.length());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource
    void guessed(String marked, String paragraph, String name, SourceKind kind, String role) {
        assertEquals(new ManualProposal(name, kind, role), propose(marked, paragraph));
    }

    static Stream<Arguments> guessed() {
        return Stream.of(
                arguments(
                        "a spokeswoman for the ministry said",
                        "The talks will resume, a spokeswoman for the ministry said on Monday.",
                        "a spokeswoman for the ministry",
                        ANONYMOUS,
                        null),
                arguments(
                        "(Photo: Reuters)",
                        "Firefighters at the scene of the blaze. (Photo: Reuters)",
                        "Reuters",
                        PHOTO_AGENCY,
                        null),
                arguments(
                        "people familiar with the matter said",
                        "The deal is close, people familiar with the matter said.",
                        "people familiar with the matter",
                        ANONYMOUS,
                        null),
                arguments(
                        "the New York Times reported",
                        "Earlier, the New York Times reported that the plant would close.",
                        "the New York Times",
                        MEDIA_REPORT,
                        null),
                // what the detector does not propose: words with no reporting verb
                arguments(
                        "the ministry published",
                        "Figures the ministry published on Monday show a rise.",
                        "the ministry",
                        ORGANIZATION,
                        null),
                arguments("seen by the BBC", "Documents seen by the BBC show the plan.", "the BBC", MEDIA_REPORT, null),
                arguments(
                        "Pictures shared by Reuters",
                        "Pictures shared by Reuters showed the damage.",
                        "Reuters",
                        PHOTO_AGENCY,
                        null),
                arguments(
                        "two officials who asked not to be named",
                        "The visit, by the account of two officials who asked not to be named, was cut short.",
                        "two officials",
                        ANONYMOUS,
                        null),
                arguments(
                        "Maria Schmidt",
                        "The claim came from Maria Schmidt at a rally in the capital.",
                        "Maria Schmidt",
                        PERSON,
                        null),
                arguments(
                        "reportedly",
                        "Officials said the convoy was reportedly heading north.",
                        "unnamed reports",
                        MEDIA_REPORT,
                        null),
                arguments("was fine", "The weather was fine.", null, null, null));
    }

    @Test
    void aSurnameOrPronounStandsForThePersonNamedEarlier() {
        String first = "Kremlin spokesman Dmitry Peskov said the deployments were not a public matter.";
        assertEquals(
                new ManualProposal("Dmitry Peskov", PERSON, "Kremlin spokesman"),
                propose("Peskov insists", first, "Peskov insists the troops will stay."));
        assertEquals(
                new ManualProposal("Dmitry Peskov", PERSON, "Kremlin spokesman"),
                propose("He insisted", first, "He insisted the troops would stay."));
    }

    @Test
    void aClaimTheDetectorProposesKeepsItsProposal() {
        assertEquals(
                new ManualProposal("Dmitry Peskov", PERSON, "Kremlin spokesman"),
                propose(
                        "Dmitry Peskov said deployments",
                        "Kremlin spokesman Dmitry Peskov said deployments of Russian troops were not a public matter."));
    }

    @Test
    void theSeedsHandMarkedWords() {
        List<Block> blocks = Stories.blocks(Stories.SEED);
        int block = Stories.indexOf(blocks, "The city of Vladivostok");
        ManualProposal p = Stories.detector().propose(blocks, block, 0, "The city".length());
        assertEquals(ManualProposal.NONE, p);
        int washington = Stories.indexOf(blocks, "North Korea’s rapidly developing missile");
        String said = blocks.get(washington).text();
        int by = said.indexOf("by Washington");
        // the detector's decision for a lone capitalised word the story never gave as a person's surname: an
        // ORGANIZATION (Washington names no time zone, and here it stands for the US government)
        assertEquals(
                new ManualProposal("Washington", ORGANIZATION, null),
                Stories.detector().propose(blocks, washington, by, by + "by Washington".length()));
        int caption = Stories.indexOf(blocks, "North Korea’s ballistic missiles");
        String text = blocks.get(caption).text();
        int at = text.indexOf("(Photo via AFP)");
        assertEquals(
                new ManualProposal("AFP", PHOTO_AGENCY, null),
                Stories.detector().propose(blocks, caption, at + 1, at + 6));
    }

    @Test
    void wordsOutsideTheBlockAreRefused() {
        List<Block> blocks = Stories.paragraphs("Short.");
        assertThrows(IllegalArgumentException.class, () -> Stories.detector().propose(blocks, 0, 2, 40));
        assertThrows(IllegalArgumentException.class, () -> Stories.detector().propose(blocks, 1, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> Stories.detector().propose(blocks, 0, 3, 3));
    }
}
