package org.copydesk.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.application.StoryNotFoundException;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.workflow.Policy;

/** A story's complete audit record, from every {@link AuditSource}. Editors, admins and its reporter. */
@ApplicationScoped
@Transactional
public class AuditService {

    @Inject
    StoryRepository stories;

    @Inject
    @Any
    Instance<AuditSource> sources;

    @Inject
    Clock clock;

    public AuditTrail trail(long storyId, Actor by) {
        Story story = stories.find(storyId).orElseThrow(() -> new StoryNotFoundException("with id " + storyId));
        if (!mayRead(story, by)) {
            throw new NotPermittedException("Only editors, admins and the story's reporter see its audit record.");
        }
        List<List<AuditEntry>> parts = new ArrayList<>();
        for (AuditSource source : sources) {
            parts.add(source.entries(storyId));
        }
        return new AuditTrail(
                storyId,
                story.getSlug(),
                story.getHeadline(),
                story.getReporter(),
                story.getState().name(),
                clock.instant(),
                by.username(),
                AuditTrail.merge(parts));
    }

    public static boolean mayRead(Story story, Actor by) {
        return Policy.readAudit(by, story.getReporter()).isEmpty();
    }
}
