package org.copydesk.engine.copycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.engine.copycheck.TestStories.Story;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CopyCheckerTest {

    private static final String SPELLING = "MORFOLOGIK_RULE_EN_US";
    private static final KnownNames SEED_SOURCES = KnownNames.ofSources(List.of("Dmitry Peskov", "Alexander Gordeev"));
    private static final KnownNames GREEK_SOURCES = KnownNames.ofSources(List.of("Maria Kotsou"));

    private static CopyChecker checker;

    @BeforeAll
    static void createTheChecker() {
        checker = CopyChecker.create(Gazetteer.shipped());
    }

    @AfterAll
    static void dropTheChecker() {
        checker = null;
    }

    private static List<Finding> check(Story story, KnownNames names) {
        return checker.check(story.blocks(), story.headline(), names);
    }

    /** "rule: text → suggestion" for every finding, in order. */
    private static List<String> described(Story story, List<Finding> findings) {
        return findings.stream()
                .map(finding -> finding.rule() + ": " + story.text(finding) + " → " + finding.suggestion())
                .toList();
    }

    private static List<String> described(Story story, KnownNames names) {
        return described(story, check(story, names));
    }

    /** The words LanguageTool's speller reports, in order. */
    private static List<String> misspelt(Story story, KnownNames names) {
        return check(story, names).stream()
                .filter(finding -> finding.rule().equals(SPELLING))
                .map(story::text)
                .toList();
    }

    @Test
    void theSeedWithItsSourcesHasItsThreeGrammarSlipsAndChineForChina() {
        Story seed = TestStories.seed();
        List<Finding> findings = check(seed, SEED_SOURCES);

        assertEquals(
                List.of(
                        "COPYDESK_AT_LEAST_SINGULAR: at least → at least one",
                        "COPYDESK_PLURAL_MODIFIER: vehicles → vehicle",
                        "COPYDESK_NATIONALITY_ARTICLE: Russian a → a Russian",
                        "NAME_CONSISTENCY: Chine → China"),
                described(seed, findings));
        Finding chine = findings.get(3);
        Block subheading = seed.blocks().get(chine.blockIndex());
        assertEquals(BlockType.SUBHEADING, subheading.type());
        assertEquals(subheading.key(), chine.blockKey());
        assertEquals("Chine", subheading.text().substring(chine.start(), chine.end()));
        assertEquals("‘Chine mobilizes forces, too’", chine.excerpt());
    }

    @Test
    void withoutItsSourcesTheSeedsPeopleAndPlacesAreStillNotMisspellings() {
        // A capitalised word the speller does not know, inside a sentence, stands as a name does.
        assertEquals(List.of(), misspelt(TestStories.seed(), KnownNames.none()));
    }

    @Test
    void anUnknownNameStartingASentenceIsASlipOnlyWhenACommonWordIsOneLetterAway() {
        assertEquals(
                List.of("Moncey"),
                misspelt(TestStories.paragraphs(null, "Moncey said the talks went well."), KnownNames.none()));
        assertEquals(
                List.of(),
                misspelt(TestStories.paragraphs(null, "Tolkov said the talks went well."), KnownNames.none()));
    }

    @Test
    void theGreekSampleHasExactlyGreaseForGreece() {
        Story greek = TestStories.greek();
        assertEquals(List.of("NAME_CONSISTENCY: Grease → Greece"), described(greek, GREEK_SOURCES));
    }

    @Test
    void theHokkaidoSampleHasNoFindings() {
        assertEquals(List.of(), check(TestStories.hokkaido(), KnownNames.none()));
    }

    @Test
    void realSpellingAndGrammarErrorsAreReportedWithSuggestions() {
        Story story = TestStories.paragraphs(
                null,
                "The ministry said that it had recieved the the letter on Monday.",
                "He have gone to the capital, where a apple was sold.");
        assertEquals(
                List.of(
                        "MORFOLOGIK_RULE_EN_US: recieved → received",
                        "ENGLISH_WORD_REPEAT_RULE: the the → the",
                        "HE_VERB_AGR: have → has",
                        "EN_A_VS_AN: a → an"),
                described(story, KnownNames.none()));
    }

    @Test
    void commasAfterShortIntroductoryPhrasesAndBetweenShortClausesAreTheStyleGuidesCall() {
        Story story = TestStories.paragraphs(
                null,
                "In Britain they call a trillion a billion.",
                "On Monday the ministry said the talks would resume.",
                "The child is seemingly healthy but the doctor is concerned.",
                "The days were fair and the winds were favorable.");
        assertEquals(List.of(), check(story, KnownNames.none()));
    }

    @Test
    void aCompoundIsHyphenatedWhereItModifiesANounNotWhereItEndsTheClause() {
        Story story = TestStories.paragraphs(
                null,
                "The two candidates will go head to head.",
                "The sculptor cast the three miners at life size, in bronze.",
                "It was a head to head race until the final week.",
                "The museum ordered a life size statue of the poet.");
        assertEquals(
                List.of(
                        "HEAD_TO_HEAD_HYPHEN: head to head → head-to-head",
                        "EN_COMPOUNDS_LIFE_SIZE: life size → life-size"),
                described(story, KnownNames.none()));
    }

    @Test
    void itsBeforeANounIsLeftWhenItsClauseHasAVerb() {
        Story story = TestStories.paragraphs(
                null,
                "The charity warned that its funding for next year had been cut.",
                "The mayor said that its raining too hard to play.",
                "I think its going to be a long night.");
        List<Finding> findings = check(story, KnownNames.none());
        assertEquals(List.of(1, 2), findings.stream().map(Finding::blockIndex).toList());
        assertTrue(
                findings.stream()
                        .allMatch(f ->
                                story.text(f).equals("its") && f.suggestion().equalsIgnoreCase("it's")),
                () -> described(story, findings).toString());
    }

    @Test
    void wordsEnglishFormsFromListedWordsAreNoMisspellingsButWordsRunTogetherAre() {
        Story story = TestStories.paragraphs(
                null,
                "A tanker analyst at a shipbroker in London said freight rates rose.",
                "Guides lead climbers around crevassed ice on the upper glacier.",
                "Workers carried ballotboxes into the hall.",
                "The inspectors teached the new staff.",
                "The threshhold for the grant was raised.");
        assertEquals(List.of("ballotboxes", "teached", "threshhold"), misspelt(story, KnownNames.none()));
    }

    @Test
    void aHeadlineNounIsNotTakenForAVerb() {
        Story story = TestStories.paragraphs(
                "Injury worry for coach as final nears", "The club said the coach had hurt his knee.");
        assertEquals(List.of(), check(story, KnownNames.none()));
    }

    @Test
    void aWordTheDictionarySpellsOnlyWithACapitalIsNoSlipForANameTheStoryUses() {
        Story story = TestStories.paragraphs(
                null,
                "Lawyers for the League of United Latin American Citizens said the map split Latino neighborhoods.",
                "Hispanic and Latino voters make up a third of the district.");
        assertEquals(List.of(), check(story, KnownNames.none()));
    }

    @Test
    void offsetsPointIntoTheirOwnBlock() {
        Story story = TestStories.paragraphs(
                "Talks resume", "Officials met on Monday.", "Nothing wrong here.", "The talks had recieved support.");
        List<Finding> findings = check(story, KnownNames.none());
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(2, finding.blockIndex());
        assertEquals(story.blocks().get(2).key(), finding.blockKey());
        assertEquals(14, finding.start());
        assertEquals(22, finding.end());
        assertEquals("The talks had recieved support.", finding.excerpt());
    }

    @Test
    void headlineFindingsHaveTheHeadlineKey() {
        Story story = TestStories.paragraphs("Ministry recieved the letter", "The letter arrived on Monday.");
        List<Finding> findings = check(story, KnownNames.none());
        assertEquals(List.of("MORFOLOGIK_RULE_EN_US: recieved → received"), described(story, findings));
        assertEquals(Finding.HEADLINE_KEY, findings.get(0).blockKey());
        assertEquals(Finding.HEADLINE_INDEX, findings.get(0).blockIndex());
        assertEquals(9, findings.get(0).start());
    }

    @Test
    void aSpanBothRulesReportIsReportedOnceByTheNameRule() {
        Story story = TestStories.paragraphs(null, "North Korea paraded its missiles in Pyongyong on Saturday.");
        assertEquals(List.of("NAME_CONSISTENCY: Pyongyong → Pyongyang"), described(story, KnownNames.none()));
    }

    @Test
    void findingsAreSortedByBlockThenOffset() {
        Story story = TestStories.paragraphs(
                "Talks in Thesaloniki recieved support",
                "The the talks in Moskow had recieved support.",
                "He have gone.");
        List<Finding> findings = check(story, KnownNames.none());
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::blockIndex).thenComparingInt(Finding::start));
        assertEquals(sorted, findings);
        assertEquals(Finding.HEADLINE_INDEX, findings.get(0).blockIndex());
        assertEquals(6, findings.size(), findings.toString());
    }

    @Test
    void newsConventionsAreNotReported() {
        Story story = TestStories.paragraphs(
                null,
                "“We are close, but close is not done,” finance ministry spokeswoman Maria Kotsou told "
                        + "reporters. “The talks will go on.",
                "“We expect a deal before the summer – maybe sooner,” she added.",
                "The decision was made by the committee, and the report was written by staff, and the plan "
                        + "was approved by the board, and the budget was passed by parliament, and the mayor was "
                        + "informed by email, and the press was told by a spokeswoman late on Friday night.",
                "The convoy moved toward the border, then towards the coast... It met a naive reporter at a cafe.",
                "Officials said the talks -- which began in March -- would resume.",
                "\"It's over,\" he said. 'Really over.'",
                "In order to win, the party must take 40 seats in the 450-seat chamber, analysts said.");
        assertEquals(List.of(), described(story, GREEK_SOURCES));
    }

    @Test
    void aWeekdayThatDoesNotMatchItsDateIsReported() {
        Story story = TestStories.paragraphs(null, "On Wednesday, April 15, 2017, the parade began.");
        assertEquals(
                List.of("EN_DATE_WEEKDAY"),
                check(story, KnownNames.none()).stream().map(Finding::rule).toList());
    }

    @Test
    void aLowerCaseStartIsReportedInParagraphsButNotInDisplayType() {
        Story story = new Story(
                "troops sent to the border",
                List.of(
                        Block.of(BlockType.SUBHEADING, "trains on the move"),
                        Block.of(BlockType.PARAGRAPH, "the trains left on Sunday.")));
        List<Finding> findings = check(story, KnownNames.none());
        assertEquals(List.of("UPPERCASE_SENTENCE_START: the → The"), described(story, findings));
        assertEquals(1, findings.get(0).blockIndex());
    }

    @Test
    void aStoryCutIntoPartsForSeveralInstancesHasTheSameFindingsAsInOne() {
        Story seed = TestStories.seed();
        CopyChecker one = CopyChecker.create(Gazetteer.shipped(), 0, 1);
        CopyChecker four = CopyChecker.create(Gazetteer.shipped(), 0, 4);
        List<String> inOne = described(seed, one.check(seed.blocks(), seed.headline(), SEED_SOURCES));
        assertEquals(inOne, described(seed, four.check(seed.blocks(), seed.headline(), SEED_SOURCES)));
        assertEquals(
                4,
                CopyChecker.parts(Passage.of(seed.blocks(), seed.headline()), 4).size());
        // on an executor that never runs what it is given, or refuses it, the caller checks every part
        CopyChecker idle = CopyChecker.create(Gazetteer.shipped(), 0, 4, command -> {});
        assertEquals(inOne, described(seed, idle.check(seed.blocks(), seed.headline(), SEED_SOURCES)));
        CopyChecker refusing = CopyChecker.create(Gazetteer.shipped(), 0, 4, command -> {
            throw new java.util.concurrent.RejectedExecutionException("full");
        });
        assertEquals(inOne, described(seed, refusing.check(seed.blocks(), seed.headline(), SEED_SOURCES)));
    }

    @Test
    void aRecheckOfAnUnchangedTextIsRememberedButNewNamesOrWordsAreCheckedAfresh() {
        Story story = TestStories.paragraphs(null, "Spokeswoman Maria Kotsuo told reporters the talks went well.");
        List<Finding> without = check(story, KnownNames.none());
        assertSame(without, check(story, KnownNames.none()), "the same text and names: remembered");
        assertEquals(List.of("NAME_CONSISTENCY: Maria Kotsuo → Maria Kotsou"), described(story, GREEK_SOURCES));
        assertEquals(List.of(), described(story, KnownNames.none()));
        Story edited = TestStories.paragraphs(null, "Spokeswoman Maria Kotsuo told reporters the the talks went well.");
        assertEquals(List.of("ENGLISH_WORD_REPEAT_RULE: the the → the"), described(edited, KnownNames.none()));
    }

    @Test
    void namesWrittenAsNamesAreNotMisspellings() {
        // hyphenated and particle names, a name with an inner capital, a first name before a surname
        assertEquals(
                List.of(),
                misspelt(
                        TestStories.paragraphs(
                                null,
                                "The ship was insured by Khalid Al-Suwaidi and cleared by Judge Amara Marsh-Okoye.",
                                "Negotiator Faisal al-Hamdani met officials of the EU's rescEU scheme.",
                                "Reto Caduff, a mountain guide, said the routes had changed."),
                        KnownNames.none()));
        // but a misspelt common word in a hyphenated compound is still one
        assertEquals(
                List.of("goverment-backed"),
                misspelt(
                        TestStories.paragraphs(null, "The goverment-backed fund opened on Monday."),
                        KnownNames.none()));
    }

    @Test
    void britishSpellingsInCompoundsAndKnownMultiWordNamesStand() {
        assertEquals(
                List.of(),
                check(
                        TestStories.paragraphs(
                                null, "The town-centre library reopened, Médecins Sans Frontières said."),
                        KnownNames.none()));
    }

    @Test
    void dictionaryNamesAreNotMisspellings() {
        Story story = TestStories.paragraphs(null, "Moncey told reporters the talks went well.");
        assertEquals(List.of("Moncey"), misspelt(story, KnownNames.none()));
        assertEquals(List.of(), described(story, KnownNames.of(Set.of(), Set.of("Agnès Moncey"))));
    }

    @Test
    void namesTheStoryUsesConsistentlyAreNotMisspellings() {
        Story story = TestStories.paragraphs(
                null,
                "Spokeswoman Maria Kotsou told reporters the talks went well.",
                "Kotsou said a deal was close.",
                "Asked when, Kotsou smiled.");
        assertEquals(List.of(), described(story, KnownNames.none()));
    }

    @Test
    void realNamesOfTheWorldGazetteerAreNotMisspellings() {
        // The speller reported every one of these names with the 669-name gazetteer of before.
        List<String> sentences = List.of(
                "Shelling hit Avdiivka overnight, officials said.",
                "Aid trucks waited at the Rafah crossing.",
                "The port of Kismayo reopened on Tuesday.",
                "Rescuers searched the rubble in Antakya.",
                "Officials in Kahramanmaraş said the death toll had risen.",
                "Temperatures in Ahvaz passed 50 degrees.",
                "A tornado struck Tuscaloosa late on Wednesday.",
                "Schools in Bamenda stayed closed.",
                "The volcano near Riobamba erupted again.",
                "Steelworkers in Ipatinga went on strike.",
                "Flights to Lae were cancelled.",
                "The governor of Bashkortostan resigned.",
                "The Burkinabe army said it had retaken the town.",
                "An Emirati delegation arrived on Friday.",
                "Bernama, the Malaysian news agency, reported the arrest.",
                "Anadolu reported that the talks had ended.");
        for (String sentence : sentences) {
            assertEquals(List.of(), misspelt(TestStories.paragraphs(null, sentence), KnownNames.none()), sentence);
        }
    }

    @Test
    void theSpellerIgnoresOnlyTheCapitalisedWordsOfGazetteerNames() {
        Gazetteer gazetteer = Gazetteer.of(List.of("Sant Julià de Lòria", "Sidi ech Chahmi", "el hed", "NATO"));
        assertEquals(
                List.of("Sant", "Julià", "Lòria", "Sidi", "Chahmi", "NATO"),
                List.copyOf(CopyChecker.spellerWords(gazetteer)));
    }

    @Test
    void aLowerCaseMisspellingIsReportedEvenWhenAPlaceNameHasThatWord() {
        // Real towns: Alot in India, Sidi ech Chahmi in Algeria.
        CopyChecker small = CopyChecker.create(Gazetteer.of(List.of("Alot", "Sidi ech Chahmi")), 0, 1);
        Story story = TestStories.paragraphs(
                null, "We spent alot of money.", "The ech sound was loud.", "Talks were held in Alot on Monday.");
        List<String> misspelt = small.check(story.blocks(), story.headline(), KnownNames.none()).stream()
                .filter(finding -> finding.rule().equals(SPELLING))
                .map(story::text)
                .toList();
        assertEquals(List.of("alot", "ech"), misspelt);
    }

    @Test
    void oneStorysNamesDoNotLeakIntoTheNext() {
        Story greek = TestStories.greek();
        assertEquals(1, check(greek, GREEK_SOURCES).size());
        Story next = TestStories.paragraphs(null, "Spokeswoman Maria Kotsuo told reporters the talks went well.");
        assertEquals(List.of(), described(next, KnownNames.none()), "the Greek story's source is not this one's");
        assertEquals(List.of("NAME_CONSISTENCY: Maria Kotsuo → Maria Kotsou"), described(next, GREEK_SOURCES));
    }

    @Test
    void aRecheckServedFromTheResultCacheGivesTheSameFindings() {
        Story story = TestStories.paragraphs(
                "Envoy Ivo Dragunsky recieved in Thesaloniki",
                "Envoy Ivo Dragunsky had recieved the the invitation from Dragunska on Friday.",
                "He have gone to Moskow, where a apple was sold.");
        KnownNames names = KnownNames.ofSources(List.of("Ivo Dragunsky"));
        List<Finding> first = check(story, names);
        assertEquals(
                List.of(
                        "MORFOLOGIK_RULE_EN_US: recieved → received",
                        "NAME_CONSISTENCY: Thesaloniki → Thessaloniki",
                        "MORFOLOGIK_RULE_EN_US: recieved → received",
                        "ENGLISH_WORD_REPEAT_RULE: the the → the",
                        "NAME_CONSISTENCY: Dragunska → Dragunsky",
                        "HE_VERB_AGR: have → has",
                        "NAME_CONSISTENCY: Moskow → Moscow",
                        "EN_A_VS_AN: a → an"),
                described(story, first));
        assertEquals(first, check(story, names));
    }

    @Test
    void excerptsAreShort() {
        for (Finding finding : check(TestStories.seed(), KnownNames.none())) {
            assertTrue(finding.excerpt().length() <= Excerpts.MAX, finding.excerpt());
            assertFalse(finding.excerpt().isBlank());
        }
    }

    @Test
    void anEmptyStoryHasNoFindings() {
        assertEquals(List.of(), checker.check(List.of(), null, null));
        assertEquals(List.of(), checker.check(List.of(), "", KnownNames.none()));
        assertEquals(List.of(), checker.check(List.of(), "Talks resume in Athens", KnownNames.none()));
    }

    /**
     * Without the result cache and with two LanguageTool instances, so that the threads really run
     * LanguageTool side by side (further instances cost a fraction of a second).
     */
    @Test
    void concurrentChecksGiveTheSameFindingsAsSequentialOnes() throws Exception {
        CopyChecker parallel = CopyChecker.create(Gazetteer.shipped(), 0, 2);
        List<Story> stories = List.of(
                TestStories.seed(),
                TestStories.greek(),
                TestStories.hokkaido(),
                TestStories.paragraphs(
                        "Talks in Thesaloniki recieved support",
                        "The the talks in Moskow had recieved support.",
                        "He have gone."),
                TestStories.paragraphs(
                        null,
                        "Missiles were paraded in Pyongyong. Peskov said nothing.",
                        "Spokeswoman Maria Kotsou told reporters in Athens the talks went well."));
        List<KnownNames> names = List.of(
                SEED_SOURCES,
                GREEK_SOURCES,
                KnownNames.none(),
                KnownNames.none(),
                KnownNames.of(Set.of(), Set.of("Peskov")));
        List<List<Finding>> expected = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            expected.add(check(stories.get(i), names.get(i)));
            assertEquals(
                    expected.get(i),
                    parallel.check(stories.get(i).blocks(), stories.get(i).headline(), names.get(i)),
                    "sequentially, without the cache");
        }

        int threads = 4;
        int checksPerThread = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                Callable<List<String>> task = () -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int c = 0; c < checksPerThread; c++) {
                        int i = (first + c) % stories.size();
                        List<Finding> actual = parallel.check(
                                stories.get(i).blocks(), stories.get(i).headline(), names.get(i));
                        if (!actual.equals(expected.get(i))) {
                            mismatches.add("story " + i + ": " + actual + " instead of " + expected.get(i));
                        }
                    }
                    return mismatches;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                assertEquals(List.of(), result.get(5, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
