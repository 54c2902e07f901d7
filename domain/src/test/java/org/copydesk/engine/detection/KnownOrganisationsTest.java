package org.copydesk.engine.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.sourcing.DetectedAttribution;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.engine.copycheck.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * An organisation the gazetteer lists by name is never proposed as a person, however much its name looks like one
 * (two or three capitalised words and no word of the detector's lists: "Amnesty International", "Dow Jones",
 * "Médecins Sans Frontières", "Verkhovna Rada"; 19 of the 272 were PERSON before the detector read the list).
 */
class KnownOrganisationsTest {

    @Test
    void noListedOrganisationSpeaksAsAPerson() {
        List<String> people = new ArrayList<>();
        int names = 0;
        for (String name : Gazetteer.organizationNames()) {
            names++;
            String sentence = "The talks will resume next week, " + name + " said in a statement.";
            for (DetectedAttribution found : Stories.detector().detect(Stories.paragraphs(sentence))) {
                if (found.kind() == SourceKind.PERSON) {
                    people.add(found.sourceName());
                }
            }
        }
        assertTrue(names > 250, names + " organisations");
        assertEquals(List.of(), people);
    }

    @Test
    void aListedNameSpeaksAsAnOrganisationAndAPersonStillAsAPerson() {
        List<DetectedAttribution> found = Stories.detector()
                .detect(Stories.paragraphs(
                        "Transparency International said on Monday that the audit was incomplete, and Ruth Okafor,"
                                + " its regional director, said the report would be published."));
        assertEquals(
                List.of("ORGANIZATION Transparency International", "PERSON Ruth Okafor"),
                found.stream().map(f -> f.kind() + " " + f.sourceName()).toList());
    }
}
