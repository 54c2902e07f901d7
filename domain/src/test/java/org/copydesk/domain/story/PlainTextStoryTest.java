package org.copydesk.domain.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextStoryTest {

    static String resource(String path) {
        try (InputStream in = PlainTextStoryTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void seedStorySplitsIntoCategoryHeadlineAndBlocks() {
        PlainTextStory story = PlainTextStory.parse(resource("/seed/russia-troops-north-korea.txt"));
        assertEquals("Asia-PacificKoreaWorld News", story.categoryLine());
        assertEquals("Russia sends troops to border with North Korea: Reports", story.headline());
        assertEquals(17, story.blocks().size());
        assertTrue(story.blocks().contains("‘Chine mobilizes forces, too’"));
        assertTrue(story.blocks().get(0).startsWith("Russia has reportedly sent troops"));
        assertEquals("Back to top button", story.debris().get(0));
        assertFalse(story.body().contains("Back to top button"));
    }

    @Test
    void samplesParseWithDebrisRemoved() {
        PlainTextStory greek = PlainTextStory.parse(resource("/samples/greek-debt-talks.txt"));
        assertEquals("Greece and creditors resume talks on port sale: Officials", greek.headline());
        assertEquals(1, greek.debris().size());
        PlainTextStory snow = PlainTextStory.parse(resource("/samples/hokkaido-snow.txt"));
        assertEquals("Heavy snow cuts off towns across Hokkaido", snow.headline());
        assertEquals("The snow is expected to ease on Thursday.", snow.blocks().get(snow.blocks().size() - 1));
    }

    @Test
    void windowsLineEndingsAndNonBreakingSpacesAreNormalised() {
        PlainTextStory story = PlainTextStory.parse("World\r\n\r\nHeadline here\r\n\u00A0\r\nFirst para.\r\n\r\nSecond.");
        assertEquals("Headline here", story.headline());
        assertEquals("First para.\n\nSecond.", story.body());
    }

    @Test
    void emptyOrHeadlessTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PlainTextStory.parse("  \n "));
        assertThrows(IllegalArgumentException.class, () -> PlainTextStory.parse("Only one line"));
    }
}
