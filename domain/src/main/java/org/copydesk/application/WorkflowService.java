package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.story.StoryState;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.workflow.StoryFacts;
import org.copydesk.domain.workflow.Workflow;

/** Moving stories through the workflow, and telling a user which moves are open to them. */
@ApplicationScoped
@Transactional
public class WorkflowService {

    @Inject
    StoryRepository stories;

    @Inject
    @Any
    Instance<StoryGuard> guards;

    @Inject
    Clock clock;

    @Inject
    Event<StoryChanged> changed;

    /**
     * Moves a story. With an expected version (the API's If-Match) a move on a story that changed
     * since the caller read it is refused as stale.
     */
    public StoryDetails move(long id, StoryState target, String note, Actor by, Long expectedVersion) {
        Story story = load(id);
        if (expectedVersion != null && story.getVersion() != expectedVersion) {
            throw new StaleStoryException(expectedVersion, StoryDetails.of(story));
        }
        story.moveTo(target, by, facts(story), note, clock.instant());
        stories.flush();
        changed.fire(new StoryChanged(id, story.getSlug(), target, by.username(), StoryChanged.Kind.MOVED));
        return StoryDetails.of(story);
    }

    @Transactional
    public List<WorkflowOptionView> options(long id, Actor actor) {
        Story story = load(id);
        return Workflow.options(story.getState(), actor, story.getReporter(), facts(story)).stream()
                .map(o -> new WorkflowOptionView(o.transition(), o.transition().to(), o.transition().label(),
                        o.transition().noteRequired(), o.unmetGuards()))
                .toList();
    }

    @Transactional
    public List<TransitionView> log(long id) {
        return load(id).getTransitions().stream().map(TransitionView::of).toList();
    }

    private Story load(long id) {
        return stories.find(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
    }

    private StoryFacts facts(Story story) {
        StoryFacts own = story.facts();
        List<String> sourcing = new ArrayList<>(own.sourcingProblems());
        List<String> findings = new ArrayList<>(own.openFindings());
        for (StoryGuard guard : guards) {
            sourcing.addAll(guard.sourcingProblems(story));
            findings.addAll(guard.openFindings(story));
        }
        return new StoryFacts(own.hasHeadline(), own.blockCount(), sourcing, findings);
    }
}
