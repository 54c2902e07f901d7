package org.copydesk.application;

/** A new password refused: which field ("current" or "new") and why, as a sentence for the person typing it. */
public class PasswordRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public PasswordRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
