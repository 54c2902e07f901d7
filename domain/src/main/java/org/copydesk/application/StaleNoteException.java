package org.copydesk.application;

/** A change to a note that someone changed since the caller read it. Answered as 412. */
public class StaleNoteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient NoteView current;

    public StaleNoteException(long expected, NoteView current) {
        super("Note " + current.id() + " changed since you read it (you sent version " + expected
                + ", it is at version " + current.version() + ").");
        this.current = current;
    }

    public NoteView current() {
        return current;
    }
}
