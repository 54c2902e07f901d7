package org.copydesk.engine.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.Mark;
import org.junit.jupiter.api.Test;

class EditorHtmlTest {

    private static final List<Block> STORY = List.of(
            new Block(
                    "k1",
                    BlockType.PARAGRAPH,
                    "Local media reported that troops moved north on Monday.",
                    List.of(Mark.link(0, 11, "https://example.org/report"), Mark.bold(12, 20))),
            new Block("k2", BlockType.SUBHEADING, "China mobilizes forces, too"),
            new Block(
                    "k3",
                    BlockType.PARAGRAPH,
                    "Kremlin spokesman Dmitry Peskov said the drills were routine.",
                    List.of(Mark.italic(18, 31))),
            new Block("k4", BlockType.LIST, "First item\nSecond <item> & more", List.of(Mark.bold(11, 17))),
            new Block("k5", BlockType.CAPTION, "Troops at the border. (Photo via AFP)"),
            new Block("k6", BlockType.QUOTE, "\u201cWe are ready,\u201d the general said."));

    private static List<String> keys(List<Block> blocks) {
        return blocks.stream().map(Block::key).toList();
    }

    @Test
    void aStoryComesBackFromTheSurfaceAsItWentIn() {
        String html = EditorHtml.render(STORY);
        assertTrue(html.contains("<h2>China mobilizes forces, too</h2>"), html);
        assertTrue(
                html.contains("<a href=\"https://example.org/report\">Local media</a> <strong>reported</strong>"),
                html);
        assertTrue(
                html.contains("<ul><li>First item</li><li><strong>Second</strong> &lt;item&gt; &amp; more</li></ul>"),
                html);
        assertTrue(html.contains("<figcaption>"), html);
        List<Block> back = EditorHtml.read(html, STORY);
        assertEquals(STORY, back);
        for (int i = 0; i < STORY.size(); i++) {
            assertEquals(STORY.get(i).marks(), back.get(i).marks(), "marks of block " + i);
            assertEquals(STORY.get(i).type(), back.get(i).type(), "type of block " + i);
        }
    }

    @Test
    void whatQuillWritesIsRead() {
        // Quill 2: lists as <ol><li data-list="bullet"> with its own interface span; empty lines as <p><br></p>
        String quill = "<p>Local <strong>media</strong>&nbsp;reported.</p><p><br></p>"
                + "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>One</li>"
                + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Two "
                + "<em>too</em></li></ol><h2>Sub<span class=\"ql-cursor\">\uFEFF</span>heading</h2>"
                + "<blockquote>Said it.</blockquote><figcaption>A photo. (Photo via AFP)</figcaption>";
        List<Block> blocks = EditorHtml.read(quill, List.of());
        assertEquals(
                List.of(BlockType.PARAGRAPH, BlockType.LIST, BlockType.SUBHEADING, BlockType.QUOTE, BlockType.CAPTION),
                blocks.stream().map(Block::type).toList());
        assertEquals("Local media reported.", blocks.get(0).text());
        assertEquals(List.of(Mark.bold(6, 11)), blocks.get(0).marks());
        assertEquals("One\nTwo too", blocks.get(1).text());
        assertEquals(List.of(Mark.italic(8, 11)), blocks.get(1).marks());
        assertEquals("Subheading", blocks.get(2).text());
    }

    @Test
    void nothingButTheModelSurvives() {
        String hostile = "<p onclick=\"alert(1)\">Click <a href=\"javascript:alert(1)\">here</a> "
                + "<img src=x onerror=alert(2)><script>alert(3)</script><span style=\"color:red\">now</span> "
                + "<a href=\"data:text/html,x\">data</a> <a href=\"https://example.org/ok\" onmouseover=\"x()\">ok</a></p>"
                + "<iframe src=\"https://evil.example\"></iframe>loose <b>text</b>";
        List<Block> blocks = EditorHtml.read(hostile, List.of());
        assertEquals(2, blocks.size(), blocks.toString());
        assertEquals("Click here now data ok", blocks.get(0).text());
        assertEquals(
                List.of(Mark.link(20, 22, "https://example.org/ok")),
                blocks.get(0).marks());
        assertEquals("loose text", blocks.get(1).text());
        String again = EditorHtml.normalize(hostile);
        assertFalse(
                again.contains("alert")
                        || again.contains("onclick")
                        || again.contains("javascript")
                        || again.contains("iframe")
                        || again.contains("style"),
                again);
        assertEquals(
                "<p>Click here now data <a href=\"https://example.org/ok\">ok</a></p><p>loose <strong>text</strong></p>",
                again);
        assertEquals(List.of(), EditorHtml.read("<p><br></p><p> </p>", STORY));
    }

    @Test
    void anEditedBlockKeepsItsKey() {
        String html = EditorHtml.render(STORY)
                .replace("troops moved north", "troops moved south")
                .replace("Kremlin spokesman", "The Kremlin's spokesman");
        List<Block> back = EditorHtml.read(html, STORY);
        assertEquals(keys(STORY), keys(back));
        assertTrue(back.get(0).text().contains("south"));
    }

    @Test
    void enterSplitsABlockAndTheFirstPartKeepsTheKey() {
        String html = EditorHtml.render(STORY)
                .replace("said the drills were routine.", "said.</p><p>The drills were routine, he added.");
        List<Block> back = EditorHtml.read(html, STORY);
        assertEquals(STORY.size() + 1, back.size());
        assertEquals("k3", back.get(2).key());
        assertEquals("Kremlin spokesman Dmitry Peskov said.", back.get(2).text());
        assertFalse(keys(STORY).contains(back.get(3).key()), "the second part is a new block");
        assertEquals(List.of("k4", "k5", "k6"), keys(back).subList(4, 7));
    }

    @Test
    void backspaceJoinsTwoBlocksUnderTheFirstKey() {
        List<Block> two = List.of(
                new Block("a", BlockType.PARAGRAPH, "Officials met on Monday."),
                new Block("b", BlockType.PARAGRAPH, "They agreed to meet again."),
                new Block("c", BlockType.PARAGRAPH, "Nothing else was said."));
        String joined = "<p>Officials met on Monday. They agreed to meet again.</p><p>Nothing else was said.</p>";
        List<Block> back = EditorHtml.read(joined, two);
        assertEquals(List.of("a", "c"), keys(back));
    }

    @Test
    void blocksAddedRemovedAndRetypedAreToldApart() {
        String html = "<p>A new first paragraph about something else entirely.</p>"
                + EditorHtml.render(STORY)
                        .replace("<h2>China mobilizes forces, too</h2>", "")
                        .replace("Troops at the border. (Photo via AFP)", "Completely different caption words here");
        List<Block> back = EditorHtml.read(html, STORY);
        assertFalse(keys(STORY).contains(back.get(0).key()), "a new block gets a new key");
        assertEquals("k1", back.get(1).key());
        assertEquals("k3", back.get(2).key());
        assertEquals("k4", back.get(3).key());
        assertNotEquals("k5", back.get(4).key(), "a caption typed anew is another block");
        assertEquals("k6", back.get(5).key());
    }

    @Test
    void aBlockTooLongIsRefusedWithAReason() {
        String html = "<p>" + "word ".repeat(Block.TEXT_MAX / 4) + "</p>";
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> EditorHtml.read(html, List.of()));
        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
    }

    // ---------------------------------------------------------------- property

    @Provide
    Arbitrary<List<Block>> bodies() {
        Arbitrary<String> word = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzÉé<>&\"'")
                .ofMinLength(1)
                .ofMaxLength(7);
        Arbitrary<BlockType> type = Arbitraries.of(BlockType.class);
        Arbitrary<Block> block = Combinators.combine(
                        type,
                        word.list().ofMinSize(1).ofMaxSize(9),
                        Arbitraries.integers().between(0, 50),
                        Arbitraries.integers().between(0, 3))
                .as((t, words, pick, kind) -> {
                    String text = String.join(t == BlockType.LIST ? "\n" : " ", words);
                    if (t == BlockType.IMAGE) {
                        return new Block(
                                null,
                                t,
                                org.copydesk.domain.story.ImageCaption.compose(kind == 0 ? "" : text, words.get(0)),
                                List.of(),
                                (long) pick + 1,
                                kind == 1 ? null : "Alt " + text);
                    }
                    int at = Math.floorMod(pick, words.size());
                    int start = String.join(" ", words.subList(0, at)).length() + (at == 0 ? 0 : 1);
                    int end = start + words.get(at).length();
                    List<Mark> marks =
                            switch (kind) {
                                case 0 -> List.of();
                                case 1 -> List.of(Mark.bold(start, end));
                                case 2 -> List.of(Mark.italic(start, end));
                                default -> List.of(Mark.link(start, end, "https://example.org/" + pick));
                            };
                    return new Block(null, t, text, marks);
                });
        return block.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 300)
    void anyBodyMakesTheRoundTripWithItsKeysTypesAndMarks(@ForAll("bodies") List<Block> body) {
        List<Block> back = EditorHtml.read(EditorHtml.render(body), body);
        assertEquals(body.size(), back.size());
        for (int i = 0; i < body.size(); i++) {
            assertEquals(body.get(i).text(), back.get(i).text());
            assertEquals(body.get(i).type(), back.get(i).type());
            assertEquals(body.get(i).marks(), back.get(i).marks());
            assertEquals(body.get(i).mediaId(), back.get(i).mediaId());
            assertEquals(body.get(i).alt(), back.get(i).alt());
            assertEquals(body.get(i).key(), back.get(i).key());
        }
        assertEquals(new ArrayList<>(body), back);
    }

    @org.junit.jupiter.api.Test
    void aPictureIsAFigureThatKeepsItsKeyCaptionCreditAndAlt() {
        Block picture = new Block(
                null,
                BlockType.IMAGE,
                "Kim at the parade. (Photo via AFP)",
                List.of(),
                7L,
                "Kim Jong Un \"waves\" <b>");
        Block text = Block.of(BlockType.PARAGRAPH, "Troops moved.");
        String html = EditorHtml.render(List.of(text, picture));
        org.junit.jupiter.api.Assertions.assertEquals(
                "<p>Troops moved.</p><figure class=\"cd-picture\" data-media=\"7\""
                        + " data-caption=\"Kim at the parade.\" data-credit=\"AFP\" data-alt=\"Kim Jong Un &quot;waves&quot; &lt;b&gt;\">"
                        + "</figure>",
                html);
        // the surface draws the picture inside the figure; only the data attributes are read
        String surface = html.replace(
                        "</figure>", "<img src=\"/copydesk/media/7?w=640\"><span>Kim at the parade.</span></figure>")
                .replace("Kim at the parade.\" data-credit", "Kim at the big parade.\" data-credit");
        List<Block> read = EditorHtml.read(surface, List.of(text, picture));
        org.junit.jupiter.api.Assertions.assertEquals(2, read.size());
        Block back = read.get(1);
        org.junit.jupiter.api.Assertions.assertEquals(BlockType.IMAGE, back.type());
        org.junit.jupiter.api.Assertions.assertEquals(picture.key(), back.key());
        org.junit.jupiter.api.Assertions.assertEquals(7L, back.mediaId());
        org.junit.jupiter.api.Assertions.assertEquals("Kim at the big parade. (Photo via AFP)", back.text());
        org.junit.jupiter.api.Assertions.assertEquals("Kim Jong Un \"waves\" <b>", back.alt());
    }

    @org.junit.jupiter.api.Test
    void aFigureThatNamesNoPictureIsDroppedAndOneWithoutACreditRefused() {
        org.junit.jupiter.api.Assertions.assertEquals(
                List.of(),
                EditorHtml.read(
                        "<figure data-media=\"javascript:x\"><img src=x onerror=alert(1)></figure>", List.of()));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> EditorHtml.read(
                        "<figure class=\"cd-picture\" data-media=\"3\" data-caption=\"A.\"></figure>", List.of()));
    }
}
