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
 * <p>Both texts are cut into tokens: words (runs of Unicode letters, combining marks and digits),
 * runs of whitespace (including the non-breaking space and line breaks), and single characters of
 * everything else. Punctuation is therefore a token of its own: curly quotes, the apostrophe ’, the
 * en dash – and the hyphen too, so "North-Korean" is the three tokens "North", "-", "Korean" and
 * "North-Korean" → "North Korean" shows as the hyphen replaced by a space. The token lists are
 * compared with java-diff-utils (Myers); the result is merged into the fewest segments: between two
 * {@code EQUAL} segments there is at most one {@code DELETE} followed by at most one
 * {@code INSERT}.
 *
 * <p>The {@code EQUAL} and {@code DELETE} texts, in order, spell the older text; the {@code EQUAL}
 * and {@code INSERT} texts spell the newer one. No segment is empty, so two empty texts have no
 * segments at all.
 */
public final class WordDiff {

    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\p{IsWhite_Space}+|.", Pattern.DOTALL);

    private WordDiff() {
    }

    /** The segments that turn {@code before} into {@code after}; {@code null} counts as "". */
    public static List<DiffSegment> between(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
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
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher matcher = TOKEN.matcher(text);
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
            StringBuilder target = switch (kind) {
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
