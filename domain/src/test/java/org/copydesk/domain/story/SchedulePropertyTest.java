package org.copydesk.domain.story;

import static org.copydesk.domain.story.StoryTest.CORA;
import static org.copydesk.domain.story.StoryTest.EDDIE;
import static org.copydesk.domain.story.StoryTest.MET;
import static org.copydesk.domain.story.StoryTest.RITA;
import static org.copydesk.domain.story.StoryTest.T0;
import static org.copydesk.domain.story.StoryTest.draftBy;
import static org.copydesk.domain.story.StoryTest.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.exception.TransitionRefusedException;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.workflow.StoryState;

/**
 * Random sequences of moves, schedules, embargoes and the passing of time on one story: whatever is refused,
 * a published story was published at or after its embargo's end, only a ready story has a publishing time, a
 * publishing time is never before the embargo's end, and every schedule change left a line in the log.
 */
class SchedulePropertyTest {

    enum Kind {
        ADVANCE,
        MOVE,
        SCHEDULE,
        UNSCHEDULE,
        EMBARGO,
        LIFT
    }

    record Step(Kind kind, StoryState target, Actor actor, long minutes) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.of(Kind.values()),
                        Arbitraries.of(StoryState.values()),
                        Arbitraries.of(RITA, EDDIE, CORA),
                        Arbitraries.longs().between(1, 600))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 400)
    void noStoryIsPublishedBeforeItsEmbargoEndsAndOnlyReadyStoriesAreScheduled(
            @ForAll("steps") List<Step> steps, @ForAll boolean fromReady) {
        // half the runs start from Ready: random moves seldom get a draft there
        Story story = fromReady ? StoryTest.storyIn(StoryState.READY) : stored(draftBy(RITA), 7L);
        if (!fromReady) {
            story.firstRevision(null);
        }
        Instant now = T0.plus(Duration.ofHours(1));
        for (Step s : steps) {
            int logBefore = story.getScheduleLog().size();
            Instant publishAt = story.getPublishAt();
            Instant embargo = story.getEmbargoUntil();
            try {
                net.jqwik.api.statistics.Statistics.collect(s.kind(), story.getState() == StoryState.READY);
                switch (s.kind()) {
                    case ADVANCE -> now = now.plus(Duration.ofMinutes(s.minutes()));
                    case MOVE -> story.moveTo(s.target(), s.actor(), MET, "note", now);
                    case SCHEDULE -> story.schedule(now.plus(Duration.ofMinutes(s.minutes())), s.actor(), now);
                    case UNSCHEDULE -> story.unschedule(s.actor(), now);
                    case EMBARGO -> story.embargo(now.plus(Duration.ofMinutes(s.minutes())), s.actor(), now);
                    case LIFT -> story.embargo(null, s.actor(), now);
                }
            } catch (TransitionRefusedException | NotPermittedException | IllegalArgumentException refused) {
                assertEquals(logBefore, story.getScheduleLog().size(), "a refusal logs nothing");
                assertEquals(publishAt, story.getPublishAt(), "a refusal changes no schedule");
                assertEquals(embargo, story.getEmbargoUntil(), "a refusal changes no embargo");
            }
            if (story.getPublishedAt() != null && story.getEmbargoUntil() != null) {
                assertFalse(
                        story.getPublishedAt().isBefore(story.getEmbargoUntil()),
                        "published " + story.getPublishedAt() + " before the embargo's end " + story.getEmbargoUntil());
            }
            if (story.getPublishAt() != null) {
                assertEquals(StoryState.READY, story.getState(), "only a ready story has a publishing time");
                assertTrue(story.getScheduledBy() != null);
                if (story.getEmbargoUntil() != null) {
                    assertFalse(story.getPublishAt().isBefore(story.getEmbargoUntil()));
                }
            } else {
                assertNull(story.getScheduledBy());
            }
            boolean changed = !java.util.Objects.equals(publishAt, story.getPublishAt())
                    || !java.util.Objects.equals(embargo, story.getEmbargoUntil());
            boolean spent = publishAt != null && story.getState() == StoryState.PUBLISHED;
            if (changed && !spent) {
                assertEquals(logBefore + 1, story.getScheduleLog().size(), "every change is logged: " + s);
            }
        }
    }
}
