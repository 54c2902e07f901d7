package org.copydesk.engine.detection;

import static org.copydesk.domain.sourcing.SourceKind.ANONYMOUS;
import static org.copydesk.domain.sourcing.SourceKind.DOCUMENT;
import static org.copydesk.domain.sourcing.SourceKind.ORGANIZATION;
import static org.copydesk.domain.sourcing.SourceKind.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.copydesk.domain.sourcing.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who speaks when asides stand between speaker and verb, and whether a capitalised name is a person's
 * or an organisation's.
 */
class AsidesAndNamesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void speakerBeforeAsides(String sentence, List<String> expected) {
        assertEquals(expected, detect(sentence));
    }

    static Stream<Arguments> speakerBeforeAsides() {
        return Stream.of(
                // An age, a place, a relative clause with a number in it.
                is(
                        "Edith Marlow, 71, from Stockport, who paid a deposit of €85,000 for a villa, said she had lost"
                                + " her savings.",
                        a(
                                PERSON,
                                "Edith Marlow",
                                "Edith Marlow, 71, from Stockport, who paid a deposit of €85,000 for a villa, said")),
                // The clause before the name is not the speaker; the name at its end is.
                is(
                        "Among them was Edith Marlow, 81, who said she had borrowed books there since she was a girl.",
                        a(PERSON, "Edith Marlow", "Edith Marlow, 81, who said")),
                // A place after a participle phrase belongs to the aside.
                is(
                        "Last month US District Judge Ana Ferreira, sitting in El Paso, Texas, ruled that the map was"
                                + " unlawful.",
                        a(PERSON, "Ana Ferreira", "US District Judge Ana Ferreira, sitting in El Paso, Texas, ruled")),
                // A description in apposition, with a preposition the phrase walk stops at.
                is(
                        "Farmers from Kolda, the nearest town on the river, said the water had never been so low.",
                        a(ANONYMOUS, "farmers from Kolda", "Farmers from Kolda, the nearest town on the river, said")),
                is(
                        "The United States, a treaty ally of Japan, has said its commitments cover the islands.",
                        a(ORGANIZATION, "the United States", "The United States, a treaty ally of Japan, has said")),
                is(
                        "Anna Berg, a marine ecologist who led the dives, said the reefs would recover.",
                        a(PERSON, "Anna Berg", "Anna Berg, a marine ecologist who led the dives, said")),
                is(
                        "The harbour agency, run by the navy, said it was aware of the incident.",
                        a(ORGANIZATION, "the harbour agency", "The harbour agency, run by the navy, said")),
                is("The man, 45, told the court he was innocent.", a(ANONYMOUS, "the man", "The man, 45, told")),
                // "by" and a means of speaking say how, not who.
                is(
                        "Marta Lindqvist, a 29-year-old sprinter from Malmö, said by telephone that the team had folded.",
                        a(PERSON, "Marta Lindqvist", "Marta Lindqvist, a 29-year-old sprinter from Malmö, said")),
                is(
                        "The mayor said by video link that the bridge would reopen.",
                        a(ANONYMOUS, "the mayor", "The mayor said")),
                // A partitive: the people are unnamed whatever noun names them.
                is(
                        "Several of the passengers told reporters that the crew had said nothing.",
                        a(ANONYMOUS, "several of the passengers", "Several of the passengers told")),
                is(
                        "Two of the nurses said the ward was full.",
                        a(ANONYMOUS, "two of the nurses", "Two of the nurses said")),
                is("None of the ministers said anything about the cuts."),
                // A sport or a field before a country is a national body; a first name before one is a person.
                is(
                        "Swimming Canada said the coach had been suspended.",
                        a(ORGANIZATION, "Swimming Canada", "Swimming Canada said")),
                is("Michael Jordan said he would retire.", a(PERSON, "Michael Jordan", "Michael Jordan said")),
                // A person noun and where the person works: the person speaks, not the workplace.
                is(
                        "A stage manager on a touring musical, who asked not to be named, said her colleagues had left.",
                        a(
                                ANONYMOUS,
                                "a stage manager on a touring musical",
                                "A stage manager on a touring musical, who asked not to be named, said")),
                is(
                        "An official at the embassy, speaking on condition of anonymity, said the visas were ready.",
                        a(
                                ANONYMOUS,
                                "an official at the embassy",
                                "An official at the embassy, speaking on condition of anonymity, said")),
                // A clause that ends in a name: the speaker follows the verb.
                is(
                        "The ship sank near Piraeus, Greece, said the coast guard.",
                        a(ORGANIZATION, "the coast guard", "said the coast guard")),
                // Names: a hyphenated particle, a post-nominal, a title before a surname that is also a noun.
                is(
                        "Khalid al-Rashid, a member of the delegation, wrote on X that the group was ready.",
                        a(PERSON, "Khalid al-Rashid", "Khalid al-Rashid, a member of the delegation, wrote")),
                is(
                        "His barrister, Oliver Pennant KC, argued that the case had been brought too late.",
                        a(PERSON, "Oliver Pennant", "His barrister, Oliver Pennant KC, argued")),
                // Names with an apostrophe the word tokenizer cuts.
                is(
                        "Jury president Lupita Nyong’o called the film “quietly devastating” as she announced the award.",
                        a(PERSON, "Lupita Nyong’o", "Jury president Lupita Nyong’o called")),
                is(
                        "Lawyer Priya D'Souza said the ruling would be appealed.",
                        a(PERSON, "Priya D'Souza", "Lawyer Priya D'Souza said")),
                // A name that opens with an adjective of a place is an organisation's.
                is(
                        "Saudi Aramco said the fire had been put out.",
                        a(ORGANIZATION, "Saudi Aramco", "Saudi Aramco said")),
                is(
                        "The King’s Fund think tank said the figures were fragile.",
                        a(ORGANIZATION, "the King’s Fund think tank", "The King’s Fund think tank said")),
                // A programme is no broadcast; a body's "General" is no general.
                is(
                        "The convoy got through on Sunday, the World Food Programme said.",
                        a(ORGANIZATION, "the World Food Programme", "the World Food Programme said")),
                is(
                        "Cases rose to 1,200 a day, the Directorate General of Health Services said.",
                        a(
                                ORGANIZATION,
                                "the Directorate General of Health Services",
                                "the Directorate General of Health Services said")),
                is(
                        "The tour is cancelled, her management said on Monday.",
                        a(ORGANIZATION, "her management", "her management said")),
                // The head is the last noun: "councillors", not "opposition".
                is(
                        "Opposition councillors described the plan as “short-sighted”.",
                        a(ANONYMOUS, "opposition councillors", "Opposition councillors described")),
                is(
                        "The typhoon killed four people in the Philippines, officials there said.",
                        a(ANONYMOUS, "officials there", "officials there said")),
                // A titled name before "of" and what it belongs to.
                is(
                        "Chief Marlene Dick of the Tsal’alh Nation told the broadcaster that the community had been"
                                + " ignored.",
                        a(PERSON, "Marlene Dick", "Chief Marlene Dick of the Tsal’alh Nation told")),
                // A name particle inside a name; a role noun before a name after "the".
                is(
                        "Chief executive Marieke de Groot told analysts that orders had fallen.",
                        a(PERSON, "Marieke de Groot", "Chief executive Marieke de Groot told")),
                is("The singer Anna Berg said she would retire.", a(PERSON, "Anna Berg", "The singer Anna Berg said")),
                // Organisations by their shape: a mass noun, a compass word inside, a name over "for",
                // a name after "the" and an adjective, a word the dictionary knows only as a mass noun.
                is(
                        "Rescuers recovered 12 bodies, according to the local Red Cross.",
                        a(ORGANIZATION, "the local Red Cross", "according to the local Red Cross")),
                is(
                        "Unison, which represents library staff, said 14 posts were at risk.",
                        a(ORGANIZATION, "Unison", "Unison, which represents library staff, said")),
                is(
                        "Severn Water said the pipe had burst shortly after 5am.",
                        a(ORGANIZATION, "Severn Water", "Severn Water said")),
                is(
                        "Northline North West said in a statement that four routes would close.",
                        a(ORGANIZATION, "Northline North West", "Northline North West said")),
                is(
                        "Campaign for Safer Roads said the cuts would cost lives.",
                        a(ORGANIZATION, "Campaign for Safer Roads", "Campaign for Safer Roads said")),
                // A capital inside a word is a brand's: "GeoSphere".
                is(
                        "The weather service, TerraCast Austria, warned of more rain.",
                        a(ORGANIZATION, "TerraCast Austria", "The weather service, TerraCast Austria, warned")),
                // Places joined by "and" stay in the phrase.
                is(
                        "Doctors in Iasi and Suceava told local media that beds had run short.",
                        a(ANONYMOUS, "doctors in Iasi and Suceava", "Doctors in Iasi and Suceava told")),
                // A document seen by an outlet is the document's word, not the outlet's.
                is(
                        "An internal audit seen by the broadcaster found that warnings had been missed.",
                        a(
                                DOCUMENT,
                                "an internal audit seen by the broadcaster",
                                "An internal audit seen by the broadcaster found")),
                is(
                        "Hamburg-based Kaffeewerk, one of the biggest roasters, said it would raise prices.",
                        a(
                                ORGANIZATION,
                                "Hamburg-based Kaffeewerk",
                                "Hamburg-based Kaffeewerk, one of the biggest roasters, said")),
                // Reported speech in the past perfect belongs to the first speaker.
                is(
                        "Two diplomats said the meeting was postponed because few governments had confirmed they would"
                                + " attend.",
                        a(ANONYMOUS, "two diplomats", "Two diplomats said")));
    }

    @Test
    void theAgeOfAPersonNamedBeforeStandsForThemAndTheUnitForTheUnitNamedBefore() {
        List<String> found =
                detect("Kenyan runner Peter Kiprono has been banned for four years, the Athletics Integrity"
                        + " Unit announced. The 29-year-old, who won in Seoul last spring, denied wrongdoing and said he would"
                        + " appeal. Kiprono will lose his title, the unit said.");
        assertEquals(
                List.of(
                        a(ORGANIZATION, "the Athletics Integrity Unit", "the Athletics Integrity Unit announced"),
                        a(PERSON, "Peter Kiprono", "The 29-year-old, who won in Seoul last spring, denied"),
                        a(ORGANIZATION, "the unit", "the unit said")),
                found);
    }

    @Test
    void aPronounStandsForAPersonNamedInASentenceThatAttributesNothing() {
        List<String> found = detect("Peter Kiprono has been banned for four years.", "He denied any wrongdoing.");
        assertEquals(List.of(a(PERSON, "Peter Kiprono", "He denied")), found);
    }

    @Test
    void aPronounStandsForThePersonTheSurnameAloneNamedInTheBlockBefore() {
        List<String> found = detect(
                "Spanish driver Álvaro Cortés won the race on Sunday.",
                "Cortés, 26, started from third on the grid.",
                "“I saw the gap,” he told the broadcaster Sky Sports.");
        assertEquals(List.of(a(PERSON, "Álvaro Cortés", "he told")), found);
    }

    @Test
    void aLoneNameTheStoryNeverGaveAsASurnameIsAnOrganisation() {
        assertEquals(List.of(a(ORGANIZATION, "Codelco", "Codelco said")), detect("Codelco said output would fall."));
    }

    @Test
    void aWordTheStoryWritesAsANameIsNoCommonNounAtTheStartOfASentence() {
        List<String> found = detect(
                "Harbour Rovers reached the cup final on Wednesday.", "Rovers declined to comment on the transfer.");
        assertEquals(List.of(a(ORGANIZATION, "Rovers", "Rovers declined to comment")), found);
    }

    @Test
    void aSurnameFromAFullNameAnywhereInTheStoryIsThatPerson() {
        List<String> found = detect(
                "Mette Dalgaard, 52, has run the bakery on the square for twenty years.",
                "“We cannot pay these prices,” Dalgaard said.");
        assertEquals(List.of(a(PERSON, "Mette Dalgaard", "Dalgaard said")), found);
    }

    @Test
    void aPronounAfterAnUnnamedPersonIsThatPerson() {
        assertEquals(
                List.of(a(ANONYMOUS, "the minister", "The minister said"), a(ANONYMOUS, "the minister", "She added")),
                detect("The minister said the talks had failed. She added that she would resign."));
    }

    private static List<String> detect(String... paragraphs) {
        return Stories.detector().detect(Stories.paragraphs(paragraphs)).stream()
                .map(x -> a(x.kind(), x.sourceName(), x.span()))
                .toList();
    }

    private static Arguments is(String sentence, String... expected) {
        return arguments(sentence, List.of(expected));
    }

    private static String a(SourceKind kind, String sourceName, String span) {
        return kind + " " + sourceName + " | " + span;
    }
}
