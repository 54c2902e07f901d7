package org.copydesk.engine.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentences and tokens from LanguageTool, with offsets, abbreviations and quotations. */
class SegmenterTest {

    private static Segmenter segmenter;

    @BeforeAll
    static void start() {
        Stories.detector();
        segmenter = new Segmenter();
    }

    @Test
    void sentencesAndTokensCarryOffsetsIntoTheBlockText() {
        String text = "The U.S. said Mr. Smith left.  He denied it.";
        List<Sentence> sentences = segmenter.split(text);
        assertEquals(
                List.of("The U.S. said Mr. Smith left.", "He denied it."),
                sentences.stream().map(Sentence::text).toList());
        for (Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()));
            }
        }
        assertEquals(
                List.of("The", "U.S.", "said", "Mr.", "Smith", "left", "."),
                sentences.get(0).tokens().stream().map(Token::text).toList());
    }

    @Test
    void quotationsAreTrackedAcrossSentencesOfABlock() {
        List<Sentence> sentences = segmenter.split("“We left. They stayed,” she said.");
        Token they = sentences.get(1).token(0);
        assertEquals("They", they.text());
        assertTrue(they.quoted());
        Token said = sentences.get(1).tokens().stream()
                .filter(t -> t.is("said"))
                .findFirst()
                .orElseThrow();
        assertFalse(said.quoted());
    }

    @Test
    void anApostropheClosesNoQuotation() {
        Sentence s = segmenter
                .split("The ruling Workers’ Party warned that we’ve seen nothing yet.")
                .get(0);
        assertTrue(s.tokens().stream().noneMatch(Token::quoteMark));
        assertTrue(s.tokens().stream().noneMatch(Token::quoted));
    }

    @Test
    void singleQuotesOpenAndClose() {
        Sentence s = segmenter.split("‘Chine mobilizes forces, too’").get(0);
        assertTrue(s.tokens().stream().allMatch(Token::quoted));
        assertTrue(s.token(0).quoteMark());
        assertTrue(s.token(s.size() - 1).quoteMark());
    }
}
