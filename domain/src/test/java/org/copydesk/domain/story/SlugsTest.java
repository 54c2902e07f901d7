package org.copydesk.domain.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void seedHeadlineBecomesReadableSlug() {
        assertEquals(
                "russia-sends-troops-to-border-with-north-korea-reports",
                Slugs.of("Russia sends troops to border with North Korea: Reports"));
    }

    @Test
    void accentsAndApostrophesAreFolded() {
        assertEquals("korea-s-parliament-sees-senor-perez", Slugs.of("Korea–s Parliament sees Señor Pérez"));
        assertEquals("chine-mobilizes-forces-too", Slugs.of("‘Chine mobilizes forces, too’"));
    }

    @Test
    void punctuationOnlyFallsBackToStory() {
        assertEquals("story", Slugs.of("!!! ???"));
    }

    @Test
    void longHeadlinesAreCutAtAWordBoundary() {
        String slug = Slugs.of("word ".repeat(60));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertTrue(slug.endsWith("word"), slug);
    }
}
