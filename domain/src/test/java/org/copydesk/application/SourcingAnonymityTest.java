package org.copydesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.domain.sourcing.AnonymityReasonException;
import org.copydesk.domain.sourcing.AttributionDecision;
import org.copydesk.domain.sourcing.AttributionStatus;
import org.copydesk.domain.sourcing.SourceEdit;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryContent;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.junit.jupiter.api.Test;

/** The services' paths to an anonymous source: link, link to a new source, link-all, merge, a kind changed. */
class SourcingAnonymityTest {

    private static final Actor EDITOR = Actor.of("ed", Role.EDITOR);
    private static final String WHY = "Not authorized to speak; two officials confirmed independently";

    private final InMemorySourcing in;

    SourcingAnonymityTest() {
        List<Block> blocks = List.of(
                new Block(
                        "b0",
                        BlockType.PARAGRAPH,
                        "Two officials familiar with the negotiations said the talks had stalled."),
                new Block("b1", BlockType.PARAGRAPH, "Kremlin spokesman Dmitry Peskov said the troops would stay."),
                new Block("b2", BlockType.PARAGRAPH, "Officials said the border crossing was closed on Monday."));
        Story story = InMemorySourcing.withId(
                Story.draft(
                        "talks",
                        new StoryContent("Talks stall", null, null, null, blocks),
                        Actor.of("rita", Role.REPORTER),
                        null,
                        InMemorySourcing.T0),
                1L);
        in = new InMemorySourcing(story);
        in.sourcing.redetect(1, "rita");
    }

    private AttributionView claim(String startsWith) {
        return in.sourcing.attributions(1).stream()
                .filter(a -> a.span().startsWith(startsWith))
                .findFirst()
                .orElseThrow(() -> new AssertionError(startsWith + " in " + in.sourcing.attributions(1)));
    }

    @Test
    void theDetectorProposesAnonymousSourcesForTheseClaims() {
        assertEquals(SourceKind.ANONYMOUS, claim("Two officials").proposedKind());
        assertEquals(SourceKind.ANONYMOUS, claim("Officials").proposedKind());
        assertEquals(SourceKind.PERSON, claim("Kremlin").proposedKind());
    }

    @Test
    void linkAllLeavesClaimsWhoseSourceWouldBeAnonymousAndSaysWhy() {
        in.sourcing.createSource("officials", SourceKind.ANONYMOUS, null, null, EDITOR);

        LinkAllResult result = in.sourcing.linkAll(1, EDITOR);

        assertEquals(1, result.linked(), result.summary());
        assertEquals(1, result.newSources(), "Dmitry Peskov's; no anonymous source is made: " + result.summary());
        assertEquals(
                List.of(claim("Two officials").id(), claim("Officials").id()),
                result.left().stream().map(LinkAllResult.Left::attributionId).toList());
        result.left()
                .forEach(l -> assertEquals(
                        "rests on an anonymous source; say why anonymity was granted on its card.", l.reason()));
        assertTrue(
                result.summary()
                        .contains("“Officials said” rests on an anonymous source; say why anonymity was"
                                + " granted on its card."),
                result.summary());
        assertEquals(AttributionStatus.PROPOSED, claim("Officials").status());
        assertEquals(AttributionStatus.LINKED, claim("Kremlin").status());
        assertEquals(2, in.sources.all.size(), "no source was made for the anonymous proposal");
    }

    @Test
    void aNewAnonymousSourceIsMadeOnlyWithTheReason() {
        long aid = claim("Two officials").id();

        AnonymityReasonException refused = assertThrows(
                AnonymityReasonException.class, () -> in.sourcing.linkNew(1, aid, null, null, null, "secret", EDITOR));
        assertTrue(refused.getMessage().startsWith("The reason anonymity was granted is too short (6 characters)"));
        assertTrue(in.sources.all.isEmpty(), "nothing was made");

        AttributionView linked = in.sourcing.linkNew(1, aid, null, null, null, WHY, EDITOR);

        assertEquals(
                "two officials familiar with the negotiations", linked.source().name());
        assertEquals(SourceKind.ANONYMOUS, linked.source().kind());
        assertEquals(WHY, linked.anonymityReason());
        AttributionView.Line line = linked.history().get(linked.history().size() - 1);
        assertEquals(AttributionDecision.Action.LINKED, line.action());
        assertEquals(WHY, line.anonymityReason());
        assertEquals("Linked to two officials familiar with the negotiations", line.summary());
    }

    @Test
    void aKindChangeInTheRegistryAsksForTheClaimsLinkedToTheSource() {
        SourceView police = in.sourcing.createSource("Border police", SourceKind.ORGANIZATION, null, null, EDITOR);
        in.sourcing.link(1, claim("Officials").id(), police.id(), null, EDITOR);
        SourceEdit anonymous = new SourceEdit("Border police", SourceKind.ANONYMOUS, null, null, null, null);

        assertThrows(AnonymityReasonException.class, () -> in.registry.edit(police.id(), 0, anonymous, EDITOR));
        assertEquals(SourceKind.ORGANIZATION, in.registry.source(police.id()).kind());

        in.registry.edit(police.id(), 0, anonymous, "An officer without leave to speak; his post is known.", EDITOR);

        AttributionView after = claim("Officials");
        assertEquals("An officer without leave to speak; his post is known.", after.anonymityReason());
        assertEquals(
                "Source made anonymous",
                after.history().get(after.history().size() - 1).summary());
    }

    @Test
    void theMergePreviewWarnsOfAMergeThatWouldBeRefused() {
        SourceView officials = in.sourcing.createSource("officials", SourceKind.ANONYMOUS, null, null, EDITOR);
        SourceView ministry = in.sourcing.createSource("the ministry", SourceKind.ORGANIZATION, null, null, EDITOR);
        in.sourcing.link(1, claim("Officials").id(), ministry.id(), null, EDITOR);

        MergePreview preview = in.registry.mergePreview(officials.id(), ministry.id(), EDITOR);

        assertTrue(
                preview.warnings().stream()
                        .anyMatch(w -> w.startsWith("\"officials\" is anonymous and \"the "
                                + "ministry\" is not: the merge is refused until the 1 claim resting on")),
                preview.warnings().toString());
        assertThrows(
                AnonymityReasonException.class,
                () -> in.registry.merge(officials.id(), ministry.id(), null, null, null, EDITOR));
        assertNull(in.registry.source(ministry.id()).mergedInto());
    }
}
