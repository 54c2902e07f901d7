package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.workflow.GuardName;

/** An embargoed story is published once its embargo has ended, not before. */
@ApplicationScoped
public class EmbargoGuard implements StoryGuard {

    @Inject
    Clock clock;

    @Override
    public GuardName name() {
        return GuardName.EMBARGO;
    }

    @Override
    public List<String> unmet(Story story) {
        return story.embargoedAt(clock.instant()) ? List.of(story.embargoReason()) : List.of();
    }
}
