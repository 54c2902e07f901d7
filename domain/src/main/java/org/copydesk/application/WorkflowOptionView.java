package org.copydesk.application;

import java.util.List;
import org.copydesk.domain.workflow.StoryState;
import org.copydesk.domain.workflow.Transition;

/** A move the current user may make on a story, with what still stands in its way. */
public record WorkflowOptionView(
        Transition transition, StoryState to, String label, boolean noteRequired, List<String> unmetGuards)
        implements java.io.Serializable {

    public WorkflowOptionView {
        unmetGuards = List.copyOf(unmetGuards);
    }

    public boolean ready() {
        return unmetGuards.isEmpty();
    }
}
