package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.workflow.GuardName;
import org.copydesk.domain.workflow.StoryFacts;
import org.copydesk.domain.workflow.StoryState;
import org.copydesk.domain.workflow.Transition;
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
        Set<GuardName> needed = Transition.between(story.getState(), target)
                .map(Transition::guards)
                .orElse(Set.of());
        story.moveTo(target, by, facts(story, needed), note, clock.instant());
        stories.flush();
        changed.fire(new StoryChanged(id, story.getSlug(), target, by.username(), StoryChanged.Kind.MOVED));
        return StoryDetails.of(story);
    }

    @Transactional
    public List<WorkflowOptionView> options(long id, Actor actor) {
        Story story = load(id);
        Set<GuardName> needed = EnumSet.noneOf(GuardName.class);
        Transition.from(story.getState()).forEach(t -> needed.addAll(t.guards()));
        return Workflow.options(story.getState(), actor, story.getReporter(), facts(story, needed)).stream()
                .map(o -> new WorkflowOptionView(
                        o.transition(),
                        o.transition().to(),
                        o.transition().label(),
                        o.transition().noteRequired(),
                        o.unmetGuards()))
                .toList();
    }

    @Transactional
    public List<TransitionView> log(long id) {
        return load(id).getTransitions().stream().map(TransitionView::of).toList();
    }

    private Story load(long id) {
        return stories.find(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
    }

    /** Asks exactly the guards named, each once. */
    private StoryFacts facts(Story story, Set<GuardName> needed) {
        Map<GuardName, List<String>> unmet = new EnumMap<>(GuardName.class);
        for (StoryGuard guard : guards) {
            if (needed.contains(guard.name())) {
                unmet.merge(guard.name(), guard.unmet(story), (x, y) -> java.util.stream.Stream.concat(
                                x.stream(), y.stream())
                        .toList());
            }
        }
        for (GuardName name : needed) {
            if (!unmet.containsKey(name)) {
                throw new IllegalStateException("No guard bean answers for " + name);
            }
        }
        return new StoryFacts(unmet);
    }
}
