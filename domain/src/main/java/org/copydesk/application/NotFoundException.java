package org.copydesk.application;

/** Something asked for by id does not exist. Answered as 404. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
