package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.user.User;
import org.copydesk.domain.user.UserRepository;
import org.copydesk.domain.workflow.StoryState;

/**
 * Scheduled publishing and embargoes: an editor sets the time a ready story is published, anyone who may
 * set it keeps a story back until its embargo ends, and {@link #publishIfDue} publishes a story whose time
 * has come, on whichever node gets to it first. The story's row is held while it is published, so a second
 * node that reaches it meanwhile finds it published and does nothing: exactly one node publishes it.
 */
@ApplicationScoped
@Transactional
public class ScheduleService {

    /** A story published on schedule: when it was due and how long after that it was published. */
    public record Published(long storyId, String slug, Instant due, long lateMillis) {}

    /** A scheduled publication the workflow refused, with why: the schedule is dropped and the editor told. */
    public record Refused(long storyId, String slug, String editor, String headline, List<String> reasons) {}

    @Inject
    StoryRepository stories;

    @Inject
    UserRepository users;

    @Inject
    WorkflowService workflow;

    @Inject
    Clock clock;

    @Inject
    Event<StoryChanged> changed;

    @Inject
    Event<Refused> refused;

    /** Sets (or moves) the story's publishing time. */
    public StoryDetails schedule(long id, Instant at, Actor by, Long expectedVersion) {
        return change(id, expectedVersion, by, story -> story.schedule(at, by, clock.instant()));
    }

    /** Cancels the story's publishing time; nothing changes when none was set. */
    public StoryDetails unschedule(long id, Actor by, Long expectedVersion) {
        return change(id, expectedVersion, by, story -> story.unschedule(by, clock.instant()));
    }

    /** Sets the story's embargo, or lifts it ({@code until} null). */
    public StoryDetails embargo(long id, Instant until, Actor by, Long expectedVersion) {
        return change(id, expectedVersion, by, story -> story.embargo(until, by, clock.instant()));
    }

    /** Sets (or clears, with nulls) the story's deadline and length target, as the budget shows them. */
    public StoryDetails plan(long id, Instant deadline, Integer lengthTarget, Actor by, Long expectedVersion) {
        return change(id, expectedVersion, by, story -> story.plan(deadline, lengthTarget, by, clock.instant()));
    }

    private StoryDetails change(long id, Long expectedVersion, Actor by, Consumer<Story> change) {
        Story story = stories.findForUpdate(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
        if (expectedVersion != null && story.getVersion() != expectedVersion) {
            throw new StaleStoryException(expectedVersion, StoryDetails.of(story));
        }
        long before = story.getVersion();
        change.accept(story);
        stories.flush();
        if (story.getVersion() != before) {
            changed.fire(new StoryChanged(
                    id, story.getSlug(), story.getState(), by.username(), StoryChanged.Kind.SCHEDULED));
        }
        return StoryDetails.of(story);
    }

    /** The stories scheduled or under an embargo still running, soonest first: the dashboard's "Coming up". */
    @Transactional(TxType.SUPPORTS)
    public List<StorySummary> upcoming(int limit) {
        return stories.upcoming(clock.instant(), limit).stream()
                .map(StorySummary::of)
                .toList();
    }

    /** The stories whose publishing time has come, soonest first, at most {@code limit}. */
    @Transactional(TxType.SUPPORTS)
    public List<Long> due(int limit) {
        return stories.dueForPublishing(clock.instant(), limit);
    }

    /**
     * Publishes the story if its time has come, as the editor who scheduled it, in a transaction of its own
     * that holds the story's row; null when it is not due (any more: published meanwhile by another node,
     * rescheduled, cancelled or moved out of Ready). A move the workflow refuses throws (and rolls back); the
     * caller then gives the reasons to {@link #refuse}.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Published publishIfDue(long id) {
        Optional<Story> found = stories.findForUpdate(id);
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().dueAt(now)) {
            return null;
        }
        Story story = found.get();
        Instant due = story.getPublishAt();
        Actor editor = editor(story.getScheduledBy());
        Duration late = Duration.between(due, now);
        workflow.move(
                id,
                StoryState.PUBLISHED,
                "Published on schedule (due " + Story.when(due) + ", " + late.toMillis() + " ms later)",
                editor,
                null);
        return new Published(id, story.getSlug(), due, late.toMillis());
    }

    /** Drops the schedule of a story whose scheduled publication was refused, and tells its editor why. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean refuse(long id, List<String> reasons) {
        Optional<Story> found = stories.findForUpdate(id);
        if (found.isEmpty() || !found.get().dueAt(clock.instant())) {
            return false;
        }
        Story story = found.get();
        String editor = story.getScheduledBy();
        story.scheduleRefused(reasons, clock.instant());
        stories.flush();
        refused.fire(new Refused(id, story.getSlug(), editor, story.getHeadline(), reasons));
        changed.fire(new StoryChanged(id, story.getSlug(), story.getState(), editor, StoryChanged.Kind.SCHEDULED));
        return true;
    }

    /** The scheduling editor as they are now: refused if their account was disabled or is no editor's any more. */
    private Actor editor(String username) {
        User user = users.findByUsername(username).orElse(null);
        if (user == null || !user.isEnabled() || !user.getRoles().contains(Role.EDITOR)) {
            throw new org.copydesk.domain.exception.NotPermittedException(username
                    + ", who scheduled the story, can no longer publish it; an editor must schedule it again.");
        }
        return new Actor(user.getUsername(), user.getRoles());
    }
}
