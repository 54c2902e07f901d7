package org.copydesk.domain.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoryContentTest {

    static final List<Block> BODY = List.of(Block.of(BlockType.PARAGRAPH, "Russia has reportedly sent troops."));

    static StoryContent headline(String headline) {
        return new StoryContent(headline, null, null, List.of(), BODY);
    }

    @ParameterizedTest(name = "headline [{0}]")
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n "})
    void blankHeadlineIsRefused(String blank) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> headline(blank));
        assertTrue(e.getMessage().contains("headline"), e.getMessage());
    }

    @Test
    void whitespaceIsTrimmedAndCollapsedInEveryTextField() {
        StoryContent c = new StoryContent(
                "  Russia\n sends\t\ttroops  ",
                " Moscow   denies it. ",
                "\tRita  Reporter\n",
                List.of("  World \n News "),
                BODY);
        assertEquals("Russia sends troops", c.headline());
        assertEquals("Moscow denies it.", c.standfirst());
        assertEquals("Rita Reporter", c.byline());
        assertEquals(List.of("World News"), c.sections());
    }

    @Test
    void blankOptionalFieldsBecomeNull() {
        StoryContent c = new StoryContent("Headline", "  ", "", null, null);
        assertNull(c.standfirst());
        assertNull(c.byline());
        assertEquals(List.of(), c.sections());
        assertEquals(List.of(), c.blocks());
    }

    @Test
    void fieldsAreLimitedInLength() {
        assertEquals(300, headline("h".repeat(300)).headline().length());
        IllegalArgumentException h = assertThrows(IllegalArgumentException.class, () -> headline("h".repeat(301)));
        assertTrue(h.getMessage().contains("headline"), h.getMessage());

        assertEquals(
                1000,
                new StoryContent("H", "s".repeat(1000), null, null, null)
                        .standfirst()
                        .length());
        IllegalArgumentException s = assertThrows(
                IllegalArgumentException.class, () -> new StoryContent("H", "s".repeat(1001), null, null, null));
        assertTrue(s.getMessage().contains("standfirst"), s.getMessage());

        assertEquals(
                200,
                new StoryContent("H", null, "b".repeat(200), null, null)
                        .byline()
                        .length());
        IllegalArgumentException b = assertThrows(
                IllegalArgumentException.class, () -> new StoryContent("H", null, "b".repeat(201), null, null));
        assertTrue(b.getMessage().contains("byline"), b.getMessage());

        assertEquals(
                60,
                new StoryContent("H", null, null, List.of("x".repeat(60)), null)
                        .sections()
                        .get(0)
                        .length());
        IllegalArgumentException sec = assertThrows(
                IllegalArgumentException.class, () -> new StoryContent("H", null, null, List.of("x".repeat(61)), null));
        assertTrue(sec.getMessage().contains("section"), sec.getMessage());
    }

    @Test
    void lengthIsMeasuredAfterWhitespaceIsCollapsed() {
        String padded = "  " + "word ".repeat(50).replace(" ", "   ") + "  "; // 354 chars, 249 once collapsed
        assertTrue(padded.length() > StoryContent.HEADLINE_MAX);
        assertEquals(249, headline(padded).headline().length());
    }

    @Test
    void duplicateAndBlankSectionsAreRemovedInOrder() {
        StoryContent c = new StoryContent(
                "H",
                null,
                null,
                Arrays.asList(
                        "Asia-Pacific", " Korea", null, "Asia-Pacific", "  ", "Korea ", "World  News", "World News"),
                null);
        assertEquals(List.of("Asia-Pacific", "Korea", "World News"), c.sections());
    }

    @Test
    void sectionsAndBlocksAreCopiedImmutably() {
        List<String> sections = new ArrayList<>(List.of("Korea"));
        List<Block> blocks = new ArrayList<>(BODY);
        StoryContent c = new StoryContent("H", null, null, sections, blocks);
        sections.add("Sport");
        blocks.clear();
        assertEquals(List.of("Korea"), c.sections());
        assertEquals(BODY, c.blocks());
        assertThrows(UnsupportedOperationException.class, () -> c.sections().add("Sport"));
        assertThrows(UnsupportedOperationException.class, () -> c.blocks().clear());
    }

    @Test
    void atMostFiveHundredBlocks() {
        List<Block> max = Collections.nCopies(StoryContent.MAX_BLOCKS, Block.of(BlockType.PARAGRAPH, "p"));
        assertEquals(500, new StoryContent("H", null, null, null, max).blocks().size());
        List<Block> tooMany = new ArrayList<>(max);
        tooMany.add(Block.of(BlockType.PARAGRAPH, "one too many"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new StoryContent("H", null, null, null, tooMany));
        assertTrue(e.getMessage().contains("500"), e.getMessage());
    }

    @Test
    void equalityIsAfterNormalisationAndCountsBlockKeys() {
        Block block = new Block("k1", BlockType.PARAGRAPH, "Text.");
        assertEquals(
                new StoryContent("A  headline", null, null, List.of("Korea", "Korea"), List.of(block)),
                new StoryContent(" A headline ", "", null, List.of("Korea"), List.of(block)));
        assertNotEquals(
                new StoryContent("H", null, null, null, List.of(block)),
                new StoryContent("H", null, null, null, List.of(new Block("k2", BlockType.PARAGRAPH, "Text."))),
                "a block with another key is another block");
    }

    @Test
    void asTextIsTheRenderedStory() {
        StoryContent c = new StoryContent("Headline", "Standfirst.", null, List.of("Korea"), BODY);
        assertEquals(StoryText.render(c), c.asText());
        assertTrue(c.asText().startsWith("# Headline"));
    }
}
