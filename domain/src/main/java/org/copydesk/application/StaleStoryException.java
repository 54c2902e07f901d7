package org.copydesk.application;

/**
 * Someone else saved the story since the caller read it. Carries the story as it is now, so the
 * caller can show what changed and keep its own text. Answered as 412 (API) or a conflict message (UI).
 */
public class StaleStoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient StoryDetails current;
    private final long expectedVersion;

    public StaleStoryException(long expectedVersion, StoryDetails current) {
        super("The story was changed by " + current.updatedBy() + " since you opened it (you had version "
                + expectedVersion + ", it is now at version " + current.version() + ").");
        this.current = current;
        this.expectedVersion = expectedVersion;
    }

    public StoryDetails current() {
        return current;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
