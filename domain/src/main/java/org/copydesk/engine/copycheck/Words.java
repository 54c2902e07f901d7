package org.copydesk.engine.copycheck;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into words (runs of letters) and knows where they stand: at the start of a
 * sentence, capitalised, joined to the word before by a space or hyphen. A possessive "’s" or
 * "'s" belongs to the word before and is not a word of its own.
 */
final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Endings that derive a word from a name: plurals, demonyms and their plurals ("Korea" →
     * "Koreas", "Koreans"; "China" → "Chinese"; "Pakistan" → "Pakistanis").
     */
    static final Set<String> DERIVING_SUFFIXES =
            Set.of("s", "es", "n", "ns", "an", "ans", "ian", "ians", "ese", "ish", "i", "is", "ite", "ites");

    private Words() {}

    /**
     * One word of a text.
     *
     * @param text the letters
     * @param start offset of the first letter
     * @param end offset after the last letter
     * @param sentenceInitial whether the word starts a sentence: it follows the start of the text,
     *     a line break, a sentence end (. ! ? … : ; and any closing quotes) or an opening quote or
     *     bracket, with only spaces between
     * @param linkedToPrevious whether the previous word is separated from this one only by spaces
     *     or hyphens, after its own possessive ending ("Rubik’s Cube", "Workers’ Party")
     */
    record Word(String text, int start, int end, boolean sentenceInitial, boolean linkedToPrevious) {

        /** Starts with a capital and has at least one lower-case letter (so "NATO" is not). */
        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0)) && !text.equals(text.toUpperCase(Locale.ROOT));
        }

        /** Has a capital after its first letter, as brands and some surnames do ("iPhone", "McKenzie"). */
        boolean innerCapital() {
            for (int i = Character.charCount(text.codePointAt(0)); i < text.length(); i++) {
                if (Character.isUpperCase(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        String folded() {
            return fold(text);
        }
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int previousEnd = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (isPossessive(text, start, i) && previousEnd == start - 1) {
                previousEnd = i;
                continue;
            }
            boolean linked =
                    previousEnd >= 0 && onlySpacesOrHyphens(text, afterPluralPossessive(text, previousEnd), start);
            words.add(new Word(text.substring(start, i), start, i, sentenceInitial(text, start), linked));
            previousEnd = i;
        }
        return words;
    }

    /** Lower case, without accents, with typographic apostrophes made plain. */
    static String fold(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c < 128 && c != '\'';
        }
        if (plain) {
            return s.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code word} is {@code name} with a deriving ending ("Koreans", "Chinese"), or the
     * other way round. Both must be {@linkplain #fold folded}.
     */
    static boolean derivedFrom(String word, String name) {
        return derives(word, name) || derives(name, word);
    }

    private static boolean derives(String longer, String base) {
        if (longer.length() <= base.length() || base.length() < 3) {
            return false;
        }
        if (longer.startsWith(base) && DERIVING_SUFFIXES.contains(longer.substring(base.length()))) {
            return true;
        }
        String stem = base.substring(0, base.length() - 1);
        return "aeiouy".indexOf(base.charAt(base.length() - 1)) >= 0
                && longer.startsWith(stem)
                && DERIVING_SUFFIXES.contains(longer.substring(stem.length()));
    }

    private static boolean isLetter(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isPossessive(String text, int start, int end) {
        return end - start == 1
                && (text.charAt(start) == 's' || text.charAt(start) == 'S')
                && start > 0
                && (text.charAt(start - 1) == '’' || text.charAt(start - 1) == '\'');
    }

    /** Skips the apostrophe of a plural possessive ("Workers’") that ends at {@code end}. */
    private static int afterPluralPossessive(String text, int end) {
        boolean plural = end > 0 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S');
        return plural && end < text.length() && (text.charAt(end) == '’' || text.charAt(end) == '\'') ? end + 1 : end;
    }

    private static boolean onlySpacesOrHyphens(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-' && c != '\u2010' && c != '\u2011' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    private static boolean sentenceInitial(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
            return true;
        }
        char c = text.charAt(i);
        if (c == '‘' || c == '“' || c == '«' || c == '(' || c == '[') {
            return true;
        }
        if ((c == '"' || c == '\'')
                && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "‘“«([".indexOf(text.charAt(i - 1)) >= 0)) {
            return true;
        }
        while (i >= 0 && isClosing(text.charAt(i))) {
            i--;
        }
        return i >= 0 && ".!?…:;".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isClosing(char c) {
        return c == '’' || c == '”' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '»';
    }
}
