package org.copydesk.domain.workflow;

/** Where a story stands in the editorial workflow. */
public enum StoryState {
    DRAFT,
    SOURCING_REVIEW,
    COPY_EDIT,
    READY,
    PUBLISHED,
    RETRACTED,
    /** Put aside from the draft desk (the Spiked queue): never deleted, brought back as a draft by unspiking. */
    SPIKED;

    /** The state as the desk says it: "Sourcing review", "Ready to publish", not SOURCING_REVIEW or READY. */
    public String inWords() {
        return switch (this) {
            case DRAFT -> "Draft";
            case SOURCING_REVIEW -> "Sourcing review";
            case COPY_EDIT -> "Copy desk";
            case READY -> "Ready to publish";
            case PUBLISHED -> "Published";
            case RETRACTED -> "Retracted";
            case SPIKED -> "Spiked";
        };
    }
}
