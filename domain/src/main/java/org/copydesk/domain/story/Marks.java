package org.copydesk.domain.story;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The marks of one block's text: checked against the text, kept in order, and carried through edits of
 * the text. A mark follows its words: an edit before it moves it, an edit inside it stays inside it, and
 * a mark whose words are all gone is dropped.
 */
public final class Marks {

    public static final int MAX_PER_BLOCK = 1_000;
    private static final Comparator<Mark> ORDER =
            Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end).thenComparing(Mark::type);

    private Marks() {}

    /**
     * The marks checked against {@code text} and put in order: bold and italic runs that touch or overlap
     * are joined; links may not overlap each other. Throws IllegalArgumentException on a mark outside the
     * text.
     */
    public static List<Mark> checked(String text, List<Mark> marks) {
        if (marks == null || marks.isEmpty()) {
            return List.of();
        }
        if (marks.size() > MAX_PER_BLOCK) {
            throw new IllegalArgumentException("A block has at most " + MAX_PER_BLOCK + " marks.");
        }
        List<Mark> sorted = new ArrayList<>();
        for (Mark m : marks) {
            Objects.requireNonNull(m, "mark");
            if (m.end() > text.length()) {
                throw new IllegalArgumentException("A " + m.type().name().toLowerCase() + " mark ends at " + m.end()
                        + ", after the end of its block's text (" + text.length() + " characters).");
            }
            sorted.add(m);
        }
        sorted.sort(ORDER);
        List<Mark> result = new ArrayList<>();
        for (MarkType type : MarkType.values()) {
            Mark open = null;
            for (Mark m : sorted) {
                if (m.type() != type) {
                    continue;
                }
                if (open == null) {
                    open = m;
                } else if (type == MarkType.LINK) {
                    if (m.start() < open.end()) {
                        throw new IllegalArgumentException("Two links overlap at “"
                                + text.substring(m.start(), Math.min(open.end(), m.end())) + "”.");
                    }
                    result.add(open);
                    open = m;
                } else if (m.start() <= open.end()) {
                    open = open.moved(open.start(), Math.max(open.end(), m.end()));
                } else {
                    result.add(open);
                    open = m;
                }
            }
            if (open != null) {
                result.add(open);
            }
        }
        result.sort(ORDER);
        return List.copyOf(result);
    }

    /** The marks of {@code before} carried over to {@code after}, the same block's text once edited. */
    public static List<Mark> follow(String before, String after, List<Mark> marks) {
        if (marks.isEmpty() || before.equals(after)) {
            return marks.isEmpty() ? List.of() : marks;
        }
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        // whole words only: an edit inside a word changes the word
        while (prefix > 0 && Character.isLetterOrDigit(before.charAt(prefix - 1))) {
            prefix--;
        }
        while (suffix > 0 && Character.isLetterOrDigit(before.charAt(before.length() - suffix))) {
            suffix--;
        }
        List<int[]> deltas = new ArrayList<>(); // {source position, source size, target position, target size}
        List<String> from = tokens(before.substring(prefix, before.length() - suffix));
        List<String> to = tokens(after.substring(prefix, after.length() - suffix));
        if (from.isEmpty() || to.isEmpty()) {
            deltas.add(new int[] {prefix, before.length() - suffix - prefix, prefix, after.length() - suffix - prefix});
        } else {
            // word by word, a change of case alone not a change: a mark stays on its words, not on letters
            int[] fromAt = offsets(from, prefix);
            int[] toAt = offsets(to, prefix);
            for (AbstractDelta<String> d :
                    DiffUtils.diff(from, to, String::equalsIgnoreCase).getDeltas()) {
                Chunk<String> sc = d.getSource();
                Chunk<String> tc = d.getTarget();
                int sp = fromAt[sc.getPosition()];
                int tp = toAt[tc.getPosition()];
                deltas.add(new int[] {
                    sp, fromAt[sc.getPosition() + sc.size()] - sp, tp, toAt[tc.getPosition() + tc.size()] - tp
                });
            }
        }
        List<Mark> moved = new ArrayList<>();
        for (Mark m : marks) {
            int start = mapStart(m.start(), deltas);
            int end = Math.min(mapEnd(m.end(), deltas), after.length());
            if (start < end && !after.substring(start, end).isBlank()) {
                moved.add(m.moved(start, end));
            }
        }
        return checked(after, moved);
    }

    /** Where the first marked character went: into a replacement that took it, or moved by what came before. */
    private static int mapStart(int start, List<int[]> deltas) {
        int shift = 0;
        for (int[] d : deltas) {
            if (d[1] > 0 && start >= d[0] && start < d[0] + d[1]) {
                return d[2];
            }
            if (d[0] + d[1] <= start) {
                shift += d[3] - d[1];
            }
        }
        return start + shift;
    }

    /** Where the mark's end went: a replacement of its last characters stays inside, an insertion right after it stays out. */
    private static int mapEnd(int end, List<int[]> deltas) {
        int shift = 0;
        for (int[] d : deltas) {
            if (d[1] > 0 && end - 1 >= d[0] && end - 1 < d[0] + d[1]) {
                return d[2] + d[3];
            }
            boolean before = d[1] == 0 ? d[0] < end : d[0] + d[1] <= end;
            if (before) {
                shift += d[3] - d[1];
            }
        }
        return end + shift;
    }

    private static final java.util.regex.Pattern TOKEN =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+|\\s+|.", java.util.regex.Pattern.DOTALL);

    /** Words, runs of space and single other characters; together they are the text again. */
    private static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        java.util.regex.Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Where each token starts (and, last, where the text ends), counted from {@code base}. */
    private static int[] offsets(List<String> tokens, int base) {
        int[] at = new int[tokens.size() + 1];
        at[0] = base;
        for (int i = 0; i < tokens.size(); i++) {
            at[i + 1] = at[i] + tokens.get(i).length();
        }
        return at;
    }

    /** The marks as one line each ({@code TYPE start end [href]}), as the database keeps them; null for none. */
    public static String encode(List<Mark> marks) {
        if (marks == null || marks.isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (Mark m : marks) {
            if (!s.isEmpty()) {
                s.append('\n');
            }
            s.append(m.type()).append(' ').append(m.start()).append(' ').append(m.end());
            if (m.href() != null) {
                s.append(' ').append(m.href());
            }
        }
        return s.toString();
    }

    public static List<Mark> decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return List.of();
        }
        List<Mark> marks = new ArrayList<>();
        for (String line : encoded.split("\n")) {
            String[] p = line.split(" ", 4);
            marks.add(new Mark(
                    MarkType.valueOf(p[0]),
                    Integer.parseInt(p[1]),
                    Integer.parseInt(p[2]),
                    p.length > 3 ? p[3] : null));
        }
        return List.copyOf(marks);
    }

    /**
     * The text with its marks written in, for revisions and the word diff: {@code **bold**},
     * {@code _italic_}, {@code [words](address)} — so a changed link or emphasis shows as a change.
     */
    public static String annotate(String text, List<Mark> marks) {
        if (marks.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            for (int k = marks.size() - 1; k >= 0; k--) {
                Mark m = marks.get(k);
                if (m.end() == i) {
                    out.append(
                            switch (m.type()) {
                                case BOLD -> "**";
                                case ITALIC -> "_";
                                case LINK -> "](" + m.href() + ")";
                            });
                }
            }
            for (Mark m : marks) {
                if (m.start() == i) {
                    out.append(
                            switch (m.type()) {
                                case BOLD -> "**";
                                case ITALIC -> "_";
                                case LINK -> "[";
                            });
                }
            }
            if (i < text.length()) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /** A run of text with the same marks, as a page shows it. {@code href} is null outside links. */
    public record Run(String text, boolean bold, boolean italic, String href) implements java.io.Serializable {}

    /** {@code text[from, to)} cut into runs of equal marks, in order. */
    public static List<Run> runs(String text, List<Mark> marks, int from, int to) {
        List<Integer> cuts = new ArrayList<>(List.of(from, to));
        for (Mark m : marks) {
            if (m.start() > from && m.start() < to) {
                cuts.add(m.start());
            }
            if (m.end() > from && m.end() < to) {
                cuts.add(m.end());
            }
        }
        List<Integer> points = cuts.stream().distinct().sorted().toList();
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            int a = points.get(i);
            int b = points.get(i + 1);
            boolean bold = false;
            boolean italic = false;
            String href = null;
            for (Mark m : marks) {
                if (m.start() <= a && m.end() >= b) {
                    switch (m.type()) {
                        case BOLD -> bold = true;
                        case ITALIC -> italic = true;
                        case LINK -> href = m.href();
                    }
                }
            }
            runs.add(new Run(text.substring(a, b), bold, italic, href));
        }
        return runs;
    }
}
