package org.copydesk.domain.sourcing;

import java.io.Serializable;
import org.copydesk.domain.workflow.StoryState;

/** A story that links a source: how many of its attributions rest on it. */
public record SourceUse(long storyId, String headline, StoryState state, long attributions) implements Serializable {}
