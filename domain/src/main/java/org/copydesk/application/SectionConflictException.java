package org.copydesk.application;

/** A section change refused: the name is another section's, or the section changed since it was read. */
public class SectionConflictException extends ChangeConflictException {

    private static final long serialVersionUID = 1L;

    public SectionConflictException(String message, boolean stale) {
        super(message, stale);
    }
}
