package org.copydesk.domain.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A working copy's draft: kept as typed, compared with the story as a save would compare it. */
class DraftTest {

    private static final Block FIRST = new Block("b1", BlockType.PARAGRAPH, "Trams run every ten minutes.");
    private static final StoryContent SAVED =
            new StoryContent("Tram timetable", null, null, List.of("City"), List.of(FIRST));

    @Test
    void theStoryAsSavedIsNoChange() {
        assertFalse(Draft.of(SAVED).differsFrom(SAVED));
        // spaces a save would fold are no change either
        assertFalse(
                new Draft("  Tram   timetable ", "", null, List.of("City", " "), List.of(FIRST)).differsFrom(SAVED));
    }

    @Test
    void anEditedBlockANewBlockOrAnotherSectionIsAChange() {
        assertTrue(new Draft(
                        "Tram timetable",
                        null,
                        null,
                        List.of("City"),
                        List.of(new Block("b1", BlockType.PARAGRAPH, "Trams run every eight minutes.")))
                .differsFrom(SAVED));
        assertTrue(new Draft(
                        "Tram timetable",
                        null,
                        null,
                        List.of("City"),
                        List.of(FIRST, Block.of(BlockType.PARAGRAPH, "Night trams too.")))
                .differsFrom(SAVED));
        assertTrue(new Draft("Tram timetable", null, null, List.of("Transport"), List.of(FIRST)).differsFrom(SAVED));
    }

    @Test
    void aDraftWithoutAHeadlineIsKeptAndAlwaysDiffers() {
        Draft noHeadline = new Draft(" ", null, null, null, List.of(FIRST));
        assertEquals(null, noHeadline.headline());
        assertTrue(noHeadline.differsFrom(SAVED));
    }

    @Test
    void aDraftKeepsTheStorysLimits() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Draft("x".repeat(StoryContent.HEADLINE_MAX + 1), null, null, null, List.of()));
    }

    @Test
    void aWorkingCopyHoldsTheNewestDraftAndTheVersionItWasTypedOn() {
        WorkingCopy copy = new WorkingCopy(7, "reporter", 3, Instant.parse("2026-12-05T14:02:00Z"), Draft.of(SAVED));
        Draft newer = new Draft(
                "Tram timetable",
                null,
                null,
                List.of("City"),
                List.of(FIRST, Block.of(BlockType.PARAGRAPH, "Night trams too.")));
        copy.keep(4, Instant.parse("2026-12-05T14:03:00Z"), newer);
        assertEquals(newer, copy.draft());
        assertEquals(4, copy.baseVersion());
        assertEquals(Instant.parse("2026-12-05T14:03:00Z"), copy.savedAt());
    }
}
