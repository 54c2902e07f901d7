package org.copydesk.domain.copycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.copydesk.domain.copycheck.TestStories.Story;
import org.copydesk.domain.story.BlockType;
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
        return findings.stream().map(finding -> story.text(finding) + " → " + finding.suggestion()).toList();
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
        assertEquals("‘Chine mobilizes forces, too’", seed.blocks().get(chine.blockIndex()).text());
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
        assertEquals(BlockType.SUBHEADING, greek.blocks().get(findings.get(0).blockIndex()).type());
    }

    @Test
    void theHokkaidoSampleHasNoNameFinding() {
        assertEquals(List.of(), pairs(TestStories.hokkaido()));
    }

    @Test
    void aNearMissOfACapitalIsFoundWithoutTheStoryNamingIt() {
        assertEquals(List.of("Pyongyong → Pyongyang"), pairs(TestStories.paragraphs(null,
                "North Korea paraded its missiles in Pyongyong on Saturday.")));
    }

    @Test
    void moskowIsMoscow() {
        assertEquals(List.of("Moskow → Moscow"), pairs(TestStories.paragraphs(null,
                "The talks will be held in Moskow next week, officials said.")));
    }

    @Test
    void aDoubledLetterLeftOutIsFound() {
        assertEquals(List.of("Thesaloniki → Thessaloniki"), pairs(TestStories.paragraphs(null,
                "Dockworkers at Thesaloniki walked out on Monday.")));
    }

    @Test
    void aNameTheStoryUsesConsistentlyIsTheSuggestionForAOneOffSpelling() {
        Story story = TestStories.paragraphs(null,
                "Kremlin spokesman Dmitry Peskov said the deployment was not a public matter.",
                "Peskow declined to say how many troops had been sent.",
                "Asked about the trains, Peskov said only that exercises were under way.");
        List<Finding> findings = check(story);
        assertEquals(List.of("Peskow → Peskov"), pairs(story, findings));
        assertTrue(findings.get(0).message().contains("elsewhere in this story"), findings.get(0).message());
    }

    @Test
    void aSourceNameIsTheSuggestionForItsMisspelling() {
        Story story = TestStories.paragraphs(null, "Finance ministry spokeswoman Maria Kotsuo told reporters.");
        assertEquals(List.of(), pairs(story), "without the source the run of capitals is left alone");
        List<Finding> findings = check(story, KnownNames.ofSources(List.of("Maria Kotsou")));
        assertEquals(List.of("Kotsuo → Kotsou"), pairs(story, findings));
        assertTrue(findings.get(0).message().contains("sources"), findings.get(0).message());
    }

    @Test
    void aNewsroomDictionaryNameIsTheSuggestionForItsMisspelling() {
        Story story = TestStories.paragraphs(null, "The visit was announced by Zelenskyi on Tuesday.");
        List<Finding> findings = check(story, KnownNames.of(Set.of(), Set.of("Volodymyr Zelenskyy")));
        assertEquals(List.of("Zelenskyi → Zelenskyy"), pairs(story, findings));
        assertTrue(findings.get(0).message().contains("newsroom dictionary"), findings.get(0).message());
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
        assertEquals(List.of(), pairs(TestStories.paragraphs("Chinese and Korean officials meet",
                "Greek, Russian and Chinese diplomats met their Korean counterparts in China.",
                "The two Koreas and Russia’s envoys discussed Greece, Korea and the Pakistani proposal.",
                "Japanese and Italian observers attended.")));
    }

    @Test
    void shortWordsAndWordsTheDictionaryKnowsAsNamesAreNotTypos() {
        assertEquals(List.of(), pairs(TestStories.paragraphs(null,
                "China said Chin Wei, a trade official, would travel with Austin Lee.",
                "Mario Rossi of Italy and Maria Kotsou of Greece joined them. CHINA and Cuba did not.")));
    }

    @Test
    void ordinaryCapitalisedWordsAreNotTypos() {
        assertEquals(List.of(), pairs(TestStories.paragraphs("Some say the Cube is a fiction",
                "Some say the situation is fiction. Meanwhile, the trains kept moving.",
                "Looks like something is being sent to the border. Fears over a clash have risen.",
                "Cube-shaped containers were unloaded. The Pacific Fleet is based there.")));
    }

    @Test
    void knownNamesAreNeverTypos() {
        assertEquals(List.of(), pairs(TestStories.paragraphs(null,
                "Niger and Nigeria, Iran and Iraq, Austria and Australia, Mali and Malta sent envoys.",
                "Delegates from Bogotá, Zürich and Kyiv were also there.")));
    }

    @Test
    void aCommonWordIsComparedOnlyToNamesTheStoryMentions() {
        assertEquals(List.of(), pairs(TestStories.paragraphs(null, "Grease wants a better price.")));
        assertEquals(List.of("Grease → Greece"), pairs(TestStories.paragraphs(null,
                "Grease wants a better price.", "Greece and its creditors resumed talks.")));
    }

    @Test
    void aRunOfCapitalsIsComparedOnlyToNamesTheStoryMentions() {
        assertEquals(List.of(), pairs(TestStories.paragraphs(null,
                "Former prime minister Saad Hariri flew to Paris on Monday.")));
        assertEquals(List.of("Koria → Korea"), pairs(TestStories.paragraphs(null,
                "Korea is divided. Troops moved to the border with North Koria.")));
    }

    @Test
    void aNameTheStoryUsesConsistentlyStandsUnlessTheStoryAlsoSpellsItTheOtherWay() {
        String hariri = "Lebanese politician Saad Hariri met the envoy. Aides to Hariri said the talks went well.";
        assertEquals(List.of(), pairs(TestStories.paragraphs(null, hariri)));
        assertEquals(List.of("Pyongyong → Pyongyang", "Pyongyong → Pyongyang"), pairs(TestStories.paragraphs(null,
                "Missiles were paraded in Pyongyong. Analysts in Seoul watched Pyongyong closely.",
                "The regime in Pyongyang did not comment.")));
    }

    @Test
    void onTiesANameTheStoryMentionsWins() {
        NameConsistencyRule rule = new NameConsistencyRule(Gazetteer.of(List.of("Zorvak", "Zorvik")));
        Story mentioningZorvik = TestStories.paragraphs(null, "Zorvik is quiet.", "Troops reached Zorvek.");
        assertEquals(List.of("Zorvek → Zorvik"),
                pairs(mentioningZorvik, rule.check(mentioningZorvik.blocks(), null, KnownNames.none())));
        Story mentioningNeither = TestStories.paragraphs(null, "Troops reached Zorvek.");
        assertEquals(List.of("Zorvek → Zorvak"),
                pairs(mentioningNeither, rule.check(mentioningNeither.blocks(), null, KnownNames.none())),
                "alphabetical when nothing else decides");
    }

    @Test
    void theClosestNameWins() {
        assertEquals(List.of("Khabarovks → Khabarovsk"), pairs(TestStories.paragraphs(null,
                "The train passed through Khabarovks on Sunday.")));
    }

    @Test
    void anEmptyStoryHasNoFindings() {
        assertEquals(List.of(), RULE.check(List.of(), null, null));
        assertEquals(List.of(), RULE.check(List.of(), "  ", KnownNames.none()));
    }
}
