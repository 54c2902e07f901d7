package org.copydesk.domain.workflow;

/** The actor's role or ownership does not allow what was asked. Answered as 403. */
public class NotPermittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotPermittedException(String message) {
        super(message);
    }
}
