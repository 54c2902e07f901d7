package org.copydesk.engine.detection;

import java.util.Locale;

/**
 * One word or punctuation mark of a block's text, as LanguageTool's word tokenizer cut it (with
 * abbreviations glued back together, see {@link Segmenter}); whitespace is not a token.
 *
 * @param text the token as it stands in the text
 * @param start offset of its first character in the block's text
 * @param end offset just past its last character
 * @param quoted whether it stands inside a quotation (quote marks themselves count as quoted)
 * @param quoteMark whether it is an opening or closing quote mark (not an apostrophe)
 */
record Token(String text, int start, int end, boolean quoted, boolean quoteMark) {

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** A word: it starts with a letter or digit. Apostrophe suffixes ("’s") are not words. */
    boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** "’s", "'s", or a lone apostrophe closing a plural possessive ("Workers’"). */
    boolean isPossessive() {
        return !quoteMark
                && !text.isEmpty()
                && "’'".indexOf(text.charAt(0)) >= 0
                && (text.length() == 1 || text.substring(1).equalsIgnoreCase("s"));
    }

    /**
     * Starts with an upper-case letter, or is a name with a lower-case particle joined by a hyphen:
     * "al-Hamdani", "el-Sayed", "bin-Zayed".
     */
    boolean isCapitalised() {
        if (text.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(text.codePointAt(0))) {
            return true;
        }
        int hyphen = text.indexOf('-');
        return hyphen > 0
                && hyphen + 1 < text.length()
                && Character.isUpperCase(text.codePointAt(hyphen + 1))
                && Lexicon.NAME_PARTICLES.contains(text.substring(0, hyphen).toLowerCase(Locale.ROOT));
    }

    /** Two or more letters, all upper case, dots allowed: "US", "EPA", "U.S.". */
    boolean isAcronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '&') {
                return false;
            }
        }
        return letters >= 2;
    }

    /** Punctuation that ends a phrase: anything that is neither a word nor a possessive, nor "&" or "-". */
    boolean isBoundary() {
        return quoteMark || !(isWord() || isPossessive() || text.equals("&") || text.equals("-"));
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
