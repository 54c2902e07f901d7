package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copydesk.domain.sourcing.Attribution;
import org.copydesk.domain.sourcing.AttributionRepository;
import org.copydesk.domain.sourcing.Source;
import org.copydesk.domain.sourcing.SourceRepository;
import org.copydesk.domain.sourcing.SourcingGate;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.workflow.GuardName;
import org.copydesk.domain.workflow.StoryState;

/**
 * The one sourcing guard ({@link SourcingGate}'s rule over a story's attributions). The workflow asks it on
 * SOURCING_REVIEW → COPY_EDIT, COPY_EDIT → READY and READY → PUBLISHED; StoryService on a save of a story that
 * is ready to publish; CorrectionService when a correction is applied to a published story.
 */
@ApplicationScoped
public class SourcingGuard implements StoryGuard {

    @Inject
    AttributionRepository attributions;

    @Inject
    SourceRepository sources;

    @Override
    public GuardName name() {
        return GuardName.SOURCES;
    }

    @Override
    public List<String> unmet(Story story) {
        List<Attribution> all = attributions.ofStory(story.getId());
        Set<Long> ids = all.stream()
                .map(Attribution::getSourceId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, Source> linked = ids.isEmpty()
                ? Map.of()
                : sources.findAll(ids).stream().collect(Collectors.toMap(Source::getId, Function.identity()));
        return SourcingGate.problems(all, linked);
    }

    /** What blocks now, for a story whose change is checked against it afterwards (empty before review). */
    public List<String> before(Story story) {
        return guarded(story) ? unmet(story) : List.of();
    }

    /**
     * Refuses a change to a story that is ready to publish or published when it made claims block that did
     * not block before it ({@link #before}): a new claim nobody sourced, a claim given to another speaker.
     * What blocked already (a source disputed since sign-off) is the publish guard's matter, not this change's.
     */
    public void refuseNewProblems(Story story, List<String> before, String message) {
        if (!guarded(story)) {
            return;
        }
        List<String> added = unmet(story).stream()
                .filter(problem -> !before.contains(problem))
                .toList();
        if (!added.isEmpty()) {
            throw new UnsourcedClaimsException(message, added);
        }
    }

    private static boolean guarded(Story story) {
        return story.getState() == StoryState.READY || story.getState() == StoryState.PUBLISHED;
    }
}
