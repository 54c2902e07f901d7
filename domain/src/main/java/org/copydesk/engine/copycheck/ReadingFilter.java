package org.copydesk.engine.copycheck;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * LanguageTool matches that a reading of the whole clause shows to be wrong, dropped after each check. Each
 * test reads the words around the match (the part-of-speech readings of {@link EnglishLexicon}, out of
 * context); none is about a particular word or story.
 *
 * <ul>
 *   <li><b>A compound that modifies nothing.</b> A compound is hyphenated when it stands before a noun as one
 *       modifier ("a head-to-head race", "a life-size statue"), not when it ends its clause after a verb or a
 *       preposition ("the chains compete head to head.", "painted at life size."). LanguageTool's compound
 *       rules ask for the hyphens everywhere; a match whose suggestion is its own words joined by hyphens is
 *       dropped when nothing but punctuation follows and the word before is not a determiner or possessive
 *       ("his brother in law." keeps its finding: there the compound is a noun).
 *   <li><b>"its" before a noun whose clause has its verb.</b> "warning that its funding for the year had
 *       fallen" is right: with "it's" the clause would have two verbs. A match that asks for "it's" where
 *       "its" stands before a word that can be a noun is dropped when a finite verb ("had", "was", "will")
 *       follows in the same clause, before any relative word that would start another ("that", "which").
 * </ul>
 */
final class ReadingFilter {

    private static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
            "whose", "every", "each", "any", "no", "another");

    /** Words that open another clause, whose verb is not the one "its" lacks. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "that",
            "which",
            "who",
            "whom",
            "whose",
            "where",
            "when",
            "while",
            "because",
            "if",
            "and",
            "but",
            "or",
            "as",
            "since",
            "although",
            "though",
            "after",
            "before",
            "until");

    private final EnglishLexicon lexicon;

    ReadingFilter(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether the match at {@code [start, end)} of the passage, with this first suggestion, is wrong for its
     * clause.
     */
    boolean wrong(String text, int start, int end, String suggestion, List<Words.Word> words) {
        if (suggestion == null) {
            return false;
        }
        String written = text.substring(start, end);
        if (isHyphenationOf(written, suggestion)) {
            return modifiesNothing(text, start, end, words);
        }
        if (written.equalsIgnoreCase("its")
                && (suggestion.equalsIgnoreCase("it's") || suggestion.equalsIgnoreCase("it’s"))) {
            return clauseHasItsVerb(text, words, end);
        }
        return false;
    }

    /** "head to head" → "head-to-head": the same words, joined by hyphens. */
    static boolean isHyphenationOf(String written, String suggestion) {
        return written.contains(" ")
                && suggestion.contains("-")
                && written.trim().replaceAll("\\s+", "-").equalsIgnoreCase(suggestion.trim());
    }

    private static boolean modifiesNothing(String text, int start, int end, List<Words.Word> words) {
        int after = end;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (after < text.length() && ".,;:!?)”’\"—–".indexOf(text.charAt(after)) < 0) {
            return false;
        }
        Words.Word before = null;
        for (Words.Word word : words) {
            if (word.end() <= start) {
                before = word;
            }
        }
        if (before == null) {
            return false;
        }
        String between = text.substring(before.end(), start);
        if (!between.isBlank()) {
            // a comma or a dash between: the compound starts its own phrase
            return true;
        }
        return !DETERMINERS.contains(before.text().toLowerCase(Locale.ROOT));
    }

    private boolean clauseHasItsVerb(String text, List<Words.Word> words, int end) {
        int k = 0;
        while (k < words.size() && words.get(k).start() < end) {
            k++;
        }
        if (k >= words.size() || !lexicon.isNoun(words.get(k).text())) {
            return false;
        }
        for (int i = k + 1; i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (word.sentenceInitial()
                    || !text.substring(words.get(i - 1).end(), word.start()).isBlank()) {
                // a new sentence, or a comma, a dash or a quotation mark: the clause ended
                return false;
            }
            String lower = word.text().toLowerCase(Locale.ROOT);
            if (CLAUSE_OPENERS.contains(lower)) {
                return false;
            }
            if (lexicon.isFiniteVerb(lower) && !lexicon.isNoun(lower)) {
                return true;
            }
        }
        return false;
    }
}
