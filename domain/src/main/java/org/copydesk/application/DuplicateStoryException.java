package org.copydesk.application;

/** The text was imported before. Carries the story it became. Answered as 409. */
public class DuplicateStoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient StorySummary existing;

    public DuplicateStoryException(StorySummary existing) {
        super("This text was imported before as \"" + existing.headline() + "\" (" + existing.state() + ").");
        this.existing = existing;
    }

    public StorySummary existing() {
        return existing;
    }
}
