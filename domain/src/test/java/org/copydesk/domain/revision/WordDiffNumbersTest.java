package org.copydesk.domain.revision;

import static org.copydesk.domain.revision.DiffSegment.Kind.DELETE;
import static org.copydesk.domain.revision.DiffSegment.Kind.EQUAL;
import static org.copydesk.domain.revision.DiffSegment.Kind.INSERT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Numbers and whole words in diffs: a changed number is one token replaced, never digit group by digit
 * group, and the readers' diff ({@link WordDiff#wholeWords}) replaces hyphenated and apostrophised words whole.
 */
class WordDiffNumbersTest {

    private static DiffSegment equal(String text) {
        return new DiffSegment(EQUAL, text);
    }

    private static DiffSegment delete(String text) {
        return new DiffSegment(DELETE, text);
    }

    private static DiffSegment insert(String text) {
        return new DiffSegment(INSERT, text);
    }

    @Test
    void aNumberWithThousandsSeparatorsIsOneToken() {
        assertEquals(List.of("2,000"), WordDiff.tokens("2,000"));
        assertEquals(List.of("150,000", " ", "troops"), WordDiff.tokens("150,000 troops"));
        assertEquals(
                List.of(equal("About "), delete("2,000"), insert("1,500"), equal(" troops")),
                WordDiff.between("About 2,000 troops", "About 1,500 troops"));
        assertEquals(
                "About <del>2,000</del><ins>1,500</ins> troops",
                WordDiff.toHtml(WordDiff.wholeWords("About 2,000 troops", "About 1,500 troops")));
    }

    @Test
    void aChangeInOneDigitGroupStillReplacesTheWholeNumber() {
        assertEquals(
                List.of(equal("Some "), delete("1,250,000"), insert("1,350,000"), equal(" people")),
                WordDiff.between("Some 1,250,000 people", "Some 1,350,000 people"));
    }

    @Test
    void decimalsAreOneToken() {
        assertEquals(
                List.of(equal("Rates rose to "), delete("4.25"), insert("4.5"), equal(" percent.")),
                WordDiff.between("Rates rose to 4.25 percent.", "Rates rose to 4.5 percent."));
        assertEquals(
                List.of(equal("It cost "), delete("3,5"), insert("3,75"), equal(" euros")),
                WordDiff.between("It cost 3,5 euros", "It cost 3,75 euros"),
                "a decimal comma too");
    }

    @Test
    void aPercentageIsOneToken() {
        assertEquals(List.of("12.5%"), WordDiff.tokens("12.5%"));
        assertEquals(
                List.of(equal("Turnout was "), delete("45%"), insert("54%"), equal(".")),
                WordDiff.between("Turnout was 45%.", "Turnout was 54%."));
    }

    @Test
    void punctuationAfterANumberStaysOutsideIt() {
        assertEquals(List.of("in", " ", "2016", ".", " ", "Then"), WordDiff.tokens("in 2016. Then"));
        assertEquals(List.of("1", ",", " ", "2", " ", "and", " ", "3"), WordDiff.tokens("1, 2 and 3"));
        assertEquals(
                List.of(equal("In "), delete("2016"), insert("2017"), equal(", officials said.")),
                WordDiff.between("In 2016, officials said.", "In 2017, officials said."));
    }

    @Test
    void numbersRunIntoLettersAreWords() {
        assertEquals(List.of("10km"), WordDiff.tokens("10km"));
        assertEquals(List.of("2nd"), WordDiff.tokens("2nd"));
        assertEquals(
                List.of(equal("the "), delete("2nd"), insert("3rd"), equal(" day")),
                WordDiff.between("the 2nd day", "the 3rd day"));
    }

    @Test
    void theDeskSeesAHyphenChangeTheReadersSeeTheWholeWord() {
        assertEquals(
                List.of(equal("a "), delete("two"), insert("three"), equal("-year-old boy")),
                WordDiff.between("a two-year-old boy", "a three-year-old boy"));
        assertEquals(
                List.of(equal("a "), delete("two-year-old"), insert("three-year-old"), equal(" boy")),
                WordDiff.wholeWords("a two-year-old boy", "a three-year-old boy"));
        assertEquals(
                List.of(equal("a "), delete("well-known"), insert("little-known"), equal(" fact")),
                WordDiff.wholeWords("a well-known fact", "a little-known fact"));
        assertEquals(
                List.of(delete("North-Korean"), insert("North Korean"), equal(" border")),
                WordDiff.wholeWords("North-Korean border", "North Korean border"));
    }

    @Test
    void theReadersSeeAnApostrophisedWordWhole() {
        assertEquals(
                List.of(delete("Russia’s"), insert("Russia's"), equal(" border")),
                WordDiff.wholeWords("Russia’s border", "Russia's border"));
        assertEquals(List.of("Russia’s", " ", "border"), WordDiff.wholeWordTokens("Russia’s border"));
    }

    @Test
    void numbersJoinedByAHyphenAreOneWordForReaders() {
        assertEquals(
                List.of(equal("the "), delete("2016-2017"), insert("2016-2018"), equal(" season")),
                WordDiff.wholeWords("the 2016-2017 season", "the 2016-2018 season"));
        assertEquals(
                List.of(equal("from "), delete("3.5%-4%"), insert("4%-5%")),
                WordDiff.wholeWords("from 3.5%-4%", "from 4%-5%"));
    }

    @Test
    void aDashOrSpacesAroundAHyphenSeparateWords() {
        assertEquals(List.of("2016", "–", "2017"), WordDiff.wholeWordTokens("2016–2017"));
        assertEquals(List.of("up", " ", "-", " ", "down"), WordDiff.wholeWordTokens("up - down"));
        assertEquals(List.of("word", "-"), WordDiff.wholeWordTokens("word-"));
    }

    @Test
    void wholeWordSegmentsSpellBothTextsForRandomEdits() {
        String[] pieces = {
            "2,000", "1,500", "4.25", "12.5%", "%", "two", "-", "year", "old", "’", "'", "s", "Russia", " ", "  ", "\n",
            ".", ",", "10", "km", "–", "naïve", "😀", "\u00A0"
        };
        Random random = new Random(31L);
        for (int round = 0; round < 2_000; round++) {
            String before = random(random, pieces);
            String after = random(random, pieces);
            List<DiffSegment> segments = WordDiff.wholeWords(before, after);
            assertEquals(before, spelled(segments, DELETE), before + " → " + after);
            assertEquals(after, spelled(segments, INSERT), before + " → " + after);
            for (int i = 1; i < segments.size(); i++) {
                DiffSegment.Kind previous = segments.get(i - 1).kind();
                DiffSegment.Kind current = segments.get(i).kind();
                assertFalse(
                        previous == current || (previous == INSERT && current == DELETE),
                        "fewest segments, a delete before its insert: " + segments);
                assertFalse(
                        current == EQUAL
                                && i + 1 < segments.size()
                                && segments.get(i).text().isBlank()
                                && previous != EQUAL
                                && segments.get(i + 1).kind() != EQUAL,
                        "no lone space between two changes: " + segments);
            }
            assertEquals(before, String.join("", WordDiff.wholeWordTokens(before)));
            assertEquals(before, String.join("", WordDiff.tokens(before)));
        }
    }

    private static String random(Random random, String[] pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(20); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static String spelled(List<DiffSegment> segments, DiffSegment.Kind change) {
        return segments.stream()
                .filter(s -> s.kind() == EQUAL || s.kind() == change)
                .map(DiffSegment::text)
                .collect(Collectors.joining());
    }
}
