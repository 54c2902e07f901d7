package org.copydesk.domain.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageCaptionTest {

    @Test
    void theSeedsCaptionLineIsCaptionAndCredit() {
        String line = "North Korea’s ballistic missiles are being displayed during a military parade in the capital, "
                + "Pyongyang, April 15, 2017. (Photo via AFP)";
        assertEquals("AFP", ImageCaption.credit(line));
        assertEquals(line, ImageCaption.compose(ImageCaption.caption(line), ImageCaption.credit(line)));
        assertEquals(
                "North Korea’s ballistic missiles are being displayed during a military parade in the capital, "
                        + "Pyongyang, April 15, 2017.",
                ImageCaption.caption(line));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Smoke over Kyiv.|AFP|Smoke over Kyiv. (Photo via AFP)",
                "Smoke over Kyiv.|Photo by Kim Hong-Ji/Reuters|Smoke over Kyiv. (Photo by Kim Hong-Ji/Reuters)",
                "|Image courtesy of NASA|(Image courtesy of NASA)",
                "A still from state TV.|Video still: KCTV|A still from state TV. (Video still: KCTV)",
                "Kim at the parade.| (Photo via AFP) |Kim at the parade. (Photo via AFP)"
            })
    void composedAndReadBack(String caption, String credit, String line) {
        assertEquals(line, ImageCaption.compose(caption, credit));
        assertEquals(caption == null ? "" : caption, ImageCaption.caption(line));
        assertEquals(ImageCaption.compose(ImageCaption.caption(line), ImageCaption.credit(line)), line);
    }

    @Test
    void aLineWithoutACreditHasNone() {
        assertNull(ImageCaption.credit("Kim Jong Un at the parade (left)."));
        assertEquals("Kim Jong Un at the parade (left).", ImageCaption.caption("Kim Jong Un at the parade (left)."));
    }

    @Test
    void aCreditIsRequiredAndPlain() {
        assertThrows(IllegalArgumentException.class, () -> ImageCaption.compose("A caption.", " "));
        assertThrows(IllegalArgumentException.class, () -> ImageCaption.compose("A caption.", null));
        assertThrows(IllegalArgumentException.class, () -> ImageCaption.compose("A caption.", "AFP (pool)"));
        assertThrows(IllegalArgumentException.class, () -> ImageCaption.compose("", "x".repeat(201)));
    }

    @Test
    void aPictureBlockNeedsItsPictureAndTakesNoMarks() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Block(null, BlockType.IMAGE, "(Photo via AFP)", List.of(), null, "alt"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Block(
                        null,
                        BlockType.IMAGE,
                        "(Photo via AFP)",
                        List.of(new Mark(MarkType.BOLD, 0, 3, null)),
                        4L,
                        "alt"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Block(
                        null, BlockType.IMAGE, "(Photo via AFP)", List.of(), 4L, "a".repeat(Block.ALT_MAX + 1)));
        Block b = new Block(null, BlockType.IMAGE, "Kim. (Photo via AFP)", List.of(), 4L, "  Kim   waves  ");
        assertEquals("Kim waves", b.alt());
        assertEquals(4L, b.mediaId());
        Block edited = b.withText(BlockType.IMAGE, "Kim Jong Un. (Photo via AFP)");
        assertEquals(b.key(), edited.key());
        assertEquals(4L, edited.mediaId());
        assertEquals("Kim waves", edited.alt());
        assertNull(new Block(null, BlockType.PARAGRAPH, "Text.", List.of(), 4L, "alt").mediaId());
    }

    @Test
    void aPictureTravelsThroughTheRevisionText() {
        Block picture = new Block(null, BlockType.IMAGE, "Kim. (Photo via AFP)", List.of(), 12L, "Kim Jong Un waves.");
        Block noAlt = new Block(null, BlockType.IMAGE, "(Photo via Reuters)", List.of(), 13L, null);
        String text = StoryText.renderBlocks(List.of(Block.of(BlockType.PARAGRAPH, "Before."), picture, noAlt));
        assertEquals(
                "Before.\n\n[Image 12] Kim. (Photo via AFP)\n[Alt] Kim Jong Un waves.\n\n[Image 13] (Photo via Reuters)",
                text);
        List<Block> back = StoryText.parseBlocks(text);
        assertEquals(BlockType.IMAGE, back.get(1).type());
        assertEquals(12L, back.get(1).mediaId());
        assertEquals("Kim Jong Un waves.", back.get(1).alt());
        assertEquals("Kim. (Photo via AFP)", back.get(1).text());
        assertNull(back.get(2).alt());
    }
}
