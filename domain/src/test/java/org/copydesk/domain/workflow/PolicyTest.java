package org.copydesk.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.junit.jupiter.api.Test;

class PolicyTest {

    private static final Actor REPORTER = Actor.of("rita", Role.REPORTER);
    private static final Actor OTHER_REPORTER = Actor.of("ron", Role.REPORTER);
    private static final Actor EDITOR = Actor.of("ed", Role.EDITOR);
    private static final Actor COPY = Actor.of("cora", Role.COPY_EDITOR);
    private static final Actor ADMIN = Actor.of("ada", Role.ADMIN);
    private static final Actor NOBODY = new Actor("guest", EnumSet.noneOf(Role.class));

    @Test
    void everyPermissionIsHeldByItsRolesOnly() {
        for (Permission p : Permission.values()) {
            for (Role r : Role.values()) {
                Actor actor = Actor.of("x", r);
                assertEquals(p.roles().contains(r), Policy.allows(actor, p), p + " for " + r);
            }
            assertFalse(Policy.allows(NOBODY, p), p + " for nobody");
            assertFalse(Policy.allows(null, p), p + " for null");
        }
    }

    @Test
    void aRefusalNamesWhoMay() {
        Refusal refusal = Policy.check(REPORTER, Permission.VERIFY_SOURCE).orElseThrow();
        assertEquals("VERIFY_SOURCE", refusal.rule());
        assertEquals("Only editors may change a source's verification.", refusal.message());
        assertEquals(
                "Only editors and copy editors may decide copy-check findings.",
                Policy.check(ADMIN, Permission.DECIDE_FINDINGS).orElseThrow().message());
        NotPermittedException e =
                assertThrows(NotPermittedException.class, () -> Policy.require(COPY, Permission.RUN_SOURCING_REVIEW));
        assertEquals("Only editors may run the sourcing review.", e.getMessage());
    }

    @Test
    void editingDependsOnStateAndOwnership() {
        assertTrue(Policy.edit(REPORTER, StoryState.DRAFT, "rita").isEmpty());
        assertFalse(Policy.edit(OTHER_REPORTER, StoryState.DRAFT, "rita").isEmpty());
        assertTrue(Policy.edit(EDITOR, StoryState.DRAFT, "rita").isEmpty());
        assertFalse(Policy.edit(REPORTER, StoryState.SOURCING_REVIEW, "rita").isEmpty());
        assertTrue(Policy.edit(EDITOR, StoryState.SOURCING_REVIEW, "rita").isEmpty());
        assertTrue(Policy.edit(COPY, StoryState.COPY_EDIT, "rita").isEmpty());
        assertTrue(Policy.edit(COPY, StoryState.READY, "rita").isEmpty());
        assertFalse(Policy.edit(ADMIN, StoryState.COPY_EDIT, "rita").isEmpty());
        for (Actor a : new Actor[] {REPORTER, EDITOR, COPY, ADMIN}) {
            assertEquals(
                    "A published story changes only through a correction.",
                    Policy.edit(a, StoryState.PUBLISHED, "rita").orElseThrow().message());
        }
    }

    @Test
    void movesFollowTheTransitionsRolesAndSubmitNeedsTheOwner() {
        assertTrue(Policy.move(REPORTER, Transition.SUBMIT, "rita").isEmpty());
        assertEquals(
                "Only the story's reporter or an editor may submit it; this story is rita's.",
                Policy.move(OTHER_REPORTER, Transition.SUBMIT, "rita")
                        .orElseThrow()
                        .message());
        assertTrue(Policy.move(EDITOR, Transition.SUBMIT, "rita").isEmpty());
        assertEquals(
                "Only editors may publish.",
                Policy.move(COPY, Transition.PUBLISH, "rita").orElseThrow().message());
        assertTrue(Policy.move(COPY, Transition.SIGN_OFF, "rita").isEmpty());
        assertFalse(Policy.move(EDITOR, Transition.SIGN_OFF, "rita").isEmpty());
    }

    @Test
    void correctionsAndAudit() {
        assertTrue(Policy.approveCorrection(COPY, true).isEmpty());
        assertFalse(Policy.approveCorrection(COPY, false).isEmpty());
        assertTrue(Policy.approveCorrection(EDITOR, false).isEmpty());
        assertFalse(Policy.approveCorrection(REPORTER, true).isEmpty());
        assertTrue(Policy.readAudit(REPORTER, "rita").isEmpty());
        assertFalse(Policy.readAudit(OTHER_REPORTER, "rita").isEmpty());
        assertTrue(Policy.readAudit(ADMIN, "rita").isEmpty());
        assertFalse(Policy.readAudit(COPY, "rita").isEmpty());
    }

    @Test
    void theDeskPreviewsAnyStoryAReporterTheirOwn() {
        assertTrue(Policy.preview(REPORTER, "rita").isEmpty());
        assertFalse(Policy.preview(OTHER_REPORTER, "rita").isEmpty());
        assertTrue(Policy.preview(EDITOR, "rita").isEmpty());
        assertTrue(Policy.preview(COPY, "rita").isEmpty());
        assertTrue(Policy.preview(ADMIN, "rita").isEmpty());
        assertFalse(Policy.preview(NOBODY, "rita").isEmpty());
        assertFalse(Policy.preview(NOBODY, "guest").isEmpty(), "a signed-in user without a role previews nothing");
    }
}
