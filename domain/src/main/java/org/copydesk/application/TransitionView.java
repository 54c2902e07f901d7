package org.copydesk.application;

import java.time.Instant;
import org.copydesk.domain.story.TransitionRecord;
import org.copydesk.domain.workflow.StoryState;

/** One line of a story's workflow log. */
public record TransitionView(StoryState from, StoryState to, String actor, Instant at, String note)
        implements java.io.Serializable {

    static TransitionView of(TransitionRecord r) {
        return new TransitionView(r.from(), r.to(), r.actor(), r.at(), r.note());
    }
}
