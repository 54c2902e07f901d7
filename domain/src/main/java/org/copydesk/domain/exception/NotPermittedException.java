package org.copydesk.domain.exception;

import java.util.Optional;

/**
 * The actor's role or ownership does not allow what was asked. Answered as 403. Thrown from a refusal of the
 * policy ({@code org.copydesk.domain.workflow.Refusal#exception()}), it carries the rule that was missing beside
 * the sentence for the user.
 */
public class NotPermittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;

    public NotPermittedException(String message) {
        super(message);
        this.rule = null;
    }

    public NotPermittedException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** The permission or rule that was missing ("APPROVE_CORRECTION", "FOUR_EYES"), when a policy rule refused. */
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }
}
