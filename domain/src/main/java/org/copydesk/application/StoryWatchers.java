package org.copydesk.application;

import java.util.Set;

/**
 * Who has a story open right now (the web layer knows, from the live connections of the story page).
 * Implementations are CDI beans; without one, nobody is counted as watching.
 */
public interface StoryWatchers {

    Set<String> watching(long storyId);
}
