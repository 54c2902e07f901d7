package org.copydesk.engine.copycheck;

import java.util.Locale;
import java.util.Map;

/**
 * A copy-check rule's id as the copy desk reads it: "Name consistency", "Spelling", "Two hyphens", not
 * NAME_CONSISTENCY or MORFOLOGIK_RULE_EN_US. The house's own rules and the commonest LanguageTool families have
 * their names; any other id is turned into words (underscores to spaces, the language tag dropped).
 */
public final class RuleNames {

    private static final Map<String, String> NAMED = Map.of(
            NameConsistencyRule.ID,
            "Name consistency (near miss of a known name)",
            "UPPERCASE_SENTENCE_START",
            "Capital letter at the start of a sentence",
            "EN_UNPAIRED_QUOTES",
            "Unpaired quotation marks",
            "SENTENCE_WHITESPACE",
            "Space between sentences",
            "PUNCTUATION_PARAGRAPH_END",
            "Punctuation at the end of a paragraph",
            "EN_A_VS_AN",
            "A or an",
            "ENGLISH_WORD_REPEAT_RULE",
            "Word repeated",
            "COMMA_PARENTHESIS_WHITESPACE",
            "Space around a comma or bracket");

    private RuleNames() {}

    public static String inWords(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String named = NAMED.get(id);
        if (named != null) {
            return named;
        }
        if (id.startsWith("MORFOLOGIK_RULE") || id.startsWith("EN_MULTITOKEN_SPELLING")) {
            return "Spelling";
        }
        boolean house = id.startsWith("COPYDESK_");
        String words = id.replaceFirst("^(COPYDESK_|EN_)", "")
                .replaceFirst("_RULE$", "")
                .replace('_', ' ')
                .toLowerCase(Locale.ROOT)
                .strip();
        if (words.isEmpty()) {
            return id;
        }
        words = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return house ? words + " (house style)" : words;
    }
}
