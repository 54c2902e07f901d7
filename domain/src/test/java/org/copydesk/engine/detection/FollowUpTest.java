package org.copydesk.engine.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.domain.sourcing.Cue;
import org.copydesk.domain.sourcing.DetectedAttribution;
import org.junit.jupiter.api.Test;

/** Pronoun and surname follow-ups resolve to sources named before them. */
class FollowUpTest {

    @Test
    void itSaidInTheNextBlockIsTheOutletOfTheBlockBefore() {
        List<String> found = detect(
                "State television warned on Monday that the storm would hit the coast.",
                "It said thousands had been evacuated.");
        assertEquals(
                List.of(
                        "0 MEDIA MEDIA_REPORT state television | State television warned",
                        "1 REPORTING_VERB MEDIA_REPORT state television | It said"),
                found);
    }

    @Test
    void hePointsToThePersonNotToTheOrganisationNamedLater() {
        List<String> found =
                detect("Finance Minister Elena Markova said taxes would rise. The central bank declined to comment."
                        + " She added that spending would fall.");
        assertEquals(
                List.of(
                        "0 NAMED_SPEAKER PERSON Elena Markova | Finance Minister Elena Markova said",
                        "0 REPORTING_VERB ORGANIZATION the central bank | The central bank declined to comment",
                        "0 REPORTING_VERB PERSON Elena Markova | She added"),
                found);
    }

    @Test
    void aSurnameAloneIsThePersonNamedInFullBefore() {
        List<DetectedAttribution> found = Stories.detector()
                .detect(Stories.paragraphs(
                        "Finance Minister Elena Markova said taxes would rise.",
                        "Markova added that spending would fall."));
        assertEquals(2, found.size());
        assertEquals("Elena Markova", found.get(1).sourceName());
        assertEquals("Finance Minister", found.get(1).role());
        assertEquals(Cue.NAMED_SPEAKER, found.get(1).cue());
    }

    @Test
    void accordingToHerIsResolvedLikeShe() {
        List<String> found = detect(
                "“Prices will fall,” said Anna Berg, an economist at the central bank.",
                "According to her, the fall will be short.");
        assertEquals(
                List.of(
                        "0 NAMED_SPEAKER PERSON Anna Berg | said Anna Berg, an economist at the central bank",
                        "1 ACCORDING_TO PERSON Anna Berg | According to her"),
                found);
    }

    @Test
    void aPronounReachesBackOneBlockAtMost() {
        List<String> found = detect(
                "The ministry said the sale was final.",
                "Workers gathered outside the port.",
                "It said no appeal was possible.");
        assertEquals(
                List.of(
                        "0 REPORTING_VERB ORGANIZATION the ministry | The ministry said",
                        "2 REPORTING_VERB ANONYMOUS it | It said"),
                found);
    }

    @Test
    void aHedgeIsNoAntecedent() {
        List<String> found = detect("The ship reportedly sank. He said the crew was safe.");
        assertEquals(
                List.of("0 HEDGE MEDIA_REPORT unnamed reports | reportedly", "0 REPORTING_VERB ANONYMOUS he | He said"),
                found);
    }

    @Test
    void anUnresolvedPronounIsNoAntecedent() {
        assertEquals(
                List.of("0 REPORTING_VERB ANONYMOUS he | He said", "0 REPORTING_VERB ANONYMOUS she | She said"),
                detect("He said. She said."));
    }

    @Test
    void followUpsDoNotLeakFromOneCallToTheNext() {
        Stories.detector().detect(Stories.paragraphs("Finance Minister Elena Markova said taxes would rise."));
        assertEquals(List.of("0 REPORTING_VERB ANONYMOUS she | She said"), detect("She said spending would fall."));
    }

    private static List<String> detect(String... paragraphs) {
        return Stories.detector().detect(Stories.paragraphs(paragraphs)).stream()
                .map(a -> a.blockIndex() + " " + a.cue() + " " + a.kind() + " " + a.sourceName() + " | " + a.span())
                .toList();
    }
}
