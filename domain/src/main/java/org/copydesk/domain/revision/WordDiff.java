package org.copydesk.domain.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.domain.revision.DiffSegment.Kind;

/**
 * The word-by-word difference between two texts.
 *
 * <p>Both texts are cut into tokens: numbers (digits with the separators inside them and a percent sign
 * right after: "2,000", "4.25", "12.5%" are one token each, so "2,000" → "1,500" is one number replaced,
 * never digit group by digit group), words (runs of Unicode letters, combining marks and digits), runs of
 * whitespace (including the non-breaking space and line breaks), and single characters of everything
 * else. Punctuation is therefore a token of its own: curly quotes, the apostrophe ’, the en dash – and the
 * hyphen too, so in {@link #between} "North-Korean" is the three tokens "North", "-", "Korean" and
 * "North-Korean" → "North Korean" shows as the hyphen replaced by a space: the precision the desk wants.
 * {@link #wholeWords} is for readers: there a word joined by hyphens or apostrophes ("two-year-old",
 * "Russia’s") is one token, so a change inside it shows the whole word replaced. The token lists are
 * compared with java-diff-utils (Myers); the result is merged into the fewest segments: between two
 * {@code EQUAL} segments there is at most one {@code DELETE} followed by at most one
 * {@code INSERT}.
 *
 * <p>The {@code EQUAL} and {@code DELETE} texts, in order, spell the older text; the {@code EQUAL}
 * and {@code INSERT} texts spell the newer one. No segment is empty, so two empty texts have no
 * segments at all.
 */
public final class WordDiff {

    /**
     * A number: digits, with "," or "." only between digits, and a "%" right after; not when a letter follows
     * ("10km", "2nd" are words). Possessive, so a number is never cut short to make a match.
     */
    private static final String NUMBER = "\\p{N}++(?:[.,]\\p{N}++)*+%?+(?![\\p{L}\\p{M}\\p{N}])";

    private static final String WORD = "[\\p{L}\\p{M}\\p{N}]+";

    private static final Pattern TOKEN =
            Pattern.compile(NUMBER + "|" + WORD + "|\\p{IsWhite_Space}+|.", Pattern.DOTALL);

    /** As {@link #TOKEN}, but words and numbers joined by hyphens or apostrophes are one token. */
    private static final Pattern WHOLE_WORD_TOKEN = Pattern.compile(
            "(?:" + NUMBER + "|" + WORD + ")" + "(?:[-\u2010\u2011'\u2019](?:" + NUMBER + "|" + WORD
                    + "))*|\\p{IsWhite_Space}+|.",
            Pattern.DOTALL);

    private WordDiff() {}

    /** The segments that turn {@code before} into {@code after}; {@code null} counts as "". */
    public static List<DiffSegment> between(String before, String after) {
        return diff(tokens(before), tokens(after));
    }

    /**
     * As {@link #between}, by whole words: a hyphenated or apostrophised word changes as a whole ("well-known"
     * → "little-known" is one word replaced), and a space alone between two changes joins them ("North-Korean"
     * → "North Korean" is one change, not "North" inserted, a space kept, "Korean " inserted). For readers.
     */
    public static List<DiffSegment> wholeWords(String before, String after) {
        return joinAcrossBlanks(diff(tokens(before, WHOLE_WORD_TOKEN), tokens(after, WHOLE_WORD_TOKEN)));
    }

    /** Folds every equal run of whitespace alone between two changes into one change around it. */
    private static List<DiffSegment> joinAcrossBlanks(List<DiffSegment> segments) {
        List<DiffSegment> joined = new ArrayList<>();
        int i = 0;
        while (i < segments.size()) {
            if (segments.get(i).kind() == Kind.EQUAL) {
                addEqual(joined, segments.get(i++).text());
                continue;
            }
            StringBuilder deleted = new StringBuilder();
            StringBuilder inserted = new StringBuilder();
            i = change(segments, i, deleted, inserted);
            while (i + 1 < segments.size()
                    && segments.get(i).kind() == Kind.EQUAL
                    && segments.get(i).text().isBlank()
                    && segments.get(i + 1).kind() != Kind.EQUAL) {
                deleted.append(segments.get(i).text());
                inserted.append(segments.get(i).text());
                i = change(segments, i + 1, deleted, inserted);
            }
            // whitespace both sides share at either end of the change is kept text, not part of the change
            int lead = 0;
            while (lead < deleted.length()
                    && lead < inserted.length()
                    && deleted.charAt(lead) == inserted.charAt(lead)
                    && Character.isWhitespace(deleted.charAt(lead))) {
                lead++;
            }
            int trail = 0;
            while (trail < deleted.length() - lead
                    && trail < inserted.length() - lead
                    && deleted.charAt(deleted.length() - 1 - trail) == inserted.charAt(inserted.length() - 1 - trail)
                    && Character.isWhitespace(deleted.charAt(deleted.length() - 1 - trail))) {
                trail++;
            }
            addEqual(joined, deleted.substring(0, lead));
            if (deleted.length() - trail > lead) {
                joined.add(new DiffSegment(Kind.DELETE, deleted.substring(lead, deleted.length() - trail)));
            }
            if (inserted.length() - trail > lead) {
                joined.add(new DiffSegment(Kind.INSERT, inserted.substring(lead, inserted.length() - trail)));
            }
            addEqual(joined, deleted.substring(deleted.length() - trail));
        }
        return List.copyOf(joined);
    }

    private static void addEqual(List<DiffSegment> segments, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == Kind.EQUAL) {
            segments.set(last, new DiffSegment(Kind.EQUAL, segments.get(last).text() + text));
        } else {
            segments.add(new DiffSegment(Kind.EQUAL, text));
        }
    }

    /** Appends the change (a delete, an insert, or both) starting at {@code i}; answers where it ends. */
    private static int change(List<DiffSegment> segments, int i, StringBuilder deleted, StringBuilder inserted) {
        while (i < segments.size() && segments.get(i).kind() != Kind.EQUAL) {
            (segments.get(i).kind() == Kind.DELETE ? deleted : inserted)
                    .append(segments.get(i).text());
            i++;
        }
        return i;
    }

    private static List<DiffSegment> diff(List<String> from, List<String> to) {
        Segments segments = new Segments();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            Chunk<String> source = delta.getSource();
            segments.add(Kind.EQUAL, from.subList(position, source.getPosition()));
            segments.add(Kind.DELETE, source.getLines());
            segments.add(Kind.INSERT, delta.getTarget().getLines());
            position = source.getPosition() + source.size();
        }
        segments.add(Kind.EQUAL, from.subList(position, from.size()));
        return segments.done();
    }

    /**
     * The segments as HTML: equal text as it is, deleted text in {@code <del>}, inserted text in
     * {@code <ins>}, every text with {@code & < > " '} escaped.
     */
    public static String toHtml(List<DiffSegment> segments) {
        StringBuilder html = new StringBuilder();
        for (DiffSegment segment : segments) {
            switch (segment.kind()) {
                case EQUAL -> escape(segment.text(), html);
                case DELETE -> escape(segment.text(), html.append("<del>")).append("</del>");
                case INSERT -> escape(segment.text(), html.append("<ins>")).append("</ins>");
            }
        }
        return html.toString();
    }

    static List<String> tokens(String text) {
        return tokens(text, TOKEN);
    }

    static List<String> wholeWordTokens(String text) {
        return tokens(text, WHOLE_WORD_TOKEN);
    }

    private static List<String> tokens(String text, Pattern token) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher matcher = token.matcher(text);
            while (matcher.find()) {
                tokens.add(matcher.group());
            }
        }
        return tokens;
    }

    /** Text made safe to place in HTML: {@code & < > " '} escaped. */
    public static String escapeHtml(String text) {
        return escape(text, new StringBuilder(text.length() + 16)).toString();
    }

    private static StringBuilder escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html;
    }

    /** Collects tokens into merged segments: equal runs, and changes written as delete then insert. */
    private static final class Segments {

        private final List<DiffSegment> done = new ArrayList<>();
        private final StringBuilder equal = new StringBuilder();
        private final StringBuilder deleted = new StringBuilder();
        private final StringBuilder inserted = new StringBuilder();

        void add(Kind kind, List<String> tokens) {
            if (tokens.isEmpty()) {
                return;
            }
            if (kind == Kind.EQUAL) {
                flushChange();
            } else {
                flush(Kind.EQUAL, equal);
            }
            StringBuilder target =
                    switch (kind) {
                        case EQUAL -> equal;
                        case DELETE -> deleted;
                        case INSERT -> inserted;
                    };
            tokens.forEach(target::append);
        }

        List<DiffSegment> done() {
            flushChange();
            flush(Kind.EQUAL, equal);
            return List.copyOf(done);
        }

        private void flushChange() {
            flush(Kind.DELETE, deleted);
            flush(Kind.INSERT, inserted);
        }

        private void flush(Kind kind, StringBuilder text) {
            if (!text.isEmpty()) {
                done.add(new DiffSegment(kind, text.toString()));
                text.setLength(0);
            }
        }
    }
}
