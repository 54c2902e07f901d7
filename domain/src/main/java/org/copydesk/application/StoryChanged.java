package org.copydesk.application;

import org.copydesk.domain.workflow.StoryState;

/** Fired after a story was created, saved or moved, once the change is committed. */
public record StoryChanged(long storyId, String slug, StoryState state, String by, Kind kind) {

    public enum Kind {
        CREATED,
        SAVED,
        MOVED,
        /** Assigned to someone (or unassigned); {@code by} is who assigned it. */
        ASSIGNED,
        /** Its publishing time or embargo set, changed or dropped; {@code by} is who did it. */
        SCHEDULED
    }
}
