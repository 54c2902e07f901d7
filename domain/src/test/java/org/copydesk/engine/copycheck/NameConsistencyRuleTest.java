package org.copydesk.engine.copycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.copydesk.domain.story.BlockType;
import org.copydesk.engine.copycheck.TestStories.Story;
import org.junit.jupiter.api.Test;

class NameConsistencyRuleTest {

    private static final NameConsistencyRule RULE = new NameConsistencyRule(Gazetteer.shipped());

    private static List<Finding> check(Story story, KnownNames names) {
        return RULE.check(story.blocks(), story.headline(), names);
    }

    private static List<Finding> check(Story story) {
        return check(story, KnownNames.none());
    }

    /** "word → suggestion" for every finding, in order. */
    private static List<String> pairs(Story story, List<Finding> findings) {
        return findings.stream()
                .map(finding -> story.text(finding) + " → " + finding.suggestion())
                .toList();
    }

    private static List<String> pairs(Story story) {
        return pairs(story, check(story));
    }

    @Test
    void theSeedHasExactlyOneNameFindingChineForChinaInTheSubheading() {
        Story seed = TestStories.seed();
        List<Finding> findings = check(seed, KnownNames.ofSources(List.of("Dmitry Peskov", "Alexander Gordeev")));

        assertEquals(1, findings.size(), findings.toString());
        Finding chine = findings.get(0);
        assertEquals(NameConsistencyRule.ID, chine.rule());
        assertEquals("China", chine.suggestion());
        assertEquals(BlockType.SUBHEADING, seed.blocks().get(chine.blockIndex()).type());
        assertEquals(seed.blocks().get(chine.blockIndex()).key(), chine.blockKey());
        assertEquals(
                "‘Chine mobilizes forces, too’",
                seed.blocks().get(chine.blockIndex()).text());
        assertEquals(1, chine.start());
        assertEquals(6, chine.end());
        assertEquals("‘Chine mobilizes forces, too’", chine.excerpt());
        assertTrue(chine.message().contains("“China”"), chine.message());
    }

    @Test
    void theSeedNeedsNoSourcesForItsNameFinding() {
        assertEquals(List.of("Chine → China"), pairs(TestStories.seed()));
    }

    @Test
    void theGreekSampleHasGreaseForGreece() {
        Story greek = TestStories.greek();
        List<Finding> findings = check(greek, KnownNames.ofSources(List.of("Maria Kotsou")));
        assertEquals(List.of("Grease → Greece"), pairs(greek, findings));
        assertEquals(
                BlockType.SUBHEADING,
                greek.blocks().get(findings.get(0).blockIndex()).type());
    }

    @Test
    void theHokkaidoSampleHasNoNameFinding() {
        assertEquals(List.of(), pairs(TestStories.hokkaido()));
    }

    @Test
    void aNearMissOfACapitalIsFoundWithoutTheStoryNamingIt() {
        assertEquals(
                List.of("Pyongyong → Pyongyang"),
                pairs(TestStories.paragraphs(null, "North Korea paraded its missiles in Pyongyong on Saturday.")));
    }

    @Test
    void moskowIsMoscow() {
        assertEquals(
                List.of("Moskow → Moscow"),
                pairs(TestStories.paragraphs(null, "The talks will be held in Moskow next week, officials said.")));
    }

    @Test
    void aDoubledLetterLeftOutIsFound() {
        assertEquals(
                List.of("Thesaloniki → Thessaloniki"),
                pairs(TestStories.paragraphs(null, "Dockworkers at Thesaloniki walked out on Monday.")));
    }

    @Test
    void aNameTheStoryUsesConsistentlyIsTheSuggestionForAOneOffSpelling() {
        Story story = TestStories.paragraphs(
                null,
                "Kremlin spokesman Dmitry Peskov said the deployment was not a public matter.",
                "Peskow declined to say how many troops had been sent.",
                "Asked about the trains, Peskov said only that exercises were under way.");
        List<Finding> findings = check(story);
        assertEquals(List.of("Peskow → Peskov"), pairs(story, findings));
        assertTrue(
                findings.get(0).message().contains("elsewhere in this story"),
                findings.get(0).message());
    }

    @Test
    void aSourceNameIsTheSuggestionForItsMisspelling() {
        Story story = TestStories.paragraphs(null, "Finance ministry spokeswoman Maria Kotsuo told reporters.");
        assertEquals(List.of(), pairs(story), "without the source the run of capitals is left alone");
        List<Finding> findings = check(story, KnownNames.ofSources(List.of("Maria Kotsou")));
        assertEquals(List.of("Maria Kotsuo → Maria Kotsou"), pairs(story, findings));
        assertTrue(
                findings.get(0).message().contains("sources"), findings.get(0).message());
    }

    @Test
    void aNewsroomDictionaryNameIsTheSuggestionForItsMisspelling() {
        Story story = TestStories.paragraphs(null, "The visit was announced by Zelenskyi on Tuesday.");
        List<Finding> findings = check(story, KnownNames.of(Set.of(), Set.of("Volodymyr Zelenskyy")));
        assertEquals(List.of("Zelenskyi → Zelenskyy"), pairs(story, findings));
        assertTrue(
                findings.get(0).message().contains("newsroom dictionary"),
                findings.get(0).message());
    }

    @Test
    void aNearMissInTheHeadlineIsReportedThere() {
        Story story = TestStories.paragraphs("Port talks in Thesaloniki stall", "The talks stalled on Monday.");
        List<Finding> findings = check(story);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Finding.HEADLINE_KEY, finding.blockKey());
        assertEquals(Finding.HEADLINE_INDEX, finding.blockIndex());
        assertEquals(14, finding.start());
        assertEquals("Thesaloniki", story.text(finding));
    }

    @Test
    void derivedFormsOfNamesAreNotTypos() {
        assertEquals(
                List.of(),
                pairs(TestStories.paragraphs(
                        "Chinese and Korean officials meet",
                        "Greek, Russian and Chinese diplomats met their Korean counterparts in China.",
                        "The two Koreas and Russia’s envoys discussed Greece, Korea and the Pakistani proposal.",
                        "Japanese and Italian observers attended.")));
    }

    @Test
    void shortWordsAndWordsTheDictionaryKnowsAsNamesAreNotTypos() {
        assertEquals(
                List.of(),
                pairs(TestStories.paragraphs(
                        null,
                        "China said Chin Wei, a trade official, would travel with Austin Lee.",
                        "Mario Rossi of Italy and Maria Kotsou of Greece joined them. CHINA and Cuba did not.")));
    }

    @Test
    void ordinaryCapitalisedWordsAreNotTypos() {
        assertEquals(
                List.of(),
                pairs(TestStories.paragraphs(
                        "Some say the Cube is a fiction",
                        "Some say the situation is fiction. Meanwhile, the trains kept moving.",
                        "Looks like something is being sent to the border. Fears over a clash have risen.",
                        "Cube-shaped containers were unloaded. The Pacific Fleet is based there.")));
    }

    @Test
    void knownNamesAreNeverTypos() {
        assertEquals(
                List.of(),
                pairs(TestStories.paragraphs(
                        null,
                        "Niger and Nigeria, Iran and Iraq, Austria and Australia, Mali and Malta sent envoys.",
                        "Delegates from Bogotá, Zürich and Kyiv were also there.")));
    }

    @Test
    void aCommonWordIsComparedOnlyToNamesTheStoryMentions() {
        assertEquals(List.of(), pairs(TestStories.paragraphs(null, "Grease wants a better price.")));
        assertEquals(
                List.of("Grease → Greece"),
                pairs(TestStories.paragraphs(
                        null, "Grease wants a better price.", "Greece and its creditors resumed talks.")));
    }

    @Test
    void aRunOfCapitalsIsComparedOnlyToNamesTheStoryMentions() {
        assertEquals(
                List.of(),
                pairs(TestStories.paragraphs(null, "Former prime minister Saad Hariri flew to Paris on Monday.")));
        assertEquals(
                List.of("North Koria → North Korea"),
                pairs(TestStories.paragraphs(null, "Korea is divided. Troops moved to the border with North Koria.")));
    }

    @Test
    void aNameTheStoryUsesConsistentlyStandsUnlessTheStoryAlsoSpellsItTheOtherWay() {
        String hariri = "Lebanese politician Saad Hariri met the envoy. Aides to Hariri said the talks went well.";
        assertEquals(List.of(), pairs(TestStories.paragraphs(null, hariri)));
        assertEquals(
                List.of("Pyongyong → Pyongyang", "Pyongyong → Pyongyang"),
                pairs(TestStories.paragraphs(
                        null,
                        "Missiles were paraded in Pyongyong. Analysts in Seoul watched Pyongyong closely.",
                        "The regime in Pyongyang did not comment.")));
    }

    @Test
    void onTiesANameTheStoryMentionsWins() {
        NameConsistencyRule rule = new NameConsistencyRule(Gazetteer.of(List.of("Zorvak", "Zorvik")));
        Story mentioningZorvik = TestStories.paragraphs(null, "Zorvik is quiet.", "Troops reached Zorvek.");
        assertEquals(
                List.of("Zorvek → Zorvik"),
                pairs(mentioningZorvik, rule.check(mentioningZorvik.blocks(), null, KnownNames.none())));
        Story mentioningNeither = TestStories.paragraphs(null, "Troops reached Zorvek.");
        assertEquals(
                List.of("Zorvek → Zorvak"),
                pairs(mentioningNeither, rule.check(mentioningNeither.blocks(), null, KnownNames.none())),
                "alphabetical when nothing else decides");
    }

    @Test
    void theClosestNameWins() {
        assertEquals(
                List.of("Khabarovks → Khabarovsk"),
                pairs(TestStories.paragraphs(null, "The train passed through Khabarovks on Sunday.")));
    }

    @Test
    void aPlaceMisspeltIntoAWordIsFoundWhereAPlaceStandsWithoutTheStoryNamingIt() {
        assertEquals(
                List.of("Whales → Wales"),
                pairs(TestStories.paragraphs(null, "The band toured in Whales last summer.")));
        assertEquals(
                List.of("Leads → Leeds"), pairs(TestStories.paragraphs(null, "Rain is expected near Leads tonight.")));
        assertEquals(
                List.of("Candy → Kandy"),
                pairs(TestStories.paragraphs(null, "The tour stops in Colombo, Candy and Dambulla.")));
        assertEquals(
                List.of("Cypress → Cyprus"),
                pairs(TestStories.paragraphs(null, "Cypress has asked the European Union for help.")));
        List<Finding> findings = check(TestStories.paragraphs(null, "The band toured in Whales last summer."));
        assertTrue(findings.get(0).message().contains("Wales"), findings.get(0).message());
    }

    @Test
    void theSameWordsWhereNoPlaceStandsAreLeftAlone() {
        assertEquals(
                List.of(),
                pairs(TestStories.paragraphs(
                        null,
                        "Whales were seen off the coast. Leads were followed up by the police.",
                        "Candy sales rose. The Support Team met on Monday.")));
    }

    @Test
    void anOrganisationNamedByACommonWordIsNoMisspeltSmallPlaceWhereAPersonMayStandToo() {
        // Charities and unions named by common words, after "from" and as bare subjects: each of these was
        // taken for a small place a letter or two away (Chester, Cruces, Unity, Shelton, Capiata, Oregon...).
        assertEquals(
                List.of(),
                pairs(TestStories.paragraphs(
                        null,
                        "A letter from Shelter was sent to the minister.",
                        "Crisis has opened a fourth site in Coventry.",
                        "A letter from Unite was sent to the minister.",
                        "Capita has warned that the contract is too small.",
                        "Ember has published new figures.",
                        "A letter from Origin was sent to the minister.",
                        "The figures were disputed by Anchor, which said they were too low.")));
        // An apposition that says what the name is outweighs any place position (Prosper, Liberia, Unión).
        assertEquals(
                List.of(),
                pairs(TestStories.paragraphs(
                        null,
                        "Stage crews in Prospect, the union for technical and specialist staff, are consulted.",
                        "Liberty, the human rights group, said the law was unfair.",
                        "Nurses in Unison, the largest union, will vote.")));
        assertEquals(
                List.of("Whales → Wales"),
                pairs(TestStories.paragraphs(null, "The band toured in Whales, the country of her birth.")));
        // A name the story introduces by what it is.
        assertEquals(
                List.of(),
                pairs(TestStories.paragraphs(
                        null,
                        "Marta Lindqvist said the riders had not been paid.",
                        "Several riders told the Spanish newspaper Marca that wages were late.")));
        // A large city is still found there, and any place where only a place stands.
        assertEquals(
                List.of("Bristle → Bristol", "Leads → Leeds", "Crises → Cruces"),
                pairs(TestStories.paragraphs(
                        null,
                        "Craig Pennington, 47, from Bristle, was jailed.",
                        "A letter from Leads was sent to the minister.",
                        "The band toured in Crises last summer.")));
    }

    @Test
    void aRegionOfACountryTheStoryNamesIsComparedWhereverItStands() {
        assertEquals(
                List.of("Maharastra → Maharashtra"),
                pairs(TestStories.paragraphs(
                        null,
                        "Schools closed in several Indian states.",
                        "Maharastra’s education department agreed.")));
        assertEquals(
                List.of("Ontaro → Ontario"),
                pairs(TestStories.paragraphs(null, "Canada’s provinces disagree.", "Ontaro’s premier agreed.")));
        // Without India in the story, its states are not compared outside place positions.
        assertEquals(
                List.of(),
                pairs(TestStories.paragraphs(null, "Schools closed.", "Maharastra’s education department agreed.")));
    }

    @Test
    void aNumberedLabelAndANameOfSeveralWordsThatTheDictionaryKnowsAreNoMisspeltPlaces() {
        // Found on WordNet's example sentences: Fgura (Malta) and North Atlanta (Georgia).
        assertEquals(
                List.of(),
                pairs(TestStories.paragraphs(
                        null,
                        "The data are shown in Figure 2.",
                        "Passengers waited at Gate 14 for an hour.",
                        "Bleak winds blew over the North Atlantic.")));
        assertEquals(
                List.of("Whales → Wales", "North Atlantaa → North Atlanta"),
                pairs(TestStories.paragraphs(
                        null, "The band toured in Whales last summer.", "She lives in North Atlantaa, Georgia.")));
    }

    @Test
    void aNearMissOfARegisteredNameOfSeveralWordsIsFound() {
        Story story = TestStories.paragraphs(null, "The Riverside Trader Association said rents had doubled.");
        assertEquals(List.of(), pairs(story));
        List<Finding> findings =
                check(story, KnownNames.of(Set.of(), Set.of(), Set.of("Riverside Traders Association")));
        assertEquals(List.of("Riverside Trader Association → Riverside Traders Association"), pairs(story, findings));
    }

    @Test
    void theNewsroomLayerIsBuiltOnceForADictionaryAndRegistryAndAgainWhenTheyChange() {
        NameConsistencyRule rule = new NameConsistencyRule(Gazetteer.shipped());
        Story story = TestStories.paragraphs(
                null, "The Riverside Trader Association said the visit was announced by Zelenskyi.");
        KnownNames before =
                KnownNames.of(Set.of(), Set.of("Volodymyr Zelenskyy"), Set.of("Riverside Traders Association"));
        List<Finding> first = rule.check(story.blocks(), story.headline(), before);
        assertEquals(
                List.of("Riverside Trader Association → Riverside Traders Association", "Zelenskyi → Zelenskyy"),
                pairs(story, first));
        NameConsistencyRule.Newsroom built = rule.newsroom(before);
        assertTrue(
                built
                        == rule.newsroom(KnownNames.of(
                                Set.of("Maria Kotsou"),
                                Set.of("Volodymyr Zelenskyy"),
                                Set.of("Riverside Traders Association"))),
                "the same dictionary and registry: the same layer");

        KnownNames after = KnownNames.of(Set.of(), Set.of("Volodymyr Zelenskyy"), Set.of("Harbour Pilots Guild"));
        assertEquals(
                List.of("Zelenskyi → Zelenskyy"), pairs(story, rule.check(story.blocks(), story.headline(), after)));
        assertTrue(built != rule.newsroom(after));
        assertEquals(
                List.of(),
                pairs(story, rule.check(story.blocks(), story.headline(), KnownNames.none())),
                "nothing of the newsroom's names stays behind");
    }

    @Test
    void realPlacesOfTheGazetteerAreAlmostNeverFindingsWhereAPlaceStands() {
        // A small place named like a common word is still compared to the major names ("Cypress has
        // asked…" is Cyprus); a few real ones are taken for them ("in Male" for Mali): at most 1 in 500.
        Gazetteer gazetteer = Gazetteer.shipped();
        List<String> cities = new ArrayList<>();
        for (Gazetteer.Entry entry : gazetteer.entries()) {
            if (entry.kind() == Gazetteer.Kind.CITY && entry.name().matches("\\p{Lu}\\p{L}{3,}")) {
                cities.add(entry.name());
            }
        }
        Random random = new Random(14);
        List<String> flagged = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            String city = cities.get(random.nextInt(cities.size()));
            Story story = TestStories.paragraphs(null, "Officials in " + city + " said the roads were closed.");
            if (!check(story).isEmpty()) {
                flagged.add(city);
            }
        }
        assertTrue(flagged.size() <= 8, flagged.toString());
    }

    @Test
    void anEmptyStoryHasNoFindings() {
        assertEquals(List.of(), RULE.check(List.of(), null, null));
        assertEquals(List.of(), RULE.check(List.of(), "  ", KnownNames.none()));
    }
}
