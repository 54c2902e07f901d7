package org.copydesk.domain.media;

/** An upload that is not a picture Copydesk takes; {@link #reason()} says why, so the API can answer 413/415/400. */
public class PictureException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a picture was refused. */
    public enum Reason {
        /** Not JPEG, PNG or WebP by its first bytes. */
        NOT_A_PICTURE,
        /** More bytes or pixels than a picture may have. */
        TOO_LARGE,
        /** Looks like a picture but cannot be read. */
        UNREADABLE
    }

    private final Reason reason;

    public PictureException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
