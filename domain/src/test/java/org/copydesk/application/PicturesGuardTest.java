package org.copydesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.workflow.GuardName;
import org.copydesk.domain.workflow.Transition;
import org.junit.jupiter.api.Test;

class PicturesGuardTest {

    @Test
    void everyPictureNeedsAltTextAndACredit() {
        Block fine =
                new Block(null, BlockType.IMAGE, "Kim at the parade. (Photo via AFP)", List.of(), 1L, "Kim waves.");
        Block noAlt = new Block(
                null,
                BlockType.IMAGE,
                "Troops on a train in Khabarovsk, seen from the platform on " + "Saturday morning. (Photo via Reuters)",
                List.of(),
                2L,
                null);
        Block noCredit =
                new Block(null, BlockType.IMAGE, "A picture whose credit was edited away.", List.of(), 3L, "Soldiers.");
        List<String> unmet =
                PicturesGuard.unmet(List.of(Block.of(BlockType.PARAGRAPH, "Text."), fine, noAlt, noCredit));
        assertEquals(2, unmet.size(), unmet.toString());
        assertTrue(
                unmet.get(0)
                        .startsWith("The picture in block 3 (“Troops on a train in Khabarovsk, seen from the "
                                + "platform on S…”) needs alt text"),
                unmet.get(0));
        assertTrue(
                unmet.get(1)
                        .startsWith("The picture in block 4 (“A picture whose credit was edited away.”) needs "
                                + "a credit"),
                unmet.get(1));
        assertEquals(List.of(), PicturesGuard.unmet(List.of(fine, Block.of(BlockType.CAPTION, "No picture here."))));
    }

    @Test
    void itStandsOnSignOffAndPublishing() {
        assertTrue(Transition.SIGN_OFF.guards().contains(GuardName.PICTURES));
        assertTrue(Transition.PUBLISH.guards().contains(GuardName.PICTURES));
        assertEquals(
                2,
                java.util.Arrays.stream(Transition.values())
                        .filter(t -> t.guards().contains(GuardName.PICTURES))
                        .count());
    }
}
