package org.copydesk.domain.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarksTest {

    private static final String SEED = "Local media reported that Chine mobilizes forces, too.";

    private static String marked(String text, Mark m) {
        return text.substring(m.start(), m.end());
    }

    @Test
    void boldAndItalicRunsThatTouchAreJoinedLinksThatOverlapAreRefused() {
        List<Mark> joined = Marks.checked(SEED, List.of(Mark.bold(6, 11), Mark.bold(0, 5), Mark.bold(5, 6)));
        assertEquals(List.of(Mark.bold(0, 11)), joined);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Marks.checked(
                        SEED, List.of(Mark.link(0, 11, "https://a.example"), Mark.link(6, 20, "https://b.example"))));
        assertTrue(e.getMessage().contains("Two links overlap at “media”"), e.getMessage());
    }

    @Test
    void aMarkOutsideTheTextIsRefusedWithWhereItEnds() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new Block(null, BlockType.PARAGRAPH, "Short.", List.of(Mark.italic(2, 40))));
        assertEquals("A italic mark ends at 40, after the end of its block's text (6 characters).", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Mark.bold(3, 3));
        assertThrows(IllegalArgumentException.class, () -> Mark.bold(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> new Mark(MarkType.BOLD, 0, 3, "https://x.example"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "vbscript:x",
                "https://exa mple.org",
                "https://example.org/\u0000",
                "//example.org",
                "/relative/path",
                "https://",
                "ftp://example.org",
                "   ",
                "http:/example"
            })
    void linksGoOnlyToWebAddressesAndMail(String href) {
        assertThrows(IllegalArgumentException.class, () -> Mark.link(0, 5, href), href);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.example.org/news?id=1&x=%20#top",
                "http://example.org",
                "mailto:desk@example.org",
                "HTTPS://EXAMPLE.ORG/A"
            })
    void webAndMailAddressesAreKept(String href) {
        assertEquals(href, Mark.link(0, 5, " " + href + " ").href());
    }

    @Test
    void anEditBeforeAMarkMovesItAndAFixInsideStaysInside() {
        List<Mark> marks = List.of(Mark.bold(26, 31), Mark.link(0, 11, "https://example.org"));
        String fixed = "Local news media reported that China mobilizes forces, too.";
        List<Mark> followed = Marks.follow(SEED, fixed, Marks.checked(SEED, marks));
        assertEquals(
                List.of("Local news media", "China"),
                followed.stream().map(m -> marked(fixed, m)).toList());
    }

    @Test
    void wordsTypedRightAfterAMarkAreNotInItAndAMarkWhoseWordsAreGoneIsDropped() {
        List<Mark> bold = List.of(Mark.bold(0, 5));
        String after = "Local news media reported.";
        assertEquals(
                "Local",
                marked(after, Marks.follow("Local media reported.", after, bold).get(0)));
        assertEquals(List.of(), Marks.follow("Local media reported.", "reported.", List.of(Mark.italic(0, 11))));
    }

    @Test
    void aMarkedWordRewrittenWhollyKeepsItsMark() {
        List<Mark> italic = List.of(Mark.italic(6, 11));
        String after = "Local outlets reported.";
        assertEquals(
                "outlets",
                marked(
                        after,
                        Marks.follow("Local media reported.", after, italic).get(0)));
    }

    @Test
    void aWordLengthenedInsideAMarkStaysWhollyMarked() {
        String after = "the Chinese forces";
        assertEquals(
                "Chinese",
                marked(
                        after,
                        Marks.follow("the Chine forces", after, List.of(Mark.bold(4, 9)))
                                .get(0)));
    }

    @Test
    void foldingTheTextOfABlockCarriesItsMarks() {
        Block block = new Block(null, BlockType.LIST, "  one\n\n\ntwo items  ", List.of(Mark.bold(8, 11)));
        assertEquals("one\ntwo items", block.text());
        assertEquals("two", marked(block.text(), block.marks().get(0)));
    }

    @Test
    void encodedMarksReadBackTheSame() {
        List<Mark> marks = Marks.checked(
                SEED,
                List.of(
                        Mark.italic(0, 5),
                        Mark.bold(0, 11),
                        Mark.link(26, 31, "https://example.org/a b".replace(" ", "%20") + "?q=1&r=two")));
        assertEquals(marks, Marks.decode(Marks.encode(marks)));
        assertEquals(null, Marks.encode(List.of()));
        assertEquals(List.of(), Marks.decode(null));
    }

    @Test
    void revisionsWriteMarksInSoAChangedLinkShowsInTheDiff() {
        List<Mark> marks = Marks.checked(
                SEED, List.of(Mark.bold(0, 5), Mark.italic(6, 11), Mark.link(26, 31, "https://example.org")));
        assertEquals(
                "**Local** _media_ reported that [Chine](https://example.org) mobilizes forces, too.",
                Marks.annotate(SEED, marks));
        assertEquals(
                "**[Local](https://example.org)** media",
                Marks.annotate(
                        "Local media",
                        Marks.checked(
                                "Local media", List.of(Mark.bold(0, 5), Mark.link(0, 5, "https://example.org")))));
    }

    @Test
    void runsCutTheTextWhereMarksChange() {
        List<Mark> marks = Marks.checked(SEED, List.of(Mark.bold(0, 11), Mark.link(6, 11, "https://example.org")));
        List<Marks.Run> runs = Marks.runs(SEED, marks, 0, SEED.length());
        assertEquals(
                List.of(
                        new Marks.Run("Local ", true, false, null),
                        new Marks.Run("media", true, false, "https://example.org"),
                        new Marks.Run(" reported that Chine mobilizes forces, too.", false, false, null)),
                runs);
    }

    @Test
    void aCorrectionInsideABoldWordKeepsItBoldAndTheRevisionKeepsTheMarks() {
        Actor editor = Actor.of("eddie", Role.EDITOR);
        Story story = StoryTest.stored(
                Story.draft(
                        "marked",
                        new StoryContent(
                                "Headline",
                                null,
                                null,
                                List.of(),
                                List.of(new Block("k1", BlockType.PARAGRAPH, SEED, List.of(Mark.bold(26, 31))))),
                        Actor.of("rita", Role.REPORTER),
                        null,
                        Instant.EPOCH),
                1L);
        Revision revision = story.correct("k1", 26, "Chine", "China", editor, "Name", Instant.EPOCH);
        Block block = story.content().blocks().get(0);
        assertEquals("China", marked(block.text(), block.marks().get(0)));
        assertEquals(block.marks(), revision.content(List.of()).blocks().get(0).marks());
        assertTrue(revision.getText().contains("**China**"), revision.getText());
    }

    @Test
    void aBlockSentWithoutMarksKeepsThoseOfItsKey() {
        Block stored = new Block("k1", BlockType.PARAGRAPH, SEED, List.of(Mark.link(0, 11, "https://example.org")));
        Block edited = Block.keepingMarks(List.of(stored), "k1", BlockType.QUOTE, "Some local media reported it.");
        assertEquals("local media", marked(edited.text(), edited.marks().get(0)));
        assertEquals(
                List.of(),
                Block.keepingMarks(List.of(stored), "other", BlockType.PARAGRAPH, SEED)
                        .marks());
    }
}
