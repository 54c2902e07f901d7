package org.copydesk.domain.story;

import java.util.Set;

/**
 * What a story list asks for: states (empty = any), a reporter (null = anyone) and words that must
 * appear in the headline or body (null = no text search).
 */
public record StoryQuery(Set<StoryState> states, String reporter, String text) implements java.io.Serializable {

    public StoryQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
        reporter = reporter == null || reporter.isBlank() ? null : reporter;
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static StoryQuery all() {
        return new StoryQuery(Set.of(), null, null);
    }

    public static StoryQuery inState(StoryState state) {
        return new StoryQuery(Set.of(state), null, null);
    }
}
