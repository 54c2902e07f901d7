package org.copydesk.application;

/**
 * An account change that the accounts as they stand refuse: a username already taken, the last enabled
 * administrator disabled or stripped of the role, an administrator disabling themselves; or a change made on an
 * account that someone else changed since it was read. The message says which.
 */
public class AccountConflictException extends ChangeConflictException {

    private static final long serialVersionUID = 1L;

    public AccountConflictException(String message) {
        this(message, false);
    }

    public AccountConflictException(String message, boolean stale) {
        super(message, stale);
    }
}
