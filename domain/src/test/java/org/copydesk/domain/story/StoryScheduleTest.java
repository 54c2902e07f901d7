package org.copydesk.domain.story;

import static org.copydesk.domain.story.StoryTest.CORA;
import static org.copydesk.domain.story.StoryTest.EDDIE;
import static org.copydesk.domain.story.StoryTest.MET;
import static org.copydesk.domain.story.StoryTest.OTTO;
import static org.copydesk.domain.story.StoryTest.RITA;
import static org.copydesk.domain.story.StoryTest.T0;
import static org.copydesk.domain.story.StoryTest.storyIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.exception.TransitionRefusedException;
import org.copydesk.domain.story.ScheduleRecord.Action;
import org.copydesk.domain.workflow.StoryState;
import org.junit.jupiter.api.Test;

/** Scheduled publishing and embargoes on the story itself: who, when, which states, and what each leaves logged. */
class StoryScheduleTest {

    static final Instant NOW = T0.plus(Duration.ofHours(1));
    static final Instant SOON = NOW.plus(Duration.ofHours(2));

    @Test
    void anEditorSchedulesAReadyStoryForATimeToCome() {
        Story story = storyIn(StoryState.READY);
        story.schedule(SOON, EDDIE, NOW);
        assertEquals(SOON, story.getPublishAt());
        assertEquals("eddie", story.getScheduledBy());
        assertFalse(story.dueAt(SOON.minusMillis(1)));
        assertTrue(story.dueAt(SOON));
        assertEquals(Action.SCHEDULED, story.getScheduleLog().get(0).action());
        assertEquals(SOON, story.getScheduleLog().get(0).time());

        Instant later = SOON.plus(Duration.ofHours(1));
        story.schedule(later, EDDIE, NOW);
        assertEquals(later, story.getPublishAt(), "a new time replaces the old");
        assertTrue(story.unschedule(EDDIE, NOW));
        assertNull(story.getPublishAt());
        assertNull(story.getScheduledBy());
        assertFalse(story.unschedule(EDDIE, NOW), "nothing to cancel");
        assertEquals(
                List.of(Action.SCHEDULED, Action.SCHEDULED, Action.UNSCHEDULED),
                story.getScheduleLog().stream().map(ScheduleRecord::action).toList());
    }

    @Test
    void onlyEditorsScheduleOnlyReadyStoriesOnlyForATimeToCome() {
        Story ready = storyIn(StoryState.READY);
        assertThrows(NotPermittedException.class, () -> ready.schedule(SOON, CORA, NOW));
        assertThrows(NotPermittedException.class, () -> ready.schedule(SOON, RITA, NOW));
        assertThrows(IllegalArgumentException.class, () -> ready.schedule(NOW, EDDIE, NOW), "now has passed");
        assertThrows(IllegalArgumentException.class, () -> ready.schedule(NOW.plus(Duration.ofDays(367)), EDDIE, NOW));
        for (StoryState state : List.of(
                StoryState.DRAFT,
                StoryState.SOURCING_REVIEW,
                StoryState.COPY_EDIT,
                StoryState.PUBLISHED,
                StoryState.RETRACTED,
                StoryState.SPIKED)) {
            Story story = storyIn(state);
            assertThrows(TransitionRefusedException.class, () -> story.schedule(SOON, EDDIE, NOW), state.name());
        }
        assertTrue(ready.getScheduleLog().isEmpty(), "a refusal logs nothing");
    }

    @Test
    void aStoryThatLeavesReadyLosesItsScheduleAndAPublishedOneSpendsIt() {
        Story returned = storyIn(StoryState.READY);
        returned.schedule(SOON, EDDIE, NOW);
        returned.moveTo(StoryState.COPY_EDIT, EDDIE, MET, "Check the figures", NOW.plusSeconds(5));
        assertNull(returned.getPublishAt());
        assertEquals(Action.DROPPED, returned.getScheduleLog().get(1).action());

        Story published = storyIn(StoryState.READY);
        published.schedule(SOON, EDDIE, NOW);
        published.moveTo(StoryState.PUBLISHED, EDDIE, MET, null, SOON);
        assertNull(published.getPublishAt());
        assertEquals(1, published.getScheduleLog().size(), "publishing is in the workflow log, not dropped");
    }

    @Test
    void anEmbargoRefusesPublishingAndSchedulingBeforeItsEnd() {
        Story story = storyIn(StoryState.READY);
        story.embargo(SOON, EDDIE, NOW);
        TransitionRefusedException early = assertThrows(
                TransitionRefusedException.class,
                () -> story.moveTo(StoryState.PUBLISHED, EDDIE, MET, null, SOON.minusMillis(1)));
        assertTrue(
                early.reasons().get(0).contains("embargoed until"),
                early.reasons().toString());
        assertThrows(TransitionRefusedException.class, () -> story.schedule(SOON.minusSeconds(1), EDDIE, NOW));
        story.schedule(SOON, EDDIE, NOW);
        assertThrows(
                TransitionRefusedException.class,
                () -> story.embargo(SOON.plusSeconds(1), EDDIE, NOW),
                "an embargo past the schedule: move the schedule first");
        assertFalse(story.embargoedAt(SOON));
        story.moveTo(StoryState.PUBLISHED, EDDIE, MET, null, SOON);
        assertEquals(SOON, story.getPublishedAt());
        assertThrows(
                TransitionRefusedException.class,
                () -> story.embargo(SOON.plusSeconds(60), EDDIE, SOON),
                "a published story is not embargoed");
    }

    @Test
    void theReporterOrAnEditorSetsTheEmbargoAndLiftsIt() {
        Story draft = storyIn(StoryState.DRAFT);
        assertThrows(NotPermittedException.class, () -> draft.embargo(SOON, OTTO, NOW), "not their story");
        assertThrows(NotPermittedException.class, () -> draft.embargo(SOON, CORA, NOW));
        assertTrue(draft.embargo(SOON, RITA, NOW));
        assertFalse(draft.embargo(SOON, RITA, NOW), "the same end again changes nothing");
        assertThrows(IllegalArgumentException.class, () -> draft.embargo(NOW.minusSeconds(1), EDDIE, NOW));
        assertTrue(draft.embargo(null, EDDIE, NOW));
        assertNull(draft.getEmbargoUntil());
        assertEquals(
                List.of(Action.EMBARGOED, Action.EMBARGO_LIFTED),
                draft.getScheduleLog().stream().map(ScheduleRecord::action).toList());
    }

    @Test
    void aRefusedPublicationDropsTheScheduleWithItsReasons() {
        Story story = storyIn(StoryState.READY);
        story.schedule(SOON, EDDIE, NOW);
        assertTrue(story.scheduleRefused(List.of("A source is disputed."), SOON));
        assertNull(story.getPublishAt());
        ScheduleRecord refused = story.getScheduleLog().get(1);
        assertEquals(Action.REFUSED, refused.action());
        assertEquals("eddie", refused.actor());
        assertEquals("A source is disputed.", refused.note());
        assertFalse(story.scheduleRefused(List.of("again"), SOON), "nothing left to drop");
    }

    @Test
    void anEditorPlansTheDeadlineAndLengthTargetAndTheChangeIsLogged() {
        Story story = storyIn(StoryState.DRAFT);
        assertThrows(NotPermittedException.class, () -> story.plan(SOON, 600, RITA, NOW));
        assertThrows(IllegalArgumentException.class, () -> story.plan(SOON, 49, EDDIE, NOW));
        assertThrows(IllegalArgumentException.class, () -> story.plan(SOON, 20_001, EDDIE, NOW));
        assertThrows(
                IllegalArgumentException.class, () -> story.plan(NOW.plus(Duration.ofDays(400)), null, EDDIE, NOW));
        assertTrue(story.plan(SOON, 600, EDDIE, NOW));
        assertFalse(story.plan(SOON, 600, EDDIE, NOW), "the same plan again changes nothing");
        assertEquals(SOON, story.getDeadline());
        assertEquals(600, story.getLengthTarget());
        ScheduleRecord planned = story.getScheduleLog().get(0);
        assertEquals(Action.PLANNED, planned.action());
        assertEquals("Length target 600 words", planned.note());
        assertTrue(story.plan(null, null, EDDIE, NOW));
        assertNull(story.getDeadline());
    }

    @Test
    void theWordCountIsWhatAReaderReads() {
        StoryContent content = new StoryContent(
                "Troops mass at the border",
                "A second wave, officials say.",
                "By Rita",
                List.of("World News"),
                List.of(
                        Block.of(BlockType.PARAGRAPH, "Russia's troops, 10,000 of them, moved in."),
                        Block.of(BlockType.LIST, "one item\nanother item")));
        // headline 5, standfirst 5, paragraph 7 (Russia's and 10,000 are one word each), list 4
        assertEquals(5 + 5 + 7 + 4, content.wordCount());
    }
}
