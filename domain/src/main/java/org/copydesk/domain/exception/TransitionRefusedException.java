package org.copydesk.domain.exception;

import java.util.List;

/** A move that is not possible now: not a move from this state, or guards unmet. Answered as 409. */
public class TransitionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<String> reasons;

    public TransitionRefusedException(String message, List<String> reasons) {
        super(message);
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
