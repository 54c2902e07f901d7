package org.copydesk.domain.revision;

import static org.copydesk.domain.revision.DiffSegment.Kind.DELETE;
import static org.copydesk.domain.revision.DiffSegment.Kind.EQUAL;
import static org.copydesk.domain.revision.DiffSegment.Kind.INSERT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.copydesk.domain.revision.DiffSegment.Kind;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static DiffSegment equal(String text) {
        return new DiffSegment(EQUAL, text);
    }

    private static DiffSegment delete(String text) {
        return new DiffSegment(DELETE, text);
    }

    private static DiffSegment insert(String text) {
        return new DiffSegment(INSERT, text);
    }

    /** The text the segments of the given kinds spell, in order. */
    private static String spelled(List<DiffSegment> segments, Kind changeKind) {
        return segments.stream()
                .filter(segment -> segment.kind() == EQUAL || segment.kind() == changeKind)
                .map(DiffSegment::text)
                .collect(Collectors.joining());
    }

    // Examples

    @Test
    void oneWordReplaced() {
        assertEquals(
                List.of(delete("Chine"), insert("China"), equal(" mobilizes forces")),
                WordDiff.between("Chine mobilizes forces", "China mobilizes forces"));
    }

    @Test
    void aWordInTheMiddleReplaced() {
        assertEquals(
                List.of(equal("‘"), delete("Chine"), insert("China"), equal(" mobilizes forces, too’")),
                WordDiff.between("‘Chine mobilizes forces, too’", "‘China mobilizes forces, too’"));
    }

    @Test
    void identicalTextsAreOneEqualSegment() {
        String text = "Russia’s Pacific Fleet, it said, is “just 100 miles” away.\n\nSecond paragraph.";
        assertEquals(List.of(equal(text)), WordDiff.between(text, text));
    }

    @Test
    void fromNothingToTextIsOneInsert() {
        assertEquals(List.of(insert("New text.")), WordDiff.between("", "New text."));
        assertEquals(List.of(insert("New text.")), WordDiff.between(null, "New text."));
    }

    @Test
    void fromTextToNothingIsOneDelete() {
        assertEquals(List.of(delete("Old text.")), WordDiff.between("Old text.", ""));
        assertEquals(List.of(delete("Old text.")), WordDiff.between("Old text.", null));
    }

    @Test
    void twoEmptyTextsHaveNoSegments() {
        assertEquals(List.of(), WordDiff.between("", ""));
        assertEquals(List.of(), WordDiff.between(null, null));
    }

    @Test
    void punctuationOnlyChange() {
        assertEquals(
                List.of(equal("Trains moved on Saturday"), delete(","), insert(";"), equal(" officials said")),
                WordDiff.between(
                        "Trains moved on Saturday, officials said", "Trains moved on Saturday; officials said"));
        assertEquals(
                List.of(
                        equal("It said "),
                        delete("\""),
                        insert("“"),
                        equal("no"),
                        delete("\""),
                        insert("”"),
                        equal(".")),
                WordDiff.between("It said \"no\".", "It said “no”."));
    }

    @Test
    void hyphenAndDashAreTokensOfTheirOwn() {
        assertEquals(
                List.of(equal("North"), delete("-"), insert(" "), equal("Korean border")),
                WordDiff.between("North-Korean border", "North Korean border"));
        assertEquals(
                List.of(equal("2016"), delete("-"), insert("–"), equal("2017")),
                WordDiff.between("2016-2017", "2016–2017"));
        assertEquals(
                List.of(equal("Russia"), delete("’"), insert("'"), equal("s border")),
                WordDiff.between("Russia’s border", "Russia's border"));
    }

    @Test
    void wordsAreNotSplitInsideAccentedOrNonLatinText() {
        assertEquals(
                List.of(equal("Señor "), delete("Pérez"), insert("Perez"), equal(" dijo")),
                WordDiff.between("Señor Pérez dijo", "Señor Perez dijo"));
        assertEquals(
                List.of(equal("Пхеньян "), delete("заявил"), insert("сообщил")),
                WordDiff.between("Пхеньян заявил", "Пхеньян сообщил"));
    }

    @Test
    void anInsertedWordKeepsItsSpaceInTheInsert() {
        assertEquals(
                List.of(equal("at least "), insert("one "), equal("military helicopter")),
                WordDiff.between("at least military helicopter", "at least one military helicopter"));
    }

    @Test
    void paragraphsSwapped() {
        String first = "Russia has reportedly sent troops to its border.";
        String second = "The Kremlin declined to comment.";
        List<DiffSegment> segments = WordDiff.between(first + "\n\n" + second, second + "\n\n" + first);

        assertEquals(first + "\n\n" + second, spelled(segments, DELETE));
        assertEquals(second + "\n\n" + first, spelled(segments, INSERT));
        String kept = spelled(segments, null);
        assertTrue(kept.equals(first) || kept.equals(second), "one paragraph stays, the other moves: " + segments);
        assertTrue(
                segments.stream()
                        .anyMatch(segment -> segment.kind() != EQUAL
                                && segment.text().strip().equals(kept.equals(first) ? second : first)),
                "the moved paragraph is one whole segment: " + segments);
    }

    @Test
    void separateChangesStaySeparate() {
        assertEquals(
                List.of(
                        equal("The "),
                        delete("red"),
                        insert("blue"),
                        equal(" car and the "),
                        delete("big"),
                        insert("small"),
                        equal(" house.")),
                WordDiff.between("The red car and the big house.", "The blue car and the small house."));
    }

    @Test
    void segmentsAreNeverEmpty() {
        assertThrows(IllegalArgumentException.class, () -> new DiffSegment(EQUAL, ""));
        assertThrows(NullPointerException.class, () -> new DiffSegment(null, "x"));
        assertThrows(NullPointerException.class, () -> new DiffSegment(INSERT, null));
    }

    // Properties

    private static final String[] PIECES = {
        "the",
        "The",
        "troops",
        "North",
        "Korea",
        "Россия",
        "東京",
        "naïve",
        "e\u0301",
        "150,000",
        "42",
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\t",
        "\u00A0",
        "\r\n",
        ".",
        ",",
        ";",
        ":",
        "!",
        "?",
        "-",
        "–",
        "—",
        "’",
        "‘",
        "“",
        "”",
        "\"",
        "'",
        "(",
        ")",
        "&",
        "<",
        ">",
        "😀",
        "👩‍👩‍👧",
        "\uD83D",
        "\uDE00",
    };

    private static String randomText(Random random, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** A copy of the text with a few random pieces deleted, inserted or replaced. */
    private static String edited(Random random, String text) {
        StringBuilder edited = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(edited.length() + 1);
            int length = Math.min(edited.length() - at, random.nextInt(6));
            edited.replace(at, at + length, randomText(random, 3));
        }
        return edited.toString();
    }

    private static void assertWellFormed(String before, String after, List<DiffSegment> segments) {
        String message = "before=" + before + " after=" + after + " segments=" + segments;
        assertEquals(before, spelled(segments, DELETE), message);
        assertEquals(after, spelled(segments, INSERT), message);
        for (int i = 1; i < segments.size(); i++) {
            Kind previous = segments.get(i - 1).kind();
            Kind current = segments.get(i).kind();
            assertFalse(previous == current, "adjacent segments of the same kind: " + message);
            assertFalse(previous == INSERT && current == DELETE, "insert before delete: " + message);
        }
    }

    @Test
    void segmentsSpellBothTextsForRandomEdits() {
        Random random = new Random(20170415L);
        for (int round = 0; round < 2_000; round++) {
            String before = randomText(random, 40);
            String after = edited(random, before);
            assertWellFormed(before, after, WordDiff.between(before, after));
        }
    }

    @Test
    void segmentsSpellBothTextsForUnrelatedTexts() {
        Random random = new Random(42L);
        for (int round = 0; round < 1_000; round++) {
            String before = randomText(random, 30);
            String after = randomText(random, 30);
            assertWellFormed(before, after, WordDiff.between(before, after));
        }
    }

    @Test
    void aTextComparedWithItselfIsOneEqualSegment() {
        Random random = new Random(7L);
        for (int round = 0; round < 500; round++) {
            String text = randomText(random, 40);
            List<DiffSegment> expected = text.isEmpty() ? List.of() : List.of(equal(text));
            assertEquals(expected, WordDiff.between(text, text), text);
        }
    }

    @Test
    void tokensSpellTheText() {
        Random random = new Random(99L);
        for (int round = 0; round < 500; round++) {
            String text = randomText(random, 40);
            assertEquals(text, String.join("", WordDiff.tokens(text)));
        }
    }

    // HTML

    @Test
    void htmlMarksDeletionsAndInsertions() {
        assertEquals(
                "<del>Chine</del><ins>China</ins> mobilizes forces",
                WordDiff.toHtml(WordDiff.between("Chine mobilizes forces", "China mobilizes forces")));
        assertEquals("", WordDiff.toHtml(List.of()));
    }

    @Test
    void htmlEscapesEveryText() {
        String before = "Tom & Jerry said \"hi\" and 'bye'";
        String after = "Tom & Jerry said <script>alert('x&y')</script>";
        String html = WordDiff.toHtml(WordDiff.between(before, after));

        assertEquals(
                "Tom &amp; Jerry said <del>&quot;hi&quot; and </del><ins>&lt;script&gt;alert(</ins>&#39;"
                        + "<del>bye</del><ins>x&amp;y</ins>&#39;<ins>)&lt;/script&gt;</ins>",
                html);
        String withoutMarkup = html.replaceAll("</?(del|ins)>", "");
        assertFalse(withoutMarkup.matches("(?s).*[<>\"'].*"), "only del and ins are markup: " + html);
    }

    @Test
    void anInsertedScriptIsShownAsText() {
        assertEquals(
                "<ins>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</ins>",
                WordDiff.toHtml(WordDiff.between("", "<script>alert(\"x\")</script>")));
    }

    @Test
    void htmlOfSegmentsMadeByHand() {
        assertEquals(
                "a <del>&lt;b&gt;</del><ins>&quot;c&quot;</ins>",
                WordDiff.toHtml(List.of(equal("a "), delete("<b>"), insert("\"c\""))));
    }
}
