package org.copydesk.domain.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.workflow.Policy;
import org.junit.jupiter.api.Test;

/** Reader reports and their answers, and who applies what: the rules of {@link Correction}. */
class CorrectionRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Actor RITA = Actor.of("rita", Role.REPORTER);
    private static final Actor ED = Actor.of("ed", Role.EDITOR);
    private static final Actor EVE = Actor.of("eve", Role.EDITOR);
    private static final Actor CORA = Actor.of("cora", Role.COPY_EDITOR);
    private static final Actor ADA = Actor.of("ada", Role.ADMIN);

    private static long ids = 100;

    private static <T extends Correction> T stored(T c) {
        try {
            Field id = Correction.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(c, ids++);
            return c;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Correction report(long storyId) {
        return stored(Correction.fromReader(storyId, "The rate was 4.25 percent, not 4.", "a@example.org", "k3y", NOW));
    }

    private static Correction proposal(long storyId, CorrectionKind kind, Actor by) {
        return stored(Correction.propose(
                storyId,
                kind,
                "b1",
                "4 percent",
                "4.25 percent",
                "Reader is right",
                kind.public_() ? "An earlier version gave the rate as 4 percent." : null,
                by,
                NOW));
    }

    @Test
    void aReportIsProposedByReaderWithTheContactApartAndNoAddress() {
        Correction r = report(1);
        assertEquals("reader", r.getProposedBy());
        assertEquals("a@example.org", r.getReaderContact());
        assertEquals("The rate was 4.25 percent, not 4.", r.getReason());
        assertTrue(r.isFromReader());
        assertEquals(CorrectionStatus.PROPOSED, r.getStatus());
        assertNull(Correction.fromReader(1, "Something is wrong here.", " ", "k", NOW)
                .getReaderContact());
    }

    @Test
    void aReportLinkedToAProposedCorrectionWaitsAndIsResolvedWhenItIsApplied() {
        Correction r = report(1);
        Correction c = proposal(1, CorrectionKind.CORRECTION, RITA);
        r.resolveWith(c, RITA, NOW);
        assertEquals(CorrectionStatus.PROPOSED, r.getStatus(), "it waits for the correction");
        assertEquals(c.getId(), r.getResolvedBy());

        c.markApplied(ED, 7, NOW.plusSeconds(60));
        r.resolved(c, "ed", NOW.plusSeconds(60));
        assertEquals(CorrectionStatus.RESOLVED, r.getStatus());
        assertEquals(c.getId(), r.getResolvedBy());
        assertEquals("ed", r.getDecidedBy());
        assertEquals(NOW.plusSeconds(60), r.getDecidedAt());
        assertThrows(
                IllegalArgumentException.class,
                () -> r.resolveWith(proposal(1, CorrectionKind.UPDATE, RITA), RITA, NOW),
                "a resolved report is answered");
        assertThrows(IllegalArgumentException.class, () -> r.reject("No", ED, NOW), "and no longer rejected");
    }

    @Test
    void aReportLinkedToAnAppliedCorrectionIsResolvedAtOnce() {
        Correction r = report(1);
        Correction c = proposal(1, CorrectionKind.CLARIFICATION, RITA);
        c.markApplied(ED, 3, NOW);
        r.resolveWith(c, CORA, NOW.plusSeconds(5));
        assertEquals(CorrectionStatus.RESOLVED, r.getStatus());
        assertEquals("cora", r.getDecidedBy());
    }

    @Test
    void aRejectedCorrectionResolvesNothingAndReopensTheReportsWaitingForIt() {
        Correction r = report(1);
        Correction c = proposal(1, CorrectionKind.CORRECTION, RITA);
        r.resolveWith(c, RITA, NOW);
        c.reject("The figure was right", ED, NOW);
        r.reopen();
        assertEquals(CorrectionStatus.PROPOSED, r.getStatus());
        assertNull(r.getResolvedBy(), "back in the queue");
        assertThrows(IllegalArgumentException.class, () -> r.resolveWith(c, RITA, NOW));
    }

    @Test
    void onlyAReportIsResolvedOnlyByACorrectionOfTheSameStory() {
        Correction r = report(1);
        assertThrows(IllegalArgumentException.class, () -> r.resolveWith(report(1), ED, NOW), "not by a report");
        assertThrows(
                IllegalArgumentException.class,
                () -> r.resolveWith(proposal(2, CorrectionKind.CORRECTION, RITA), ED, NOW),
                "not by another story's");
        Correction c = proposal(1, CorrectionKind.CORRECTION, RITA);
        assertThrows(
                IllegalArgumentException.class,
                () -> proposal(1, CorrectionKind.UPDATE, RITA).resolveWith(c, ED, NOW),
                "only reports are resolved");
        assertThrows(NotPermittedException.class, () -> r.resolveWith(c, ADA, NOW), "admins propose nothing");
        assertEquals(CorrectionStatus.PROPOSED, r.getStatus());
        assertNull(r.getResolvedBy());
    }

    @Test
    void aRejectedReportStaysRejected() {
        Correction r = report(1);
        r.reject("Nothing wrong: the bank said 4 percent", ED, NOW);
        assertEquals(CorrectionStatus.REJECTED, r.getStatus());
        assertThrows(
                IllegalArgumentException.class,
                () -> r.resolveWith(proposal(1, CorrectionKind.CORRECTION, RITA), ED, NOW));
    }

    @Test
    void theFourEyesRuleOnApplying() {
        Correction byEd = proposal(1, CorrectionKind.CORRECTION, ED);
        assertEquals(
                Policy.FOUR_EYES,
                byEd.applyRefusal(ED, null, false, true).orElseThrow().rule());
        assertTrue(byEd.applyRefusal(EVE, null, false, true).isEmpty());
        assertTrue(byEd.applyRefusal(ED, null, false, false).isEmpty(), "off: the proposer may apply it");

        Correction typo = proposal(1, CorrectionKind.TYPO, CORA);
        assertTrue(typo.applyRefusal(CORA, null, false, true).isEmpty(), "typo fixes are exempt");

        Correction byRita = proposal(1, CorrectionKind.UPDATE, RITA);
        assertEquals(
                Policy.FOUR_EYES,
                byRita.applyRefusal(ED, null, true, true).orElseThrow().rule(),
                "rewriting while applying makes the approver its author");
        assertTrue(byRita.applyRefusal(ED, null, false, true).isEmpty());
        assertEquals(
                "APPROVE_CORRECTION",
                byRita.applyRefusal(CORA, CorrectionKind.TYPO, true, true)
                        .orElseThrow()
                        .rule(),
                "an update turned into a typo fix is still checked as an update");
        assertTrue(report(1).applyRefusal(ED, null, false, true).isEmpty(), "a report has no proposer on the desk");
        assertEquals(
                Policy.FOUR_EYES,
                report(1).applyRefusal(ED, null, true, true).orElseThrow().rule(),
                "completing a report while applying it is writing it");
    }

    @Test
    void whatCountsAsARewrite() {
        Correction c = proposal(1, CorrectionKind.CORRECTION, RITA);
        assertFalse(c.wouldChange(null, null, null, null, null));
        assertFalse(
                c.wouldChange(
                        CorrectionKind.CORRECTION,
                        "b1",
                        "4 percent",
                        " 4.25 percent ",
                        "An earlier version gave the rate as 4 percent."),
                "the same values sent again");
        assertTrue(c.wouldChange(CorrectionKind.UPDATE, null, null, null, null));
        assertTrue(c.wouldChange(null, null, null, "4.5 percent", null));
        assertTrue(c.wouldChange(null, null, null, null, "Another notice."));
    }
}
