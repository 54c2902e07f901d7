package org.copydesk.engine.importing;

import java.util.Map;
import java.util.regex.Pattern;
import org.copydesk.domain.story.BlockType;

/**
 * Decides what kind of block a piece of body text is. The rules, in order:
 *
 * <ol>
 *   <li>{@link BlockType#CAPTION}: the block carries a photo credit ("(Photo via AFP)", "(Photo by
 *       EPA)", "(Photo: Reuters)", "(AFP photo)", "(Getty Images)", "Photo: Reuters", "Photo credit:
 *       AP") or opens the way captions open ("An image grabbed from footage…", "A still from
 *       video…", "Screenshot from…").
 *   <li>{@link BlockType#SUBHEADING}: a single line of at most {@value #MAX_SUBHEADING_LENGTH}
 *       characters that does not end in sentence punctuation (closing quote marks and brackets
 *       are looked through, so "‘Text, too’" is a subheading and "“Text.”" is not).
 *   <li>{@link BlockType#QUOTE}: the block is one quotation and nothing else: it opens with a
 *       quote mark and the mark that closes it is the block's last character. A quotation
 *       followed by narration ("“…,” a man said.") is a paragraph.
 *   <li>{@link BlockType#PARAGRAPH}: everything else.
 * </ol>
 */
final class BlockClassifier {

    static final int MAX_SUBHEADING_LENGTH = 80;

    private static final String PICTURE = "(?:photo(?:graph)?|image|picture)s?";

    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "\\(\\s*(?:file\\s+)?" + PICTURE + "\\s*(?::|\\b(?:via|by|courtesy|credit)\\b)[^()]*\\)"
                    + "|\\((?-i:\\s*\\p{Lu}[^\\s()]*(?:\\s+\\p{Lu}[^\\s()]*){0,3})\\s+(?:file\\s+)?(?:photo|image|picture)s?\\s*\\)"
                    + "|(?:^|\\s)" + PICTURE + "(?:\\s+credit)?\\s*:\\s*(?-i:\\p{Lu})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern CAPTION_OPENING = Pattern.compile(
            "^(?:(?:an?|the|this)\\s+)?"
                    + "(?:image|still|screenshot|screen\\s?grab|frame|photo(?:graph)?|picture|video\\s+still)\\s+"
                    + "(?:(?:grabbed|taken|captured|made|released)\\s+)?from\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String SENTENCE_END = ".!?…:;,";
    private static final String CLOSING_MARKS = "”’\"'»›)]」』";

    /** Opening quote marks and the marks that may close them. */
    private static final Map<Character, String> QUOTE_PAIRS = Map.of(
            '“', "”",
            '"', "\"",
            '‘', "’",
            '\'', "'",
            '«', "»",
            '»', "«",
            '„', "“”",
            '‚', "‘’",
            '‹', "›",
            '「', "」");

    private BlockClassifier() {}

    /**
     * @param text the block's text, whitespace collapsed
     * @param lines how many lines the block had in the imported text
     */
    static BlockType classify(String text, int lines) {
        if (PHOTO_CREDIT.matcher(text).find() || CAPTION_OPENING.matcher(text).find()) {
            return BlockType.CAPTION;
        }
        if (lines == 1 && isShortUnpunctuatedLine(text)) {
            return BlockType.SUBHEADING;
        }
        if (isOneQuotation(text)) {
            return BlockType.QUOTE;
        }
        return BlockType.PARAGRAPH;
    }

    private static boolean isShortUnpunctuatedLine(String text) {
        if (text.codePointCount(0, text.length()) > MAX_SUBHEADING_LENGTH
                || text.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        int end = text.length();
        while (end > 0 && CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_END.indexOf(text.charAt(end - 1)) < 0;
    }

    private static boolean isOneQuotation(String text) {
        String closers = QUOTE_PAIRS.get(text.charAt(0));
        if (closers == null || text.length() < 2) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (closers.indexOf(text.charAt(i)) >= 0 && !isApostrophe(text, i)) {
                return i == text.length() - 1;
            }
        }
        return false;
    }

    /**
     * A single quote mark between two letters is an apostrophe ("we’ve"), not a closing quote. A
     * plural possessive ("workers’ rights") cannot be told from a closing mark, so a single-quoted
     * block holding one reads as a paragraph.
     */
    private static boolean isApostrophe(String text, int i) {
        char mark = text.charAt(i);
        return (mark == '’' || mark == '\'')
                && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }
}
