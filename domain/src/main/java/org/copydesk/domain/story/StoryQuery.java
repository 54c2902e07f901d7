package org.copydesk.domain.story;

import java.util.Set;
import org.copydesk.domain.workflow.StoryState;

/**
 * What a story list asks for: states (empty = any), a reporter (null = anyone) and words that must
 * appear in the headline or body (null = no text search), an assignee (null = anyone or nobody), a section the
 * story is filed in (null = any), and the span its last change falls in ({@code changedFrom} inclusive,
 * {@code changedBefore} exclusive; null = open).
 */
public record StoryQuery(
        Set<StoryState> states,
        String reporter,
        String text,
        String assignee,
        String section,
        java.time.Instant changedFrom,
        java.time.Instant changedBefore)
        implements java.io.Serializable {

    public StoryQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
        reporter = reporter == null || reporter.isBlank() ? null : reporter;
        text = text == null || text.isBlank() ? null : text.strip();
        assignee = assignee == null || assignee.isBlank() ? null : assignee;
        section = section == null || section.isBlank() ? null : section.strip();
    }

    public StoryQuery(Set<StoryState> states, String reporter, String text, String assignee) {
        this(states, reporter, text, assignee, null, null, null);
    }

    /** Whether the list asks only for states, reporter and assignee (the lists an index answers in order). */
    public boolean byPeopleAndStateOnly() {
        return text == null && section == null && changedFrom == null && changedBefore == null;
    }

    /**
     * This query narrowed by a filter's criteria: the states both allow, and every other criterion the filter
     * sets taken from it. Empty when they allow no state in common (the list would be empty).
     */
    public java.util.Optional<StoryQuery> narrowedBy(StoryQuery filter) {
        Set<StoryState> both;
        if (filter.states.isEmpty()) {
            both = states;
        } else if (states.isEmpty()) {
            both = filter.states;
        } else {
            both = new java.util.HashSet<>(states);
            both.retainAll(filter.states);
            if (both.isEmpty()) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(new StoryQuery(
                both,
                filter.reporter != null ? filter.reporter : reporter,
                filter.text != null ? filter.text : text,
                filter.assignee != null ? filter.assignee : assignee,
                filter.section != null ? filter.section : section,
                filter.changedFrom != null ? filter.changedFrom : changedFrom,
                filter.changedBefore != null ? filter.changedBefore : changedBefore));
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
