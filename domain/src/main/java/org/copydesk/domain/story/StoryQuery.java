package org.copydesk.domain.story;

import java.util.Set;

/**
 * What a story list asks for: states (empty = any), a reporter (null = anyone) and words that must
 * appear in the headline or body (null = no text search), and an assignee (null = anyone or nobody).
 */
public record StoryQuery(Set<StoryState> states, String reporter, String text, String assignee)
        implements java.io.Serializable {

    public StoryQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
        reporter = reporter == null || reporter.isBlank() ? null : reporter;
        text = text == null || text.isBlank() ? null : text.strip();
        assignee = assignee == null || assignee.isBlank() ? null : assignee;
    }

    /** Any assignee. */
    public StoryQuery(Set<StoryState> states, String reporter, String text) {
        this(states, reporter, text, null);
    }

    /** Stories assigned to a user, in any of the states (empty = any). */
    public static StoryQuery assignedTo(String username, Set<StoryState> states) {
        return new StoryQuery(states, null, null, username);
    }

    public static StoryQuery all() {
        return new StoryQuery(Set.of(), null, null);
    }

    public static StoryQuery inState(StoryState state) {
        return new StoryQuery(Set.of(state), null, null);
    }
}
