package org.copydesk.application;

import java.io.Serializable;
import org.copydesk.domain.workflow.StoryState;

/** Another story with the same near-miss, offered for the same fix. */
public record SweepHit(long storyId, String headline, StoryState state, int occurrences, String excerpt)
        implements Serializable {}
