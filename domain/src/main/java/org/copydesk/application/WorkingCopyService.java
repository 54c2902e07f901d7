package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.story.Draft;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.story.WorkingCopy;
import org.copydesk.domain.story.WorkingCopyRepository;
import org.copydesk.domain.user.Actor;

/**
 * Keeps each writer's unsaved edits of a story (docs/editor.md, "Nothing is lost"): the editor sends them
 * a few seconds after typing stops; on return they are offered back until the writer restores or
 * discards them, or saves the story. Only someone who may edit the story now keeps a working copy of it.
 */
@ApplicationScoped
@Transactional
public class WorkingCopyService {

    /** A kept working copy, as offered back to its writer. */
    public record Offer(Draft draft, long baseVersion, Instant savedAt, boolean storyChangedSince)
            implements java.io.Serializable {}

    @Inject
    StoryRepository stories;

    @Inject
    WorkingCopyRepository copies;

    @Inject
    Clock clock;

    /** Keeps the draft typed on version {@code baseVersion} of the story; answers when it was kept. */
    public Instant keep(long storyId, long baseVersion, Draft draft, Actor by) {
        Story story = stories.find(storyId).orElseThrow(() -> new StoryNotFoundException("with id " + storyId));
        String refusal = story.editRefusal(by);
        if (refusal != null) {
            throw new NotPermittedException(refusal);
        }
        Instant now = clock.instant();
        Optional<WorkingCopy> kept = copies.find(storyId, by.username());
        if (kept.isPresent()) {
            kept.get().keep(baseVersion, now, draft);
        } else {
            copies.store(new WorkingCopy(storyId, by.username(), baseVersion, now, draft));
        }
        return now;
    }

    /**
     * The writer's kept working copy of the story, if it holds something the story does not: a copy that
     * says what the story already says offers nothing (and is forgotten).
     */
    public Optional<Offer> offer(long storyId, Actor by) {
        Optional<WorkingCopy> kept = copies.find(storyId, by.username());
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        Story story = stories.find(storyId).orElseThrow(() -> new StoryNotFoundException("with id " + storyId));
        WorkingCopy copy = kept.get();
        Draft draft = copy.draft();
        if (!draft.differsFrom(story.content())) {
            copies.delete(storyId, by.username());
            return Optional.empty();
        }
        return Optional.of(
                new Offer(draft, copy.baseVersion(), copy.savedAt(), story.getVersion() != copy.baseVersion()));
    }

    public void discard(long storyId, Actor by) {
        copies.delete(storyId, by.username());
    }

    /** A writer's save makes their working copy of that story history (the revision holds it now). */
    void onSaved(@Observes StoryChanged changed) {
        if (changed.kind() == StoryChanged.Kind.SAVED && changed.by() != null) {
            copies.delete(changed.storyId(), changed.by());
        }
    }
}
