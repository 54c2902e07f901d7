package org.copydesk.domain.sourcing;

import static org.copydesk.domain.sourcing.SourcingFixtures.EDITOR;
import static org.copydesk.domain.sourcing.SourcingFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourcingGateTest {

    private final SourcingFixtures registry = new SourcingFixtures();

    private Attribution claim(String span) {
        return registry.add(new Attribution(
                1,
                "b1",
                0,
                span.length(),
                span,
                span + " the dam cracked.",
                "REPORTING_VERB",
                "engineers",
                SourceKind.PERSON,
                null));
    }

    @Test
    void eachStatusBlocksOrNotAsTheRuleSays() {
        Source source = registry.source("Dam engineers", SourceKind.ORGANIZATION);
        Attribution a = claim("Engineers said");
        assertEquals("“Engineers said” is not linked to a source.", SourcingGate.blocking(a, null));
        a.link(source, EDITOR, T0);
        assertEquals(
                "“Engineers said” rests on Dam engineers, who is unverified; verify the source or waive it "
                        + "with a note.",
                SourcingGate.blocking(a, source));
        source.verify(VerificationStatus.UNREACHABLE, "No answer by phone or e-mail.", EDITOR, T0);
        assertNull(SourcingGate.blocking(a, source), "the desk tried: unreachable does not block");
        source.verify(VerificationStatus.DISPUTED, "They deny it.", EDITOR, T0);
        assertEquals(
                "“Engineers said” rests on Dam engineers, who is disputed; verify the source or waive it "
                        + "with a note.",
                SourcingGate.blocking(a, source));
        a.waive("Their statement is on video.", EDITOR, T0);
        assertNull(SourcingGate.blocking(a, source));
        source.verify(VerificationStatus.VERIFIED, null, EDITOR, T0);
        assertNull(SourcingGate.blocking(a, source));
    }

    @Test
    void rejectedAndGoneClaimsBlockNothing() {
        Attribution rejected = claim("Engineers said");
        rejected.reject("A description, not a claim.", EDITOR, T0);
        Attribution gone = claim("Inspectors said");
        gone.relocate(0, 15, false);
        Attribution open = claim("Residents said");
        assertEquals(
                List.of("“Residents said” is not linked to a source."),
                SourcingGate.problems(List.of(rejected, gone, open), Map.of()));
    }
}
