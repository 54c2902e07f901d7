package org.copydesk.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.domain.copydesk.CorrectionKind;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.junit.jupiter.api.Test;

/** The four-eyes rule on applying corrections: {@link Policy#approveCorrection(Actor, CorrectionKind, String, boolean)}. */
class FourEyesTest {

    private static final Actor ED = Actor.of("ed", Role.EDITOR);
    private static final Actor EVE = Actor.of("eve", Role.EDITOR);
    private static final Actor CORA = Actor.of("cora", Role.COPY_EDITOR);
    private static final Actor RITA = Actor.of("rita", Role.REPORTER);

    @Test
    void theProposerOfAPublicCorrectionMayNotApplyIt() {
        for (CorrectionKind kind : new CorrectionKind[] {CorrectionKind.CORRECTION, CorrectionKind.CLARIFICATION,
            CorrectionKind.UPDATE}) {
            Refusal refusal = Policy.approveCorrection(ED, kind, "ed", true).orElseThrow();
            assertEquals(Policy.FOUR_EYES, refusal.rule());
            assertTrue(refusal.message().startsWith("You proposed this " + kind.label().toLowerCase()), refusal.message());
            assertTrue(refusal.message().contains("another editor"), refusal.message());
            assertTrue(Policy.approveCorrection(EVE, kind, "ed", true).isEmpty(), "a second editor applies it");
        }
    }

    @Test
    void typoFixesAreExempt() {
        assertTrue(Policy.approveCorrection(CORA, CorrectionKind.TYPO, "cora", true).isEmpty());
        assertTrue(Policy.approveCorrection(ED, CorrectionKind.TYPO, "ed", true).isEmpty());
    }

    @Test
    void offTheRuleIsTheRoleRuleAlone() {
        assertTrue(Policy.approveCorrection(ED, CorrectionKind.CORRECTION, "ed", false).isEmpty());
        assertEquals("APPROVE_CORRECTION",
                Policy.approveCorrection(CORA, CorrectionKind.CORRECTION, "rita", false).orElseThrow().rule());
    }

    @Test
    void theRoleRuleComesFirst() {
        assertEquals("APPROVE_CORRECTION",
                Policy.approveCorrection(CORA, CorrectionKind.CORRECTION, "cora", true).orElseThrow().rule());
        assertEquals("APPLY_TYPO_FIX", Policy.approveCorrection(RITA, CorrectionKind.TYPO, "ed", true).orElseThrow().rule());
        assertFalse(Policy.approveCorrection(RITA, CorrectionKind.UPDATE, "ed", true).isEmpty());
    }

    @Test
    void aReadersReportHasNoProposerOnTheDesk() {
        assertTrue(Policy.approveCorrection(ED, CorrectionKind.CORRECTION, null, true).isEmpty());
    }

    @Test
    void rewritingAPublicCorrectionWhileApplyingIsRefusedUnderTheRule() {
        Refusal refusal = Policy.rewriteWhileApplying(ED, CorrectionKind.CLARIFICATION, true).orElseThrow();
        assertEquals(Policy.FOUR_EYES, refusal.rule());
        assertTrue(refusal.message().contains("clarification"), refusal.message());
        assertTrue(Policy.rewriteWhileApplying(ED, CorrectionKind.CLARIFICATION, false).isEmpty());
        assertTrue(Policy.rewriteWhileApplying(CORA, CorrectionKind.TYPO, true).isEmpty());
    }

    @Test
    void theOldMethodStillAnswersByRole() {
        assertTrue(Policy.approveCorrection(CORA, true).isEmpty());
        assertFalse(Policy.approveCorrection(CORA, false).isEmpty());
        assertTrue(Policy.approveCorrection(ED, false).isEmpty());
    }
}
