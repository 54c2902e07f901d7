package org.copydesk.application;

import java.time.Instant;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.workflow.StoryState;

/**
 * A line in a story list or queue; {@code publishAt} is its scheduled publication and {@code embargoUntil} its
 * embargo's end (null when none).
 */
public record StorySummary(
        long id,
        String slug,
        String headline,
        StoryState state,
        String reporter,
        Instant updatedAt,
        String updatedBy,
        String assignee,
        Instant publishAt,
        Instant embargoUntil)
        implements java.io.Serializable {

    static StorySummary of(Story story) {
        return new StorySummary(
                story.getId(),
                story.getSlug(),
                story.getHeadline(),
                story.getState(),
                story.getReporter(),
                story.getUpdatedAt(),
                story.getUpdatedBy(),
                story.getAssignee(),
                story.getPublishAt(),
                story.getEmbargoUntil());
    }
}
