package org.copydesk.domain.workflow;

/**
 * The guards a move can stand behind. Each is one class (a CDI bean of the application layer that implements
 * {@code StoryGuard} for its name); {@link Transition} says which guards each move needs, so one guard serves
 * every move that needs it.
 */
public enum GuardName {
    /** The story has a headline and at least one body block. */
    CONTENT,
    /**
     * Every claim in the text is linked to a source, and no linked source is unverified or disputed unless the
     * claim was waived with a note.
     */
    SOURCES,
    /** Every copy-check finding is applied or dismissed. */
    FINDINGS,
    /** Every picture has alt text (for readers who cannot see it) and a credit. */
    PICTURES,
    /** The story's embargo, if it has one, has ended. */
    EMBARGO
}
