package org.copydesk.engine.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.tokenizers.SentenceTokenizer;
import org.languagetool.tokenizers.Tokenizer;

/**
 * Cuts a block's text into sentences and tokens with LanguageTool's English (en-US) sentence
 * tokenizer (SRX rules, which know abbreviations such as "Mr." and "U.S.") and word tokenizer.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Offsets are found by walking the text: both tokenizers give back pieces that concatenate to
 *       their input, and each piece is looked up from the current offset, so a tokenizer that
 *       changed a character would cost a search, never a wrong offset.
 *   <li>An apostrophe between letters joins a name the word tokenizer cut ("Nyong’o", "D'Souza"),
 *       except in contractions and possessives ("it's", "we're").
 *   <li>The word tokenizer cuts "U.S." into "U . S ." and "Mr." into "Mr ."; pieces joined without
 *       whitespace around a dot ("U.S", "3.5%") are glued back, and so is a dot after an initial,
 *       a dotted acronym or a known abbreviation ("Mr.", "Gen.", "Jan."), unless it ends the
 *       sentence.
 *   <li>Quotations are tracked across the sentences of a block, so the second sentence of a long
 *       quotation is still inside it. Curly double quotes open and close; a straight double quote
 *       opens after whitespace and closes otherwise; a single curly or straight quote after a letter
 *       is an apostrophe ("Workers’ Party") unless a single quotation is open and it is followed by
 *       a non-letter, and opens a quotation after whitespace ("‘Chine mobilizes forces, too’").
 *       A quotation left open at the end of the block ends with it.
 * </ul>
 *
 * <p>Thread-safe: the tokenizers hold no per-call state (the English word tokenizer has only
 * final patterns and strings; the SRX document's cache is a concurrent map) and this class has
 * none.
 */
final class Segmenter {

    private static final Set<String> CONTRACTIONS = Set.of("s", "t", "re", "ve", "ll", "d", "m");

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm", "cmdr", "gov",
            "sen", "rep", "rev", "hon", "st", "jr", "sr", "inc", "ltd", "corp", "co", "no", "vs", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /**
     * Split once at construction: the SRX rules compile their patterns on first use (about a
     * quarter of a second), which belongs to start-up, not to the first story.
     */
    private static final String WARM_UP = "Mr. Smith said the U.S. “would not” go. It’s done.";

    private final SentenceTokenizer sentences;
    private final Tokenizer words;

    Segmenter() {
        try {
            Language english = Languages.getLanguageForShortCode("en-US");
            this.sentences = english.createDefaultSentenceTokenizer();
            this.words = english.createDefaultWordTokenizer();
            split(WARM_UP);
        } catch (LinkageError e) {
            throw new IllegalStateException(
                    "LanguageTool's English tokenizers could not start (" + e
                            + "). LanguageTool's SRX sentence splitter needs commons-logging on the class path:"
                            + " WildFly provides it to deployments; plain JVM tests need it as a test dependency.",
                    e);
        }
    }

    List<Sentence> split(String text) {
        List<Sentence> result = new ArrayList<>();
        QuoteState quotes = new QuoteState();
        int offset = 0;
        for (String piece : sentences.tokenize(text)) {
            int at = locate(text, piece, offset);
            if (at < 0) {
                continue;
            }
            offset = at + piece.length();
            int start = at;
            int end = offset;
            while (start < end && isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                continue;
            }
            List<Token> tokens = tokens(text, start, end, quotes);
            result.add(new Sentence(start, end, text.substring(start, end), tokens));
        }
        return result;
    }

    private List<Token> tokens(String text, int start, int end, QuoteState quotes) {
        List<int[]> spans = new ArrayList<>();
        int offset = start;
        String sentence = text.substring(start, end);
        for (String piece : words.tokenize(sentence)) {
            if (piece.isEmpty()) {
                continue;
            }
            int at = locate(text, piece, offset);
            if (at < 0 || at + piece.length() > end) {
                continue;
            }
            offset = at + piece.length();
            if (!piece.isBlank() && !piece.chars().allMatch(Segmenter::isSpace)) {
                spans.add(new int[] {at, offset});
            }
        }
        glueAbbreviations(text, spans);
        glueApostrophes(text, spans);
        List<Token> tokens = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            String piece = text.substring(span[0], span[1]);
            boolean mark = quotes.isQuoteMark(text, span[0], span[1]);
            boolean quotedBefore = quotes.open();
            if (mark) {
                quotes.step(text, span[0]);
            }
            tokens.add(new Token(piece, span[0], span[1], mark || quotedBefore, mark));
        }
        return tokens;
    }

    /**
     * "Nyong’o", "D'Souza", "d'Ivoire": an apostrophe between letters, with no space on either side,
     * joins one word (the word tokenizer keeps "O'Brien" whole but cuts these). Contractions and
     * possessives ("it's", "we're") are left as they are.
     */
    private static void glueApostrophes(String text, List<int[]> spans) {
        for (int i = 1; i + 1 < spans.size(); i++) {
            int[] mark = spans.get(i);
            int[] before = spans.get(i - 1);
            int[] after = spans.get(i + 1);
            if (mark[1] - mark[0] != 1
                    || "'’".indexOf(text.charAt(mark[0])) < 0
                    || before[1] != mark[0]
                    || after[0] != mark[1]
                    || !Character.isLetter(text.charAt(before[1] - 1))
                    || !Character.isLetter(text.charAt(after[0]))) {
                continue;
            }
            String rest = text.substring(after[0], after[1]).toLowerCase(Locale.ROOT);
            if (CONTRACTIONS.contains(rest)) {
                continue;
            }
            spans.set(i - 1, new int[] {before[0], after[1]});
            spans.remove(i + 1);
            spans.remove(i);
            i--;
        }
    }

    private static void glueAbbreviations(String text, List<int[]> spans) {
        for (int i = 1; i + 1 < spans.size(); i++) {
            int[] dot = spans.get(i);
            int[] before = spans.get(i - 1);
            int[] after = spans.get(i + 1);
            if (isDot(text, dot)
                    && before[1] == dot[0]
                    && after[0] == dot[1]
                    && Character.isLetterOrDigit(text.charAt(before[1] - 1))
                    && Character.isLetterOrDigit(text.charAt(after[0]))) {
                spans.set(i - 1, new int[] {before[0], after[1]});
                spans.remove(i + 1);
                spans.remove(i);
                i--;
            }
        }
        for (int i = 1; i + 1 < spans.size(); i++) {
            int[] dot = spans.get(i);
            int[] before = spans.get(i - 1);
            if (!isDot(text, dot) || before[1] != dot[0]) {
                continue;
            }
            String word = text.substring(before[0], before[1]);
            boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
            if (initial || word.contains(".") || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
                spans.set(i - 1, new int[] {before[0], dot[1]});
                spans.remove(i);
                i--;
            }
        }
    }

    private static boolean isDot(String text, int[] span) {
        return span[1] - span[0] == 1 && text.charAt(span[0]) == '.';
    }

    private static int locate(String text, String piece, int from) {
        return text.startsWith(piece, from) ? from : text.indexOf(piece, from);
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Open quotations while walking a block; see the class comment for the rules. */
    private static final class QuoteState {
        private int doubles;
        private int singles;

        boolean open() {
            return doubles > 0 || singles > 0;
        }

        boolean isQuoteMark(String text, int start, int end) {
            if (end - start != 1) {
                return false;
            }
            char c = text.charAt(start);
            return switch (c) {
                case '“', '”', '"', '«', '»', '„', '‘' -> true;
                case '’', '\'' -> singleQuoteIsMark(text, start);
                default -> false;
            };
        }

        private boolean singleQuoteIsMark(String text, int at) {
            char before = at > 0 ? text.charAt(at - 1) : ' ';
            char after = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
            if (singles > 0 && !Character.isLetter(after)) {
                return true;
            }
            if (Character.isLetterOrDigit(before)) {
                return false;
            }
            return text.charAt(at) == '\'' && !isSpace(after);
        }

        void step(String text, int at) {
            char c = text.charAt(at);
            char before = at > 0 ? text.charAt(at - 1) : ' ';
            switch (c) {
                case '“', '„', '«' -> doubles++;
                case '”', '»' -> doubles = Math.max(0, doubles - 1);
                case '"' -> {
                    if (doubles > 0 && !isSpace(before)) {
                        doubles--;
                    } else {
                        doubles++;
                    }
                }
                case '‘' -> singles++;
                case '’', '\'' -> {
                    if (singles > 0 && !isSpace(before)) {
                        singles--;
                    } else {
                        singles++;
                    }
                }
                default -> {}
            }
        }
    }
}
