package org.copydesk.domain.workflow;

import java.util.Optional;
import org.copydesk.domain.policy.Refusal;

/**
 * The actor's role or ownership does not allow what was asked. Answered as 403. Thrown from a
 * {@link Refusal} of the {@link org.copydesk.domain.policy.Policy}, it carries it: the rule that was missing and
 * the sentence for the user.
 */
public class NotPermittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Refusal refusal;

    public NotPermittedException(String message) {
        super(message);
        this.refusal = null;
    }

    public NotPermittedException(Refusal refusal) {
        super(refusal.message());
        this.refusal = refusal;
    }

    /** The policy's refusal this came from, when it came from one. */
    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }
}
