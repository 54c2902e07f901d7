package org.copydesk.engine.copycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.engine.copycheck.Words.Word;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static Word word(List<Word> words, String text) {
        return words.stream()
                .filter(word -> word.text().equals(text))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void wordsAreLetterRunsWithOffsetsAndPossessivesBelongToTheWordBefore() {
        String text = "Russia’s border with North Korea, Khabarovsk-Vladivostok.";
        List<Word> words = Words.of(text);
        assertEquals(
                List.of("Russia", "border", "with", "North", "Korea", "Khabarovsk", "Vladivostok"),
                words.stream().map(Word::text).toList());
        Word korea = word(words, "Korea");
        assertEquals("Korea", text.substring(korea.start(), korea.end()));
        assertTrue(word(words, "border").linkedToPrevious(), "after a possessive");
        assertTrue(korea.linkedToPrevious());
        assertTrue(word(words, "Vladivostok").linkedToPrevious(), "hyphen");
        assertFalse(word(words, "Khabarovsk").linkedToPrevious(), "comma");
    }

    @Test
    void sentenceStarts() {
        List<Word> words = Words.of("‘Chine mobilizes forces.’ Meanwhile China moved: Troops left; "
                + "he said, “Some say so.” (Photo by EPA) Workers’ Party\nNext");
        assertTrue(word(words, "Chine").sentenceInitial(), "opening quote at the start");
        assertTrue(word(words, "Meanwhile").sentenceInitial(), "after a full stop and closing quote");
        assertFalse(word(words, "China").sentenceInitial());
        assertTrue(word(words, "Troops").sentenceInitial(), "after a colon");
        assertTrue(word(words, "Some").sentenceInitial(), "after an opening quote");
        assertTrue(word(words, "Photo").sentenceInitial(), "after a bracket");
        assertFalse(word(words, "Party").sentenceInitial(), "after an apostrophe");
        assertTrue(word(words, "Party").linkedToPrevious(), "after a plural possessive");
        assertTrue(word(words, "Next").sentenceInitial(), "after a line break");
    }

    @Test
    void capitals() {
        List<Word> words = Words.of("NATO and McKenzie met Peskov in iPhone land");
        assertFalse(word(words, "NATO").capitalised());
        assertTrue(word(words, "Peskov").capitalised());
        assertFalse(word(words, "Peskov").innerCapital());
        assertTrue(word(words, "McKenzie").innerCapital());
        assertFalse(word(words, "iPhone").capitalised());
    }

    @Test
    void foldingDropsCaseAndAccents() {
        assertEquals("bogota", Words.fold("Bogotá"));
        assertEquals("zurich", Words.fold("Zürich"));
    }

    @Test
    void derivedForms() {
        assertTrue(Words.derivedFrom("korean", "korea"));
        assertTrue(Words.derivedFrom("koreans", "korea"));
        assertTrue(Words.derivedFrom("koreas", "korea"));
        assertTrue(Words.derivedFrom("chinese", "china"));
        assertTrue(Words.derivedFrom("japanese", "japan"));
        assertTrue(Words.derivedFrom("pakistani", "pakistan"));
        assertTrue(Words.derivedFrom("italian", "italy"));
        assertTrue(Words.derivedFrom("russia", "russian"), "either way round");
        assertFalse(Words.derivedFrom("greek", "greece"));
        assertFalse(Words.derivedFrom("chine", "china"));
        assertFalse(Words.derivedFrom("korea", "korea"));
    }
}
