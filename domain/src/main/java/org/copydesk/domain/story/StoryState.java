package org.copydesk.domain.story;

/** Where a story stands in the editorial workflow. */
public enum StoryState {
    DRAFT,
    SOURCING_REVIEW,
    COPY_EDIT,
    READY,
    PUBLISHED,
    RETRACTED,
    /** Put aside from the draft desk (the Spiked queue): never deleted, brought back as a draft by unspiking. */
    SPIKED
}
