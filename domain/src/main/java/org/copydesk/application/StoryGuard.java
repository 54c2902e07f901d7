package org.copydesk.application;

import java.util.List;
import org.copydesk.domain.story.Story;

/**
 * Contributes to the workflow's guards what the story itself does not know: the sourcing review's
 * blocking attributions and the copy check's open findings. Implementations are CDI beans; every one
 * is asked before a transition.
 */
public interface StoryGuard {

    /** Sentences naming what blocks SOURCING_REVIEW → COPY_EDIT; empty when nothing does. */
    default List<String> sourcingProblems(Story story) {
        return List.of();
    }

    /** Sentences naming the open findings that block COPY_EDIT → READY; empty when none. */
    default List<String> openFindings(Story story) {
        return List.of();
    }
}
