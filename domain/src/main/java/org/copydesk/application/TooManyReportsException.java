package org.copydesk.application;

/** A reader sent too many reports in an hour. Answered as 429. */
public class TooManyReportsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TooManyReportsException() {
        super("You have sent several reports in the last hour. Thank you; please try again later.");
    }
}
