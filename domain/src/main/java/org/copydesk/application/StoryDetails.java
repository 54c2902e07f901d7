package org.copydesk.application;

import java.time.Instant;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryState;

/** A whole story, as the API and the editor show it. */
public record StoryDetails(long id, String slug, String headline, String body, StoryState state, long version,
        Instant createdAt, Instant updatedAt) {

    static StoryDetails of(Story story) {
        return new StoryDetails(story.getId(), story.getSlug(), story.getHeadline(), story.getBody(),
                story.getState(), story.getVersion(), story.getCreatedAt(), story.getUpdatedAt());
    }
}
