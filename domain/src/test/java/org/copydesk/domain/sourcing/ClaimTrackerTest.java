package org.copydesk.domain.sourcing;

import static org.copydesk.domain.sourcing.SourcingFixtures.EDITOR;
import static org.copydesk.domain.sourcing.SourcingFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.sourcing.AttributionDecision.Action;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.junit.jupiter.api.Test;

class ClaimTrackerTest {

    private final SourcingFixtures story = new SourcingFixtures();

    private static List<Block> text(String... paragraphs) {
        List<Block> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(new Block("b" + i, BlockType.PARAGRAPH, paragraphs[i]));
        }
        return blocks;
    }

    /** Links and verifies every claim, as an editor finishing the review would. */
    private void review() {
        for (Attribution a : story.attributions) {
            if (a.isPresent() && !a.isDecided()) {
                Source s = story.source(a.getProposedName(), a.getProposedKind());
                s.verify(VerificationStatus.VERIFIED, null, EDITOR, T0);
                // an anonymous speaker ("officials") asks why anonymity was granted, as on the sourcing screen
                a.link(
                        s,
                        s.getKind() == SourceKind.ANONYMOUS ? "Not authorized to speak; confirmed twice." : null,
                        EDITOR,
                        T0);
            }
        }
        assertEquals(List.of(), story.problems());
    }

    @Test
    void aVerbChangedInsideAClaimKeepsItsSourceAndMarksItChanged() {
        story.redetect(text("Kremlin spokesman Dmitry Peskov said the troops would stay in the region."), "rita");
        review();
        Attribution peskov = story.find("Kremlin spokesman Dmitry Peskov said");

        story.redetect(
                text("Kremlin spokesman Dmitry Peskov told reporters the troops would stay in the region."), "cora");

        assertEquals(1, story.attributions.size(), story.spans().toString());
        assertEquals("Kremlin spokesman Dmitry Peskov told", peskov.getSpan());
        assertTrue(peskov.isPresent());
        assertEquals(AttributionStatus.LINKED, peskov.getStatus());
        assertTrue(peskov.isChangedSinceReview());
        assertEquals("Kremlin spokesman Dmitry Peskov said", peskov.getReviewedSpan());
        assertEquals(List.of(), story.problems(), "the decision still applies: nothing blocks");
        AttributionDecision last =
                peskov.getDecisions().get(peskov.getDecisions().size() - 1);
        assertEquals(Action.CHANGED, last.action());
        assertEquals("cora", last.actor());

        peskov.confirm(EDITOR, T0.plusSeconds(60));
        assertFalse(peskov.isChangedSinceReview());
        assertEquals("Kremlin spokesman Dmitry Peskov told", peskov.getReviewedSpan());
        assertEquals(
                List.of(Action.LINKED, Action.CHANGED, Action.CONFIRMED),
                peskov.getDecisions().stream().map(AttributionDecision::action).toList());
        assertThrows(IllegalArgumentException.class, () -> peskov.confirm(EDITOR, T0), "nothing left to confirm");
        assertThrows(NotPermittedException.class, () -> peskov.confirm(Actor.of("cora", Role.COPY_EDITOR), T0));
    }

    @Test
    void aClaimGivenToAnotherSpeakerIsANewClaimThatBlocks() {
        story.redetect(text("Officials said the border crossing was closed on Monday."), "rita");
        review();
        Attribution officials = story.find("Officials said");

        story.redetect(text("A senior diplomat told reporters the border crossing was closed on Monday."), "cora");

        assertFalse(officials.isPresent(), "the old claim is gone from the text");
        assertEquals(AttributionStatus.LINKED, officials.getStatus(), "and stays on record");
        Attribution diplomat = story.find("A senior diplomat told");
        assertEquals(AttributionStatus.PROPOSED, diplomat.getStatus());
        assertEquals(List.of("“A senior diplomat told” is not linked to a source."), story.problems());
    }

    @Test
    void aSpellingFixInTheSpeakersNameIsTheSameClaim() {
        story.redetect(text("Kremlin spokesman Dmitry Peskov said the troops would stay in the region."), "rita");
        review();
        story.redetect(text("Kremlin spokesman Dmitri Peskov said the troops would stay in the region."), "cora");
        Attribution a = story.find("Kremlin spokesman Dmitri Peskov said");
        assertTrue(a.isChangedSinceReview());
        assertEquals(AttributionStatus.LINKED, a.getStatus());
        assertEquals(1, story.attributions.size());
        assertEquals(List.of(), story.problems());
    }

    @Test
    void aCopyFixInsideAClaimNeverUnlinksIt() {
        String before = "Moscow denied it. Kremlin spokesman Dmitry Pekov said the troops would stay in the region.";
        story.redetect(text(before), "rita");
        review();
        Attribution claim = story.find("Kremlin spokesman Dmitry Pekov said");
        String after = before.replace("Pekov", "Peskov");

        ClaimTracker.followCopyFix(story.attributions, before, after, "cora", T0);
        story.redetect(text(after), "cora");

        assertTrue(claim.isPresent());
        assertEquals(AttributionStatus.LINKED, claim.getStatus());
        assertEquals("Kremlin spokesman Dmitry Peskov said", claim.getSpan());
        assertTrue(claim.isChangedSinceReview());
        assertEquals(List.of("Moscow denied", "Kremlin spokesman Dmitry Peskov said"), story.spans());
        assertEquals(List.of(), story.problems(), story.spans().toString());
    }

    /** A finding's fix is the same claim by definition, even when it rewrites the speaker's whole name. */
    @Test
    void aCopyFixKeepsTheDecisionEvenWhereTheWordsAloneWouldSayAnotherSpeaker() {
        String before = "Mayor Jon Smiht said the road would reopen on Friday.";
        story.redetect(text(before), "rita");
        review();
        Attribution claim = story.attributions.get(0);
        String after = before.replace("Jon Smiht", "Joan Smith");

        ClaimTracker.followCopyFix(story.attributions, before, after, "cora", T0);
        story.redetect(text(after), "cora");

        assertTrue(claim.isPresent());
        assertEquals(AttributionStatus.LINKED, claim.getStatus());
        assertTrue(claim.getSpan().contains("Joan Smith"), claim.getSpan());
        assertEquals(1, story.attributions.size(), story.spans().toString());
        assertEquals(List.of(), story.problems());
    }

    @Test
    void aCopyFixBeforeAClaimMovesItWithoutMarkingIt() {
        String before = "Police sayd two people were hurt, local media reported.";
        story.redetect(text(before), "rita");
        review();
        Attribution media = story.find("local media reported");
        String after = "Police said that two people were hurt, local media reported.";
        ClaimTracker.followCopyFix(story.attributions, before, after, "cora", T0);
        assertEquals(after.indexOf("local media reported"), media.getStart());
        assertFalse(media.isChangedSinceReview());
        story.redetect(text(after), "cora");
        assertTrue(media.isPresent());
        assertFalse(media.isChangedSinceReview());
    }

    @Test
    void wordsAddedElsewhereMoveClaimsWithoutMarkingThem() {
        story.redetect(text("Police said two people were injured."), "rita");
        review();
        Attribution police = story.find("Police said");
        story.redetect(text("On Sunday evening, police said two people were injured."), "cora");
        // "Police" → "police": the detector sees the same speaker; the claim follows
        Attribution now = story.attributions.stream()
                .filter(Attribution::isPresent)
                .findFirst()
                .orElseThrow();
        assertEquals(police, now);
        assertEquals(List.of(), story.problems(), story.spans().toString());

        story.redetect(text("Late on Sunday evening, police said two people were injured."), "cora");
        assertEquals("police said", police.getSpan());
        assertTrue(police.isPresent());
    }

    @Test
    void undecidedProposalsWhoseWordsAreGoneAreDroppedAndDecidedOnesStay() {
        story.redetect(text("Police said two people were injured, local media reported."), "rita");
        Attribution media = story.find("local media reported");
        Source police = story.source("Police", SourceKind.ORGANIZATION);
        story.find("Police said").link(police, EDITOR, T0);

        ClaimTracker.Outcome outcome = story.redetect(text("The fire started at dawn."), "rita");

        assertTrue(outcome.dropped().contains(media));
        assertEquals(List.of("Police said (gone)"), story.spans());
        assertEquals(List.of(), story.problems(), "a claim gone from the text blocks nothing");
    }

    @Test
    void aHandMarkedClaimFollowsItsWordsWithinTheSameSentence() {
        // A sentence the detector does not take for a claim: the editor marks its words by hand.
        String text = "The bridge will reopen in May, as the regional council put it in a newsletter.";
        story.redetect(text(text), "rita");
        assertTrue(story.spans().isEmpty(), story.spans().toString());
        String words = "the regional council put it in a newsletter";
        int at = text.indexOf(words);
        Attribution marked = story.add(Attribution.marked(
                1,
                "b0",
                at,
                at + words.length(),
                words,
                text,
                "the regional council",
                SourceKind.ORGANIZATION,
                null,
                EDITOR,
                T0));
        Source council = story.source("Regional council", SourceKind.ORGANIZATION);
        council.verify(VerificationStatus.VERIFIED, null, EDITOR, T0);
        marked.link(council, EDITOR, T0);

        String edited = "The bridge will reopen in May, as the regional council put it in its newsletter.";
        story.redetect(text(edited), "cora");

        assertTrue(marked.isPresent(), story.spans().toString());
        assertEquals("the regional council put it in its newsletter", marked.getSpan());
        assertTrue(marked.isChangedSinceReview());
        assertEquals(
                List.of(Action.MARKED, Action.LINKED, Action.CHANGED),
                marked.getDecisions().stream().map(AttributionDecision::action).toList());
    }

    @Test
    void speakersAreTheSameUpToArticlesSpellingAndAddedWords() {
        assertTrue(ClaimTracker.sameSpeaker(Set.of("Dmitry Peskov"), "Dmitri Peskov"));
        assertTrue(ClaimTracker.sameSpeaker(Set.of("Dmitry Peskov"), "Peskov"));
        assertTrue(ClaimTracker.sameSpeaker(Set.of("the mayor's office"), "The Mayor's office"));
        assertTrue(ClaimTracker.sameSpeaker(Set.of("Kremlin", "Dmitry Peskov"), "Dmitry Peskov"));
        assertFalse(ClaimTracker.sameSpeaker(Set.of("officials"), "a senior diplomat"));
        assertFalse(ClaimTracker.sameSpeaker(Set.of("officials"), "two officials"), "a generic word names nobody");
        assertFalse(ClaimTracker.sameSpeaker(Set.of("Dmitry Peskov"), "Maria Zakharova"));
        assertFalse(ClaimTracker.sameSpeaker(Set.of(), "Peskov"));
        assertFalse(ClaimTracker.sameSpeaker(Set.of("Lee"), "Lim"), "short names: one edit is too many");
        assertTrue(
                ClaimTracker.sameSpeaker(Set.of("Sergei Lavrov"), "Foreign Minister Sergey Lavrov"),
                "words added and a spelling fix in one");
        assertFalse(ClaimTracker.sameSpeaker(Set.of("Sergei Lavrov"), "Foreign Minister Sergei Shoigu"));
        assertFalse(
                ClaimTracker.sameSpeaker(Set.of("Ann Lee"), "Minister Ann Lim"), "short words are never spelt near");
    }

    @Test
    void similarityCountsWordsInCommonInOrder() {
        assertEquals(1.0, ClaimTracker.similarity("Police said two were hurt.", "police said two were hurt"));
        assertEquals(0.0, ClaimTracker.similarity("", "anything"));
        double verb = ClaimTracker.similarity(
                "Peskov said the troops would stay.", "Peskov told reporters the troops would stay.");
        assertTrue(verb > 0.7 && verb < 1, String.valueOf(verb));
        assertTrue(ClaimTracker.similarity("The fire started at dawn.", "Police said two were hurt.") < 0.2);
    }

    @Test
    void rangesMapThroughAWordAlignment() {
        String old = "the council wrote in a newsletter";
        String now = "the council wrote in its newsletter";
        assertArrayEquals(new int[] {0, now.length()}, ClaimTracker.mapRange(old, 0, old.length(), now));
        assertArrayEquals(new int[] {4, 11}, ClaimTracker.mapRange(old, 4, 11, now));
        assertNull(ClaimTracker.mapRange("alpha beta", 6, 10, "alpha"), "the marked word was deleted");
        // a word replaced by several: the marked words take them all in
        String said = "The firm said in a statement";
        String told = "The firm told reporters in a statement";
        assertArrayEquals(new int[] {0, 23}, ClaimTracker.mapRange(said, 0, 13, told));
    }

    @Test
    void twoClaimsWithTheSameWordsInOneParagraphKeepOnePlaceEach() {
        String one = "Residents reportedly fled overnight. The river reportedly burst its banks.";
        story.redetect(text(one), "rita");
        review();
        assertEquals(2, story.attributions.size(), story.spans().toString());
        for (int i = 0; i < 3; i++) {
            story.redetect(text("On Monday, " + one), "cora");
            assertEquals(2, story.attributions.size(), "no duplicate proposal: " + story.spans());
            assertEquals(List.of(), story.problems());
        }
        assertTrue(story.attributions.get(0).getStart()
                != story.attributions.get(1).getStart());
    }

    @Test
    void repeatedWordsKeepTheirOrderWhenTextBeforeThemIsCut() {
        String claim = "Witnesses said the blast shook nearby buildings.";
        story.redetect(text("The bridge will reopen in May. " + claim + " " + claim), "rita");
        review();
        Attribution first = story.attributions.get(0);
        Attribution second = story.attributions.get(1);
        assertTrue(first.getStart() < second.getStart());

        story.redetect(text(claim + " " + claim), "cora");

        // the nearest place alone would give the first claim the second sentence and the second the first
        assertTrue(first.getStart() < second.getStart(), story.spans().toString());
        assertEquals(0, first.getStart());
    }

    @Test
    void aClaimInTheTextFollowsItsNewWordsBeforeARecordAlreadyGone() {
        String claim = "Witnesses said the blast shook nearby buildings.";
        story.redetect(text(claim + " " + claim), "rita");
        review();
        Attribution first = story.attributions.get(0);
        Attribution second = story.attributions.get(1);
        first.reject("Not a claim: a description.", EDITOR, T0);
        // the first sentence is rewritten into one that is no claim: its record stays, gone
        String other = "Nobody was hurt, and the street reopened by noon.";
        story.redetect(text(other + " " + claim), "cora");
        assertFalse(first.isPresent());
        assertTrue(second.isPresent());

        story.redetect(text(other + " Witnesses told reporters the blast shook nearby buildings."), "cora");

        assertTrue(second.isPresent(), "the claim in the text keeps its decision: " + story.spans());
        assertEquals(AttributionStatus.LINKED, second.getStatus());
        assertEquals("Witnesses told", second.getSpan());
        assertFalse(first.isPresent(), "a rejection made on a cut sentence does not come back on another claim");
    }
}
