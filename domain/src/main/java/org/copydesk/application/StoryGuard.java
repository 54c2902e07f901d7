package org.copydesk.application;

import java.util.List;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.workflow.GuardName;

/**
 * One guard of the workflow, as a CDI bean: what it checks is named by {@link #name()}, and
 * {@link org.copydesk.domain.workflow.Transition#guards()} says which moves need it. WorkflowService asks
 * exactly the guards a move needs; other places a story changes (a save of a story ready to publish, a
 * correction) ask the sourcing guard themselves.
 */
public interface StoryGuard {

    GuardName name();

    /** Sentences naming what is unmet, each one an editor can act on; empty when the guard passes. */
    List<String> unmet(Story story);
}
