package org.copydesk.application;

/**
 * Someone else changed the source since the caller read it. Carries the source as it is now. Answered as
 * 412 (API) or a conflict message offering to reload (UI).
 */
public class StaleSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient SourceView current;
    private final long expectedVersion;

    public StaleSourceException(long expectedVersion, SourceView current) {
        super("The source \"" + current.name() + "\" was changed" + lastBy(current) + " since you opened it (you had"
                + " version " + expectedVersion + ", it is now at version " + current.version() + ").");
        this.current = current;
        this.expectedVersion = expectedVersion;
    }

    private static String lastBy(SourceView current) {
        return current.history().isEmpty()
                ? ""
                : " by " + current.history().get(current.history().size() - 1).actor();
    }

    public SourceView current() {
        return current;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
