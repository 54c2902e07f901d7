package org.copydesk.domain.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.domain.user.Actor;

/**
 * The rules of the workflow table of docs/design.md. Pure functions of the story's state, its owner, the actor,
 * the facts the guards need and the note given.
 */
public final class Workflow {

    private Workflow() {}

    /** Decides one move. Role and ownership are checked before guards; all unmet guards are listed. */
    public static Decision decide(
            StoryState current, StoryState target, Actor actor, String owner, StoryFacts facts, String note) {
        Transition transition = Transition.between(current, target).orElse(null);
        if (transition == null) {
            return new Decision(
                    Decision.Outcome.NO_SUCH_TRANSITION,
                    null,
                    List.of("A story in " + current + " cannot move to " + target + "."));
        }
        Optional<Refusal> refusal = Policy.move(actor, transition, owner);
        if (refusal.isPresent()) {
            return new Decision(
                    Decision.Outcome.NOT_PERMITTED,
                    transition,
                    List.of(refusal.get().message()));
        }
        List<String> unmet = unmetGuards(transition, facts);
        if (transition.noteRequired() && (note == null || note.isBlank())) {
            unmet.add(
                    transition == Transition.RETRACT
                            ? "A public note saying why the story is retracted is required."
                            : "A note for the reporter is required when a story is returned.");
        }
        if (!unmet.isEmpty()) {
            return new Decision(Decision.Outcome.GUARDS_UNMET, transition, unmet);
        }
        return new Decision(Decision.Outcome.ALLOWED, transition, List.of());
    }

    /**
     * The moves this actor may make from the current state, each with the guards still unmet (the note
     * is asked for when the move is made, so it is not counted here).
     */
    public static List<Option> options(StoryState current, Actor actor, String owner, StoryFacts facts) {
        List<Option> options = new ArrayList<>();
        for (Transition transition : Transition.from(current)) {
            if (Policy.move(actor, transition, owner).isEmpty()) {
                options.add(new Option(transition, unmetGuards(transition, facts)));
            }
        }
        return options;
    }

    /** A move the actor may make, and what still stands in its way. */
    public record Option(Transition transition, List<String> unmetGuards) {
        public Option {
            unmetGuards = List.copyOf(unmetGuards);
        }

        public boolean ready() {
            return unmetGuards.isEmpty();
        }
    }

    /** What stands in the move's way: every guard the transition names, in the table's order. */
    private static List<String> unmetGuards(Transition transition, StoryFacts facts) {
        List<String> unmet = new ArrayList<>();
        for (GuardName guard : GuardName.values()) {
            if (transition.guards().contains(guard)) {
                unmet.addAll(facts.unmet(guard));
            }
        }
        return unmet;
    }
}
