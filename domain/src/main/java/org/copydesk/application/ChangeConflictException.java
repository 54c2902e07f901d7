package org.copydesk.application;

/**
 * A change the records as they stand refuse (a name taken, a guard such as "the last administrator"), or a change
 * made on a record that someone else changed since it was read ({@link #stale()}). The message says which, in
 * words for the person who asked.
 */
public abstract class ChangeConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean stale;

    protected ChangeConflictException(String message, boolean stale) {
        super(message);
        this.stale = stale;
    }

    /** Whether the record changed since it was read (else the records as they stand refuse the change). */
    public boolean stale() {
        return stale;
    }
}
