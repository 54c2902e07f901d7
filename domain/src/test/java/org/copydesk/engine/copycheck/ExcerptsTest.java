package org.copydesk.engine.copycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

    @Test
    void aShortSentenceIsTheExcerpt() {
        String text = "Russia sent troops. ‘Chine mobilizes forces, too,’ he said. Then it rained.";
        int start = text.indexOf("Chine");
        assertEquals("‘Chine mobilizes forces, too,’ he said.", Excerpts.around(text, start, start + 5));
    }

    @Test
    void aLongSentenceIsCutAroundTheSpanAtWordBoundaries() {
        String text = "Video footage has emerged appearing to show trains carrying heavy military equipment, "
                + "including armored personnel carriers and helicopters, toward Russia’s southeast on the "
                + "Khabarovsk-Vladivostok highway on Saturday and Sunday, local media reported.";
        int start = text.indexOf("helicopters");
        String excerpt = Excerpts.around(text, start, start + "helicopters".length());
        assertTrue(excerpt.length() <= Excerpts.MAX, excerpt);
        assertTrue(excerpt.contains("helicopters"), excerpt);
        assertTrue(excerpt.startsWith("…") && excerpt.endsWith("…"), excerpt);
        String inner = excerpt.substring(1, excerpt.length() - 1);
        assertTrue(text.contains(inner), excerpt);
        int at = text.indexOf(inner);
        assertTrue(at == 0 || text.charAt(at - 1) == ' ', "starts at a word: " + excerpt);
    }

    @Test
    void theStartOfALongSentenceIsNotMarkedAsCut() {
        String text = "Kremlin spokesman Dmitry Peskov said deployments of Russian troops inside Russia’s own "
                + "borders were not a public matter and would not be discussed.";
        String excerpt = Excerpts.around(text, 18, 24);
        assertTrue(excerpt.startsWith("Kremlin spokesman Dmitry"), excerpt);
        assertTrue(excerpt.length() <= Excerpts.MAX, excerpt);
    }

    @Test
    void aVeryLongSpanIsTruncated() {
        String text = "x".repeat(200);
        String excerpt = Excerpts.around(text, 10, 150);
        assertEquals(Excerpts.MAX, excerpt.length());
        assertTrue(excerpt.endsWith("…"));
    }
}
