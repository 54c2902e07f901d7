package org.copydesk.application;

import java.time.Instant;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryState;

/** A line in a story list. */
public record StorySummary(long id, String slug, String headline, StoryState state, Instant updatedAt) {

    static StorySummary of(Story story) {
        return new StorySummary(story.getId(), story.getSlug(), story.getHeadline(), story.getState(),
                story.getUpdatedAt());
    }
}
