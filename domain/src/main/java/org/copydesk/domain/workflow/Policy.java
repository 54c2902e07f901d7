package org.copydesk.domain.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;

/**
 * The one authorization policy of Copydesk: every "may this actor …?" is answered here, as an empty
 * {@link Optional} (allowed) or a {@link Refusal}. Pure functions of the actor and what the rule looks at.
 */
public final class Policy {

    /** The rule name of the four-eyes refusals. */
    public static final String FOUR_EYES = "FOUR_EYES";

    private Policy() {}

    /** A rule that depends on role alone. */
    public static Optional<Refusal> check(Actor actor, Permission permission) {
        if (actor != null && actor.hasAny(permission.roles())) {
            return Optional.empty();
        }
        return Optional.of(
                new Refusal(permission.name(), "Only " + permission.holders() + " may " + permission.what() + "."));
    }

    public static boolean allows(Actor actor, Permission permission) {
        return check(actor, permission).isEmpty();
    }

    /** Throws {@link NotPermittedException} with the refusal's sentence unless the actor has the permission. */
    public static void require(Actor actor, Permission permission) {
        orThrow(check(actor, permission));
    }

    public static void orThrow(Optional<Refusal> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get().exception();
        }
    }

    /** Whether the actor may change a story's text in its state (a published story changes by correction). */
    public static Optional<Refusal> edit(Actor actor, StoryState state, String reporter) {
        String refusal =
                switch (state) {
                    case DRAFT ->
                        actor.has(Role.EDITOR) || (actor.has(Role.REPORTER) && actor.is(reporter))
                                ? null
                                : "Only the story's reporter or an editor may edit a draft.";
                    case SOURCING_REVIEW ->
                        actor.has(Role.EDITOR) ? null : "Only editors may edit a story in sourcing review.";
                    case COPY_EDIT, READY ->
                        actor.has(Role.COPY_EDITOR) || actor.has(Role.EDITOR)
                                ? null
                                : "Only copy editors and editors may edit a story on the copy desk.";
                    case PUBLISHED, RETRACTED -> "A published story changes only through a correction.";
                    case SPIKED -> "A spiked story is not edited; unspike it to edit it as a draft.";
                };
        return refusal == null ? Optional.empty() : Optional.of(new Refusal("EDIT_STORY", refusal));
    }

    /** Whether the actor may make this move on a story owned by {@code owner} (guards aside). */
    public static Optional<Refusal> move(Actor actor, Transition transition, String owner) {
        if (!actor.hasAny(transition.roles())) {
            return Optional.of(new Refusal(
                    "MOVE_" + transition.name(),
                    "Only " + describe(transition.roles()) + " may "
                            + transition.label().toLowerCase() + "."));
        }
        if ((transition == Transition.SUBMIT || transition == Transition.SPIKE || transition == Transition.UNSPIKE)
                && !actor.has(Role.EDITOR)
                && !actor.is(owner)) {
            String verb =
                    switch (transition) {
                        case SPIKE -> "spike";
                        case UNSPIKE -> "unspike";
                        default -> "submit";
                    };
            return Optional.of(new Refusal(
                    "MOVE_" + transition.name(),
                    "Only the story's reporter or an editor may " + verb + " it; this story is " + owner + "'s."));
        }
        return Optional.empty();
    }

    /**
     * Whether the actor may apply or reject a correction of this kind: editors for public corrections,
     * copy editors too for typo fixes.
     */
    public static Optional<Refusal> approveCorrection(Actor actor, boolean typoFix) {
        return typoFix ? check(actor, Permission.APPLY_TYPO_FIX) : check(actor, Permission.APPROVE_CORRECTION);
    }

    /** Whether the actor may read a story's audit record: the desk, or the story's own reporter. */
    public static Optional<Refusal> readAudit(Actor actor, String reporter) {
        if (allows(actor, Permission.READ_ANY_AUDIT) || (actor.has(Role.REPORTER) && actor.is(reporter))) {
            return Optional.empty();
        }
        return Optional.of(
                new Refusal("READ_AUDIT", "Only editors, admins and the story's reporter may read its audit record."));
    }

    /** Who may see a story's public rendering before it is public: the desk any story, a reporter their own. */
    public static Optional<Refusal> preview(Actor actor, String reporter) {
        if (actor.has(Role.EDITOR)
                || actor.has(Role.COPY_EDITOR)
                || actor.has(Role.ADMIN)
                || actor.has(Role.REPORTER) && actor.is(reporter)) {
            return Optional.empty();
        }
        return Optional.of(
                new Refusal("PREVIEW", "Only editors, copy editors, admins and the story's reporter may preview it."));
    }

    /** "copy editors and editors": roles in the enum's order, as a sentence's subject. */
    static String describe(Collection<Role> roles) {
        List<String> names = roles.stream().sorted().map(r -> r.inWords() + "s").toList();
        return String.join(" and ", names);
    }
}
