package org.copydesk.domain.workflow;

import java.util.List;

/**
 * The workflow's answer to "may this actor make this move now?": allowed; not permitted for this actor
 * (a matter of role or ownership); not a move from this state; or refused because guards are unmet,
 * every unmet guard listed.
 */
public record Decision(Outcome outcome, Transition transition, List<String> reasons) {

    public enum Outcome {
        ALLOWED,
        NOT_PERMITTED,
        NO_SUCH_TRANSITION,
        GUARDS_UNMET
    }

    public Decision {
        reasons = List.copyOf(reasons);
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }
}
