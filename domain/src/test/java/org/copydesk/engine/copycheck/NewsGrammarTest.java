package org.copydesk.engine.copycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.engine.copycheck.TestStories.Story;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Copydesk's own grammar rules ({@link NewsGrammar}), through the copy check: each slip is one finding
 * of the rule, and its suggestion put in place of its span gives the corrected sentence; ordinary news
 * prose and the traps each rule must leave alone give no finding of any of the three. The sentences
 * are written for these tests (none is taken from the quality corpus).
 */
class NewsGrammarTest {

    private static CopyChecker checker;

    @BeforeAll
    static void createTheChecker() {
        checker = CopyChecker.create(Gazetteer.shipped());
    }

    @AfterAll
    static void dropTheChecker() {
        checker = null;
    }

    /** The findings of our three rules in a one-paragraph story. */
    private static List<Finding> ours(String sentence) {
        Story story = TestStories.paragraphs(null, sentence);
        return checker.check(story.blocks(), story.headline(), KnownNames.none()).stream()
                .filter(finding -> NewsGrammar.IDS.contains(finding.rule()))
                .toList();
    }

    /** The sentence has exactly one finding of ours, of this rule, and applying it gives the corrected sentence. */
    private static void assertFixed(String rule, String sentence, String corrected) {
        List<Finding> findings = ours(sentence);
        assertEquals(1, findings.size(), () -> sentence + ": " + findings);
        Finding finding = findings.get(0);
        assertEquals(rule, finding.rule(), sentence);
        String fixed =
                sentence.substring(0, finding.start()) + finding.suggestion() + sentence.substring(finding.end());
        assertEquals(corrected, fixed);
    }

    @Test
    void theSeedsThreeSlipsAreFoundWithTheirFixes() {
        Story seed = TestStories.seed();
        List<String> found = checker.check(seed.blocks(), seed.headline(), KnownNames.none()).stream()
                .filter(finding -> NewsGrammar.IDS.contains(finding.rule()))
                .map(finding -> finding.rule() + ": " + seed.text(finding) + " → " + finding.suggestion())
                .toList();
        assertEquals(
                List.of(
                        "COPYDESK_AT_LEAST_SINGULAR: at least → at least one",
                        "COPYDESK_PLURAL_MODIFIER: vehicles → vehicle",
                        "COPYDESK_NATIONALITY_ARTICLE: Russian a → a Russian"),
                found);
    }

    @Test
    void theSeedsSentencesReadRightOnceFixed() {
        assertFixed(
                NewsGrammar.NATIONALITY_ARTICLE,
                "An image grabbed from footage purportedly shows Russian a military helicopter moving toward "
                        + "Russia’s border with North Korea.",
                "An image grabbed from footage purportedly shows a Russian military helicopter moving toward "
                        + "Russia’s border with North Korea.");
        List<Finding> findings = ours("Another video apparently shows the movement of at least military helicopter "
                + "and army combat vehicles movements towards the North Korean border.");
        assertEquals(
                List.of(NewsGrammar.AT_LEAST_SINGULAR, NewsGrammar.PLURAL_MODIFIER),
                findings.stream().map(Finding::rule).toList());
        assertEquals(
                List.of("at least one", "vehicle"),
                findings.stream().map(Finding::suggestion).toList());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            At least journalist was detained at the border crossing on Tuesday. | At least one journalist was detained at the border crossing on Tuesday.
            The blast killed at least soldier and wounded four others. | The blast killed at least one soldier and wounded four others.
            Rescuers pulled at least survivor from the rubble overnight. | Rescuers pulled at least one survivor from the rubble overnight.
            Officials said at least hospital in the city had lost power. | Officials said at least one hospital in the city had lost power.
            The storm destroyed at least wooden bridge near the village. | The storm destroyed at least one wooden bridge near the village.
            At least armored truck was seen leaving the base. | At least one armored truck was seen leaving the base.
            Investigators found at least forged passport among the documents. | Investigators found at least one forged passport among the documents.
            Witnesses reported at least large explosion near the port. | Witnesses reported at least one large explosion near the port.
            Voters in at least rural district reported long queues. | Voters in at least one rural district reported long queues.
            The rebels shot down at least military drone over the weekend. | The rebels shot down at least one military drone over the weekend.
            Satellite images show at least new airstrip on the island. | Satellite images show at least one new airstrip on the island.
            The landslide buried at least farmhouse on the hillside. | The landslide buried at least one farmhouse on the hillside.
            Firefighters rescued at least child from the burning building. | Firefighters rescued at least one child from the burning building.
            Customs seized at least stolen car at the port. | Customs seized at least one stolen car at the port.
            The council closed at least public library last year. | The council closed at least one public library last year.
            The bomb destroyed at least parked bus. | The bomb destroyed at least one parked bus.
            The quake damaged at least old mosque in the city. | The quake damaged at least one old mosque in the city.
            The navy intercepted at least foreign warship in the strait. | The navy intercepted at least one foreign warship in the strait.
            """)
    void atLeastBeforeACountableSingularGetsOne(String sentence, String corrected) {
        assertFixed(NewsGrammar.AT_LEAST_SINGULAR, sentence, corrected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "At least some of the money was recovered.",
                "The minister has visited the region at least once a year.",
                "At least a dozen people were injured in the crash.",
                "The delay was at least partly caused by the strike.",
                "The talks will continue at least until Friday.",
                "At least 12 people died when the bus overturned.",
                "At least two soldiers were killed in the attack.",
                "The country has promised at least military aid to its neighbor.",
                "The plan works, at least in theory.",
                "The ceasefire is holding, at least for now.",
                "The new model is at least as good as the old one.",
                "At least one helicopter was seen over the town.",
                "At least half of the votes have been counted.",
                "He should at least try to explain the decision.",
                "The government wants to at least double the budget.",
                "The company hopes to at least break even this year.",
                "Investors want at least some certainty about the rules.",
                "The strike will last at least three days.",
                "The hospital needs at least another week to reopen.",
                "The bill is at least the third attempt to reform the law.",
                "She will remain in office at least through December.",
                "It was at least the fifth attack this month.",
                "Workers were paid at least minimum wage, the company said.",
                "The project will cost at least $2 billion.",
                "At least, that is what the ministry says.",
                "Residents were told to stay indoors for at least 48 hours.",
                "The findings are at least partially consistent with earlier reports.",
                "The ruling party needs at least 151 seats to govern alone.",
                "At least part of the damage was caused by looters.",
                "The economy will grow at least modestly next year.",
                "Opposition leaders want at least a delay to the vote.",
                "The team needs at least a draw to stay up.",
                "The region has at least several hundred doctors.",
                "At least nobody was hurt, the fire brigade said.",
                "It will take at least months to repair the line.",
                "The ministry said at least every school would reopen.",
                "The reforms are at least worth discussing, he said.",
                "The company expects at least modest growth in Asia.",
                "Inflation will stay high at least through the summer.",
                "At least that much is clear.",
                "Officials expect at least partial recovery of the losses.",
                "The deal gives farmers at least some protection from price swings.",
                "He was at least honest about the risks.",
                "It is at least possible that the talks will resume.",
                "The vote should at least delay the decision.",
                "They at least agreed to meet again.",
                "The firm would at least consider an offer, a source said.",
                "Those at least risk of infection should still be vaccinated.",
                "The bank will keep rates on hold at least until June.",
                "At least ten percent of the budget goes to defense.",
                "The audit found problems in at least three ministries.",
                "It has been dry for at least a month."
            })
    void atLeastIsLeftAloneWithNumbersDeterminersAdverbsMassNounsAndVerbs(String sentence) {
        assertEquals(List.of(), ours(sentence));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            An image shows Russian a military helicopter moving toward the border. | An image shows a Russian military helicopter moving toward the border.
            The footage shows Italian an old fishing boat leaving the harbor. | The footage shows an Italian old fishing boat leaving the harbor.
            Police stopped Ukrainian a truck at the crossing. | Police stopped a Ukrainian truck at the crossing.
            The coast guard seized Iraqi an oil tanker off the coast. | The coast guard seized an Iraqi oil tanker off the coast.
            The club signed European a striker last summer. | The club signed a European striker last summer.
            The jury awarded the prize to American a young photographer. | The jury awarded the prize to an American young photographer.
            The ministry hired French a consulting firm. | The ministry hired a French consulting firm.
            Officials said Nigerian a cargo ship had docked. | Officials said a Nigerian cargo ship had docked.
            The navy escorted Qatari a gas carrier through the strait. | The navy escorted a Qatari gas carrier through the strait.
            Investigators questioned Afghan an interpreter. | Investigators questioned an Afghan interpreter.
            The bank lent money to Indian a steel company. | The bank lent money to an Indian steel company.
            Rescuers spotted Turkish a fishing vessel near the island. | Rescuers spotted a Turkish fishing vessel near the island.
            The agency chose Japanese a satellite maker. | The agency chose a Japanese satellite maker.
            The minister met Israeli an envoy on Monday. | The minister met an Israeli envoy on Monday.
            The report identifies Ugandan a former commander as a suspect. | The report identifies a Ugandan former commander as a suspect.
            Satellite images show Chinese a new airstrip. | Satellite images show a Chinese new airstrip.
            The contract went to Taiwanese a chipmaker. | The contract went to a Taiwanese chipmaker.
            Forces captured Syrian an army officer. | Forces captured a Syrian army officer.
            The documentary follows Uzbek a farmer through the harvest. | The documentary follows an Uzbek farmer through the harvest.
            A drone struck Emirati a cargo ship in the gulf. | A drone struck an Emirati cargo ship in the gulf.
            The tribunal heard Bahraini an activist on Tuesday. | The tribunal heard a Bahraini activist on Tuesday.
            """)
    void aNationalityAdjectiveAfterItsArticleGoesAfterItWithAOrAnForIt(String sentence, String corrected) {
        assertFixed(NewsGrammar.NATIONALITY_ARTICLE, sentence, corrected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "He spoke in Russian a few times during the interview.",
                "She speaks Russian a lot at home.",
                "He wrote it in French a year ago.",
                "The Russian, a veteran of the war, declined to comment.",
                "The Emirati, a veteran diplomat, declined to comment.",
                "She speaks Thai a little and Malagasy a lot.",
                "A Russian and a Ukrainian were among the injured.",
                "He learned Italian a decade ago.",
                "The school made Ukrainian an official language.",
                "The law gave Russian a special status.",
                "Critics called English a colonial language.",
                "Is Russian a difficult language to learn?",
                "He studied Arabic a year before moving to Cairo.",
                "She switched to English a moment later.",
                "The minister speaks German a little.",
                "They translated the book into Polish a year ago.",
                "He has taught Spanish a long time.",
                "Delta beat American a second time.",
                "The Italian, a former banker, took office in May.",
                "His Russian is a little rusty.",
                "They met an American and a Canadian at the station.",
                "The company is British, a spokesman said.",
                "The film, shot in Korean, a language the director does not speak, won a prize.",
                "She answered in Spanish a moment later.",
                "He told Christian a story about the war.",
                "Officials in Iraq said a car bomb exploded.",
                "He visited Kenya a week ago.",
                "The Pole scored a goal in the second half.",
                "President Biden met a French delegation.",
                "The Greek government made an offer.",
                "He considers Italian a beautiful language.",
                "Canada named Ukrainian a priority language.",
                "She found Japanese a hard language.",
                "In Spanish a word can have many meanings.",
                "The Chinese a reporter spoke to said nothing.",
                "The drivers headed South a few hours later.",
                "The ship sailed East a day later.",
                "They speak Vietnamese a lot at home.",
                "Residents speak Catalan a third of the time.",
                "It is Iraqi oil, a ministry spokesman said.",
                "He is half Italian, a quarter Irish.",
                "Americans drink a lot of coffee.",
                "He practised French an hour a day.",
                "She has spoken Hebrew a great deal since the move.",
                "The broadcaster aired Ukrainian a couple of times a week.",
                "The team hired an Iraqi coach.",
                "The Dutch have a long history of trade.",
                "Officials said the Japanese a week earlier had refused."
            })
    void nationalityWordsUsedAsNounsOrBeforeQuantitiesAreLeftAlone(String sentence) {
        assertEquals(List.of(), ours(sentence));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Another video apparently shows army combat vehicles movements towards the border. | Another video apparently shows army combat vehicle movements towards the border.
            The council approved the bridges repairs on Tuesday. | The council approved the bridge repairs on Tuesday.
            The airline cut its flights schedules for the winter. | The airline cut its flight schedules for the winter.
            The army moved the guns positions overnight. | The army moved the gun positions overnight.
            Traders watched the oil tankers movements in the Gulf. | Traders watched the oil tanker movements in the Gulf.
            The police reviewed the cameras recordings from the station. | The police reviewed the camera recordings from the station.
            Farmers blocked the trucks routes into the city. | Farmers blocked the truck routes into the city.
            The report criticised the prisons conditions in the north. | The report criticised the prison conditions in the north.
            The agency tracked the migrants boats crossing the sea. | The agency tracked the migrant boats crossing the sea.
            Engineers inspected the engines parts before takeoff. | Engineers inspected the engine parts before takeoff.
            The hackers stole the customers records from the bank. | The hackers stole the customer records from the bank.
            The storm delayed the ferries crossings on Sunday. | The storm delayed the ferry crossings on Sunday.
            The company recalled the phones batteries after fires. | The company recalled the phone batteries after fires.
            Officials checked the passengers documents at the gate. | Officials checked the passenger documents at the gate.
            The regulator published the banks results on Friday. | The regulator published the bank results on Friday.
            Volunteers repaired the villages wells before the dry season. | Volunteers repaired the village wells before the dry season.
            The firm's bank loans repayments were delayed. | The firm's bank loan repayments were delayed.
            The ministry's road signs contractors were paid late. | The ministry's road sign contractors were paid late.
            """)
    void aPluralNounModifyingAPluralBecomesSingular(String sentence, String corrected) {
        assertFixed(NewsGrammar.PLURAL_MODIFIER, sentence, corrected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The company's sales figures rose in March.",
                "Arms sales to the region have doubled.",
                "The factory makes sports cars for export.",
                "Goods trains were halted at the border.",
                "News reports said the minister had resigned.",
                "Customs officers seized the cargo.",
                "Savings accounts pay little interest.",
                "Earnings season starts next week.",
                "Headquarters staff were told to work from home.",
                "She runs a clothes shop in the old town.",
                "The species list was updated last year.",
                "The series finale drew record audiences.",
                "Women doctors still earn less than men.",
                "People smugglers charge thousands of dollars.",
                "Children services were cut by the council.",
                "Prices rise when supply falls.",
                "Officials say the talks will resume.",
                "In the east, the rebels control most of the towns.",
                "In Detroit, workers strike over pay.",
                "The victims were 12 years old.",
                "Staff were given two weeks notice.",
                "The soldiers' families were evacuated.",
                "The teachers’ union called a strike.",
                "The vehicles, tanks and trucks moved north.",
                "Russia sent troops, helicopters and vehicles to the border.",
                "The government plans cuts to public services.",
                "The public demands answers from the council.",
                "The athlete pumps weights in the gym.",
                "The country's army trains soldiers in the north.",
                "The city's mayor backs plans for a new stadium.",
                "The company's chief plans cuts to jobs.",
                "Her husband runs errands for the family.",
                "Their son sells books at the market.",
                "The company's board meets investors on Monday.",
                "The club's manager wants changes before the derby.",
                "The city council's transport chief plans changes to bus routes.",
                "The ministry reports gains in exports.",
                "He gave the soldiers rations and water.",
                "The charity offered families blankets.",
                "For these reasons lawmakers rejected the bill.",
                "In both cases prosecutors dropped the charges.",
                "On some occasions protesters blocked roads.",
                "The human rights groups condemned the arrests.",
                "Nuclear weapons inspectors arrived on Monday.",
                "The jobs figures were better than expected.",
                "The sanctions list now includes ten banks.",
                "The talks venue has not been announced.",
                "Emissions targets were tightened.",
                "Financial services firms face new rules.",
                "The teachers union leaders met the minister.",
                "Police targeted drugs gangs in the city.",
                "Ratings agencies downgraded the country.",
                "The number of cases rises every winter.",
                "The share of imports falls each year.",
                "Many farmers markets reopened in spring.",
                "Both countries leaders attended the summit.",
                "Several companies shares fell sharply.",
                "The years ahead will be difficult.",
                "Protesters waved flags and banners outside parliament.",
                "Some residents say the water tastes odd.",
                "The rise in prices results in lower demand.",
                "The army says its troops repelled the attack.",
                "The minister thanked the nurses doctors and cleaners.",
                "Lawmakers gave farmers subsidies worth $2 billion.",
                "The reports cover the years 2019 to 2023."
            })
    void lexicalisedPluralsSubjectsAndVerbsPossessivesAndListsAreLeftAlone(String sentence) {
        assertEquals(List.of(), ours(sentence));
    }
}
