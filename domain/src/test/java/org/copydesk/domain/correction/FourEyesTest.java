package org.copydesk.domain.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.workflow.Policy;
import org.copydesk.domain.workflow.Refusal;
import org.junit.jupiter.api.Test;

/** The four-eyes rule on applying corrections: {@link Correction#approvalRefusal(Actor, CorrectionKind, String, boolean)}. */
class FourEyesTest {

    private static final Actor ED = Actor.of("ed", Role.EDITOR);
    private static final Actor EVE = Actor.of("eve", Role.EDITOR);
    private static final Actor CORA = Actor.of("cora", Role.COPY_EDITOR);
    private static final Actor RITA = Actor.of("rita", Role.REPORTER);

    @Test
    void theProposerOfAPublicCorrectionMayNotApplyIt() {
        for (CorrectionKind kind :
                new CorrectionKind[] {CorrectionKind.CORRECTION, CorrectionKind.CLARIFICATION, CorrectionKind.UPDATE}) {
            Refusal refusal = Correction.approvalRefusal(ED, kind, "ed", true).orElseThrow();
            assertEquals(Policy.FOUR_EYES, refusal.rule());
            assertTrue(
                    refusal.message()
                            .startsWith("You proposed this " + kind.label().toLowerCase()),
                    refusal.message());
            assertTrue(refusal.message().contains("another editor"), refusal.message());
            assertTrue(Correction.approvalRefusal(EVE, kind, "ed", true).isEmpty(), "a second editor applies it");
        }
    }

    @Test
    void typoFixesAreExempt() {
        assertTrue(Correction.approvalRefusal(CORA, CorrectionKind.TYPO, "cora", true)
                .isEmpty());
        assertTrue(
                Correction.approvalRefusal(ED, CorrectionKind.TYPO, "ed", true).isEmpty());
    }

    @Test
    void offTheRuleIsTheRoleRuleAlone() {
        assertTrue(Correction.approvalRefusal(ED, CorrectionKind.CORRECTION, "ed", false)
                .isEmpty());
        assertEquals(
                "APPROVE_CORRECTION",
                Correction.approvalRefusal(CORA, CorrectionKind.CORRECTION, "rita", false)
                        .orElseThrow()
                        .rule());
    }

    @Test
    void theRoleRuleComesFirst() {
        assertEquals(
                "APPROVE_CORRECTION",
                Correction.approvalRefusal(CORA, CorrectionKind.CORRECTION, "cora", true)
                        .orElseThrow()
                        .rule());
        assertEquals(
                "APPLY_TYPO_FIX",
                Correction.approvalRefusal(RITA, CorrectionKind.TYPO, "ed", true)
                        .orElseThrow()
                        .rule());
        assertFalse(Correction.approvalRefusal(RITA, CorrectionKind.UPDATE, "ed", true)
                .isEmpty());
    }

    @Test
    void aReadersReportHasNoProposerOnTheDesk() {
        assertTrue(Correction.approvalRefusal(ED, CorrectionKind.CORRECTION, null, true)
                .isEmpty());
    }

    @Test
    void rewritingAPublicCorrectionWhileApplyingIsRefusedUnderTheRule() {
        Refusal refusal = Correction.rewriteRefusal(ED, CorrectionKind.CLARIFICATION, true)
                .orElseThrow();
        assertEquals(Policy.FOUR_EYES, refusal.rule());
        assertTrue(refusal.message().contains("clarification"), refusal.message());
        assertTrue(Correction.rewriteRefusal(ED, CorrectionKind.CLARIFICATION, false)
                .isEmpty());
        assertTrue(Correction.rewriteRefusal(CORA, CorrectionKind.TYPO, true).isEmpty());
    }

    @Test
    void theRoleRuleAloneAnswersByRole() {
        assertTrue(Policy.approveCorrection(CORA, true).isEmpty());
        assertFalse(Policy.approveCorrection(CORA, false).isEmpty());
        assertTrue(Policy.approveCorrection(ED, false).isEmpty());
    }
}
