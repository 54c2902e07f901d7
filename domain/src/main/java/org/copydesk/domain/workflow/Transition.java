package org.copydesk.domain.workflow;

import static org.copydesk.domain.workflow.StoryState.COPY_EDIT;
import static org.copydesk.domain.workflow.StoryState.DRAFT;
import static org.copydesk.domain.workflow.StoryState.PUBLISHED;
import static org.copydesk.domain.workflow.StoryState.READY;
import static org.copydesk.domain.workflow.StoryState.RETRACTED;
import static org.copydesk.domain.workflow.StoryState.SOURCING_REVIEW;
import static org.copydesk.domain.workflow.StoryState.SPIKED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copydesk.domain.user.Role;

/** Every move a story can make, with who may make it and whether a note is required. */
public enum Transition {
    SUBMIT(
            DRAFT,
            SOURCING_REVIEW,
            "Submit for sourcing review",
            false,
            EnumSet.of(GuardName.CONTENT),
            Role.REPORTER,
            Role.EDITOR),
    RETURN_TO_REPORTER(SOURCING_REVIEW, DRAFT, "Return to reporter", true, Guards.NONE, Role.EDITOR),
    APPROVE_SOURCES(
            SOURCING_REVIEW,
            COPY_EDIT,
            "Approve sources, send to copy desk",
            false,
            EnumSet.of(GuardName.SOURCES),
            Role.EDITOR),
    RETURN_TO_SOURCING(COPY_EDIT, SOURCING_REVIEW, "Return to sourcing review", true, Guards.NONE, Role.COPY_EDITOR),
    RETURN_TO_DRAFT(COPY_EDIT, DRAFT, "Return to reporter", true, Guards.NONE, Role.COPY_EDITOR),
    // the sourcing guard stands on every move forward after the review: a claim added or rewritten at the
    // copy desk, or a source disputed meanwhile, stops the story again
    SIGN_OFF(
            COPY_EDIT,
            READY,
            "Sign off as ready",
            false,
            EnumSet.of(GuardName.SOURCES, GuardName.FINDINGS, GuardName.PICTURES),
            Role.COPY_EDITOR),
    // added to the first design's table: a story that is ready but must change in a way the guard refuses (a new claim)
    // goes back to the copy desk, and from there to sourcing review if need be
    RETURN_TO_COPY_DESK(READY, COPY_EDIT, "Return to copy desk", true, Guards.NONE, Role.EDITOR, Role.COPY_EDITOR),
    PUBLISH(
            READY,
            PUBLISHED,
            "Publish",
            false,
            EnumSet.of(GuardName.SOURCES, GuardName.PICTURES, GuardName.EMBARGO),
            Role.EDITOR),
    RETRACT(PUBLISHED, RETRACTED, "Retract", true, Guards.NONE, Role.EDITOR),
    // a draft nobody will run is spiked, not deleted: it waits in the Spiked queue and can come back
    SPIKE(DRAFT, SPIKED, "Spike", false, Guards.NONE, Role.REPORTER, Role.EDITOR),
    UNSPIKE(SPIKED, DRAFT, "Unspike (back to drafts)", false, Guards.NONE, Role.REPORTER, Role.EDITOR);

    private final StoryState from;
    private final StoryState to;
    private final String label;
    private final boolean noteRequired;
    private final Set<Role> roles;
    private final Set<GuardName> guards;

    Transition(
            StoryState from,
            StoryState to,
            String label,
            boolean noteRequired,
            Set<GuardName> guards,
            Role first,
            Role... rest) {
        this.from = from;
        this.to = to;
        this.label = label;
        this.noteRequired = noteRequired;
        this.guards = guards;
        this.roles = EnumSet.of(first, rest);
    }

    /** The guards this move needs met, besides the note. */
    public Set<GuardName> guards() {
        return Set.copyOf(guards);
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

    /** Holds the empty guard set (an enum's constants come before its static fields). */
    private static final class Guards {
        static final Set<GuardName> NONE = EnumSet.noneOf(GuardName.class);
    }

    public static List<Transition> from(StoryState state) {
        return Arrays.stream(values()).filter(t -> t.from == state).toList();
    }
}
