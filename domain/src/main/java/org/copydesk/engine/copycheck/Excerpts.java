package org.copydesk.engine.copycheck;

/**
 * The excerpt shown with a finding: the sentence around the span when it has at most
 * {@value #MAX} characters, otherwise at most {@value #MAX} characters around the span, cut at
 * word boundaries and marked with an ellipsis where cut.
 *
 * <p>Sentence ends are found simply (a full stop, question or exclamation mark, optionally
 * followed by closing quotes, then a space); an abbreviation such as "U.S." may end an excerpt
 * early, which costs nothing but context.
 */
final class Excerpts {

    static final int MAX = 80;
    private static final char ELLIPSIS = '…';

    private Excerpts() {}

    static String around(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, Math.max(end, from));
        String sentence = text.substring(from, to).strip();
        if (sentence.length() <= MAX) {
            return sentence;
        }
        if (end - start >= MAX - 1) {
            return text.substring(start, start + MAX - 1) + ELLIPSIS;
        }
        int room = MAX - 2 - (end - start);
        int leftRoom = Math.min(start - from, room / 2);
        int rightRoom = Math.min(to - end, room - leftRoom);
        leftRoom = Math.min(start - from, room - rightRoom);
        int left = start - leftRoom;
        int right = end + rightRoom;
        while (left > from && left < start && !Character.isWhitespace(text.charAt(left - 1))) {
            left++;
        }
        while (right < to && right > end && !Character.isWhitespace(text.charAt(right))) {
            right--;
        }
        String window = text.substring(left, right).strip();
        return (left > from ? ELLIPSIS : "") + window + (right < to ? String.valueOf(ELLIPSIS) : "");
    }

    private static int sentenceStart(String text, int position) {
        for (int i = Math.min(position, text.length()) - 1; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i)) && endsSentence(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int position) {
        for (int i = position; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && endsSentence(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    /** Whether the characters before the whitespace at {@code i} end a sentence. */
    private static boolean endsSentence(String text, int i) {
        int j = i - 1;
        while (j >= 0 && isClosing(text.charAt(j))) {
            j--;
        }
        return j >= 0
                && (text.charAt(j) == '.'
                        || text.charAt(j) == '?'
                        || text.charAt(j) == '!'
                        || text.charAt(j) == ELLIPSIS);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '’' || c == '”' || c == ')' || c == '»';
    }
}
