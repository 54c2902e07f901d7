package org.copydesk.domain.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoryTextTest {

    static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

    // --- Block --------------------------------------------------------------------------------------

    @Test
    void blankLinesInsideABlockAreFolded() {
        assertEquals(
                "First line.\nSecond line.",
                Block.of(BlockType.PARAGRAPH, "First line.\n\n\nSecond line.").text());
        assertEquals("a\nb\nc", Block.of(BlockType.QUOTE, "a\n \t \nb\n\nc").text());
        Block crlf = Block.of(BlockType.PARAGRAPH, "a\r\n\r\nb");
        assertFalse(BLANK_LINE.matcher(crlf.text()).find(), crlf.text());
        assertEquals(
                1, StoryText.parseBlocks(StoryText.renderBlocks(List.of(crlf))).size());
    }

    @Test
    void singleLineBreaksAndInnerSpacesAreKeptOuterWhitespaceStripped() {
        assertEquals(
                "Line one\nLine  two",
                Block.of(BlockType.PARAGRAPH, "\n  Line one\nLine  two \n").text());
    }

    @ParameterizedTest(name = "text [{0}]")
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\n", "\t \n "})
    void blankTextIsRefused(String blank) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Block.of(BlockType.CAPTION, blank));
        assertEquals("a caption block must have text", e.getMessage());
    }

    @Test
    void typeIsRequired() {
        assertThrows(NullPointerException.class, () -> Block.of(null, "text"));
    }

    @Test
    void textIsLimitedInLengthAfterFolding() {
        assertEquals(
                Block.TEXT_MAX,
                Block.of(BlockType.PARAGRAPH, "x".repeat(Block.TEXT_MAX)).text().length());
        assertThrows(
                IllegalArgumentException.class, () -> Block.of(BlockType.PARAGRAPH, "x".repeat(Block.TEXT_MAX + 1)));
        String foldsUnder = "x".repeat(Block.TEXT_MAX - 2) + "\n\n\n\n\n" + "y";
        assertEquals(
                Block.TEXT_MAX, Block.of(BlockType.PARAGRAPH, foldsUnder).text().length());
    }

    @Test
    void keysAreKeptOrMade() {
        assertEquals("abc123", new Block("abc123", BlockType.PARAGRAPH, "t").key());
        Block a = new Block(null, BlockType.PARAGRAPH, "t");
        Block b = new Block("  ", BlockType.PARAGRAPH, "t");
        assertTrue(a.key().matches("[0-9a-f]{12}"), a.key());
        assertTrue(b.key().matches("[0-9a-f]{12}"), b.key());
        assertNotEquals(a.key(), b.key());
        assertNotEquals(a, b, "same text, different blocks");
    }

    @Test
    void equalityIsKeyTypeAndText() {
        Block block = new Block("k", BlockType.QUOTE, "We are ready.");
        assertEquals(block, new Block("k", BlockType.QUOTE, "  We are ready. "));
        assertEquals(block.hashCode(), new Block("k", BlockType.QUOTE, "We are ready.").hashCode());
        assertNotEquals(block, new Block("k", BlockType.PARAGRAPH, "We are ready."));
        assertNotEquals(block, new Block("k", BlockType.QUOTE, "We are not ready."));
    }

    // --- StoryText ----------------------------------------------------------------------------------

    static final List<Block> ALL_KINDS = List.of(
            Block.of(
                    BlockType.PARAGRAPH,
                    "Russia has reportedly sent troops to its border with North Korea.\n"
                            + "The report could not be verified."),
            Block.of(BlockType.SUBHEADING, "‘Chine mobilizes forces, too’"),
            Block.of(BlockType.QUOTE, "We are ready for any development,\nthe spokesman said."),
            Block.of(BlockType.CAPTION, "Soldiers at the border. (Photo via AFP)"),
            Block.of(BlockType.PARAGRAPH, "The Kremlin did not comment."));

    @Test
    void renderedBlocksParseBackToTheSameTypesAndTexts() {
        String text = StoryText.renderBlocks(ALL_KINDS);
        List<Block> parsed = StoryText.parseBlocks(text);

        assertEquals(ALL_KINDS.size(), parsed.size());
        for (int i = 0; i < ALL_KINDS.size(); i++) {
            assertEquals(ALL_KINDS.get(i).type(), parsed.get(i).type(), "type of block " + i);
            assertEquals(ALL_KINDS.get(i).text(), parsed.get(i).text(), "text of block " + i);
            assertNotEquals(ALL_KINDS.get(i).key(), parsed.get(i).key(), "parsed blocks get new keys");
        }
        assertEquals(text, StoryText.renderBlocks(parsed), "and render the same again");
    }

    @ParameterizedTest
    @EnumSource(value = BlockType.class, mode = EnumSource.Mode.EXCLUDE, names = "IMAGE") // ImageCaptionTest
    void eachBlockTypeRoundTripsAlone(BlockType type) {
        Block block = Block.of(type, "Some text\nover two lines");
        List<Block> parsed = StoryText.parseBlocks(StoryText.renderBlocks(List.of(block)));
        assertEquals(1, parsed.size());
        assertEquals(type, parsed.get(0).type());
        assertEquals(block.text(), parsed.get(0).text());
    }

    @Test
    void renderMarksEachBlockType() {
        assertEquals(
                """
                Russia has reportedly sent troops to its border with North Korea.
                The report could not be verified.

                ## ‘Chine mobilizes forces, too’

                > We are ready for any development,
                the spokesman said.

                [Caption] Soldiers at the border. (Photo via AFP)

                The Kremlin did not comment.""",
                StoryText.renderBlocks(ALL_KINDS));
    }

    @Test
    void parseToleratesWindowsLineEndingsExtraBlankLinesAndNull() {
        List<Block> parsed =
                StoryText.parseBlocks("\r\n\r\n## Heading\r\n\r\n \r\n\r\nFirst.\r\nStill first.\n\n\n\n> Quote\n");
        assertEquals(3, parsed.size());
        assertEquals(BlockType.SUBHEADING, parsed.get(0).type());
        assertEquals("Heading", parsed.get(0).text());
        assertEquals(BlockType.PARAGRAPH, parsed.get(1).type());
        assertEquals("First.\nStill first.", parsed.get(1).text());
        assertEquals(BlockType.QUOTE, parsed.get(2).type());
        assertEquals("Quote", parsed.get(2).text());

        assertTrue(StoryText.parseBlocks(null).isEmpty());
        assertTrue(StoryText.parseBlocks(" \n\n \n").isEmpty());
    }

    @Test
    void renderAFullStory() {
        StoryContent content = new StoryContent(
                "Russia sends troops to border with North Korea: Reports",
                "Moscow has not confirmed the move.",
                "Rita Reporter",
                List.of("Asia-Pacific", "Korea", "World News"),
                ALL_KINDS);
        assertEquals(
                """
                # Russia sends troops to border with North Korea: Reports

                *Moscow has not confirmed the move.*

                By Rita Reporter

                Sections: Asia-Pacific, Korea, World News

                Russia has reportedly sent troops to its border with North Korea.
                The report could not be verified.

                ## ‘Chine mobilizes forces, too’

                > We are ready for any development,
                the spokesman said.

                [Caption] Soldiers at the border. (Photo via AFP)

                The Kremlin did not comment.""",
                StoryText.render(content));
    }

    @Test
    void renderLeavesOutWhatIsMissing() {
        assertEquals(
                "# Headline\n\nBody.",
                StoryText.render(new StoryContent(
                        "Headline", null, null, null, List.of(Block.of(BlockType.PARAGRAPH, "Body.")))));
        assertEquals("# Headline only", StoryText.render(new StoryContent("Headline only", null, null, null, null)));
        assertEquals("# H\n\nBy Rita", StoryText.render(new StoryContent("H", null, "Rita", null, null)));
    }

    // --- Lists --------------------------------------------------------------------------------------

    @Test
    void aListIsOneItemALineAndReadsBackAsAList() {
        Block list = Block.of(BlockType.LIST, "Schools closed\nTrains cancelled\nPower cut in two towns");
        String text = StoryText.renderBlocks(List.of(Block.of(BlockType.PARAGRAPH, "What is closed:"), list));
        assertEquals("What is closed:\n\n- Schools closed\n- Trains cancelled\n- Power cut in two towns", text);
        List<Block> back = StoryText.parseBlocks(text);
        assertEquals(BlockType.LIST, back.get(1).type());
        assertEquals(list.text(), back.get(1).text());
        // the public page's items: one a line, trimmed, blank lines skipped
        assertEquals(
                List.of("Schools closed", "Trains cancelled", "Power cut in two towns"),
                new org.copydesk.application.StoryDetails.BlockView(
                                "k", BlockType.LIST, " Schools closed\n\nTrains cancelled \nPower cut in two towns")
                        .items());
    }
}
