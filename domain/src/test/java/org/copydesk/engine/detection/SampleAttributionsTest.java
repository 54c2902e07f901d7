package org.copydesk.engine.detection;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.domain.sourcing.Cue;
import org.copydesk.domain.sourcing.DetectedAttribution;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.story.Block;
import org.junit.jupiter.api.Test;

/** The sample stories' attributions as samples/README.md lists them. */
class SampleAttributionsTest {

    @Test
    void greekDebtTalksHasTheSixListedAttributions() {
        List<Block> blocks = Stories.blocks(Stories.GREEK);
        List<DetectedAttribution> found = Stories.detector().detect(blocks);
        assertEquals(
                List.of(
                        row(
                                blocks,
                                "Greece and its European creditors",
                                Cue.REPORTING_VERB,
                                SourceKind.ANONYMOUS,
                                "two officials familiar with the negotiations",
                                null,
                                "two officials familiar with the negotiations said"),
                        row(
                                blocks,
                                "The talks, which stalled",
                                Cue.ACCORDING_TO,
                                SourceKind.DOCUMENT,
                                "a statement from the finance ministry",
                                "finance ministry",
                                "according to a statement from the finance ministry in Athens"),
                        row(
                                blocks,
                                "“We are close",
                                Cue.NAMED_SPEAKER,
                                SourceKind.PERSON,
                                "Maria Kotsou",
                                "finance ministry spokeswoman",
                                "finance ministry spokeswoman Maria Kotsou told"),
                        row(
                                blocks,
                                "An official at the European Commission",
                                Cue.REPORTING_VERB,
                                SourceKind.ANONYMOUS,
                                "an official at the European Commission",
                                null,
                                "An official at the European Commission, who spoke on condition of anonymity because"
                                        + " he was not authorized to discuss the talks, said"),
                        row(
                                blocks,
                                "Container traffic at Piraeus",
                                Cue.REPORTING_VERB,
                                SourceKind.ORGANIZATION,
                                "the port authority",
                                null,
                                "the port authority reported"),
                        row(
                                blocks,
                                "Cranes unload containers",
                                Cue.PHOTO_CREDIT,
                                SourceKind.PHOTO_AGENCY,
                                "EPA",
                                null,
                                "(Photo by EPA)")),
                found.stream().map(SampleAttributionsTest::row).toList());
    }

    @Test
    void hokkaidoSnowHasOnlyTheMeteorologicalAgency() {
        List<Block> blocks = Stories.blocks(Stories.HOKKAIDO);
        List<DetectedAttribution> found = Stories.detector().detect(blocks);
        assertEquals(1, found.size(), () -> SeedAttributionsTest.describe(found));
        DetectedAttribution agency = found.get(0);
        assertAll(
                () -> assertEquals(
                        row(
                                blocks,
                                "More than 80 centimeters",
                                Cue.REPORTING_VERB,
                                SourceKind.ORGANIZATION,
                                "the Japan Meteorological Agency",
                                null,
                                "the Japan Meteorological Agency said"),
                        row(agency)),
                () -> assertEquals(
                        "More than 80 centimeters of snow fell in Asahikawa overnight, the Japan"
                                + " Meteorological Agency said, and more is forecast for the weekend.",
                        agency.claim()));
    }

    private static String row(
            List<Block> blocks, String opening, Cue cue, SourceKind kind, String name, String role, String span) {
        return Stories.indexOf(blocks, opening) + " " + cue + " " + kind + " " + name + " | " + role + " | " + span;
    }

    private static String row(DetectedAttribution a) {
        return a.blockIndex() + " " + a.cue() + " " + a.kind() + " " + a.sourceName() + " | " + a.role() + " | "
                + a.span();
    }
}
