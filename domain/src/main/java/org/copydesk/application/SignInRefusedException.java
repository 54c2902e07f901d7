package org.copydesk.application;

/** A sign-in through the newsroom's identity provider that Copydesk refuses, with what to tell the person. */
public class SignInRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, here or in the sign-in's protocol: the sign-in page words it from this ({@code ?refused=}). */
    public enum Reason {
        /** The provider gave none of the roles Copydesk knows. */
        NO_ROLE,
        /** An administrator disabled the account here. */
        DISABLED,
        /** The provider's name for the person cannot be a username. */
        USERNAME,
        /** A callback this browser did not start, or one the protocol does not take as the sign-in's. */
        EXPIRED,
        /** The provider said no (the person cancelled), or its tokens did not check. */
        PROVIDER
    }

    private final Reason reason;

    public SignInRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
