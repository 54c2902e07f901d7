package org.copydesk.engine.copycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.copydesk.domain.workflow.StoryState;
import org.junit.jupiter.api.Test;

/** Rule ids and states in words, as the desk reads them. */
class RuleNamesTest {

    @Test
    void rulesAreNamedInWords() {
        assertEquals("Name consistency (near miss of a known name)", RuleNames.inWords("NAME_CONSISTENCY"));
        assertEquals("Spelling", RuleNames.inWords("MORFOLOGIK_RULE_EN_US"));
        assertEquals("Spelling", RuleNames.inWords("EN_MULTITOKEN_SPELLING_TWO"));
        assertEquals("Plural modifier (house style)", RuleNames.inWords("COPYDESK_PLURAL_MODIFIER"));
        assertEquals("Two hyphens", RuleNames.inWords("TWO_HYPHENS"));
        assertEquals("Diacritics replace orthography", RuleNames.inWords("EN_DIACRITICS_REPLACE_ORTHOGRAPHY"));
        assertEquals("", RuleNames.inWords(null));
    }

    @Test
    void everyStateHasWords() {
        for (StoryState state : StoryState.values()) {
            String words = state.inWords();
            assertEquals(Character.toUpperCase(words.charAt(0)), words.charAt(0), words);
            assertEquals(-1, words.indexOf('_'), words);
        }
        assertEquals("Ready to publish", StoryState.READY.inWords());
    }
}
