package org.copydesk.engine.importing;

/** The text cannot be imported as a story; the message says why in words an editor understands. */
public class ImportException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }
}
