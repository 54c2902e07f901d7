package org.copydesk.domain.workflow;

import static org.copydesk.domain.story.StoryState.COPY_EDIT;
import static org.copydesk.domain.story.StoryState.DRAFT;
import static org.copydesk.domain.story.StoryState.PUBLISHED;
import static org.copydesk.domain.story.StoryState.READY;
import static org.copydesk.domain.story.StoryState.RETRACTED;
import static org.copydesk.domain.story.StoryState.SOURCING_REVIEW;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copydesk.domain.story.StoryState;
import org.copydesk.domain.user.Role;

/** Every move a story can make, with who may make it and whether a note is required. */
public enum Transition {
    SUBMIT(DRAFT, SOURCING_REVIEW, "Submit for sourcing review", false, Role.REPORTER, Role.EDITOR),
    RETURN_TO_REPORTER(SOURCING_REVIEW, DRAFT, "Return to reporter", true, Role.EDITOR),
    APPROVE_SOURCES(SOURCING_REVIEW, COPY_EDIT, "Approve sources, send to copy desk", false, Role.EDITOR),
    RETURN_TO_SOURCING(COPY_EDIT, SOURCING_REVIEW, "Return to sourcing review", true, Role.COPY_EDITOR),
    RETURN_TO_DRAFT(COPY_EDIT, DRAFT, "Return to reporter", true, Role.COPY_EDITOR),
    SIGN_OFF(COPY_EDIT, READY, "Sign off as ready", false, Role.COPY_EDITOR),
    PUBLISH(READY, PUBLISHED, "Publish", false, Role.EDITOR),
    RETRACT(PUBLISHED, RETRACTED, "Retract", true, Role.EDITOR);

    private final StoryState from;
    private final StoryState to;
    private final String label;
    private final boolean noteRequired;
    private final Set<Role> roles;

    Transition(StoryState from, StoryState to, String label, boolean noteRequired, Role first, Role... rest) {
        this.from = from;
        this.to = to;
        this.label = label;
        this.noteRequired = noteRequired;
        this.roles = EnumSet.of(first, rest);
    }

    public StoryState from() {
        return from;
    }

    public StoryState to() {
        return to;
    }

    public String label() {
        return label;
    }

    public boolean noteRequired() {
        return noteRequired;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public static Optional<Transition> between(StoryState from, StoryState to) {
        return Arrays.stream(values()).filter(t -> t.from == from && t.to == to).findFirst();
    }

    public static List<Transition> from(StoryState state) {
        return Arrays.stream(values()).filter(t -> t.from == state).toList();
    }
}
