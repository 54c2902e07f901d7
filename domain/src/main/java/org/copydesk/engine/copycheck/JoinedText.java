package org.copydesk.engine.copycheck;

import java.util.List;

/**
 * Texts joined with blank lines into one, as a story's passages are given to LanguageTool (a blank line is a
 * paragraph break to it), and a position in the joined text mapped back to the text it falls in. Immutable.
 */
public final class JoinedText {

    /** What stands between two texts. */
    public static final String PARAGRAPH_BREAK = "\n\n";

    private final String text;
    private final int[] offsets;

    public JoinedText(List<String> parts) {
        StringBuilder joined = new StringBuilder();
        offsets = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                joined.append(PARAGRAPH_BREAK);
            }
            offsets[i] = joined.length();
            joined.append(parts.get(i));
        }
        text = joined.toString();
    }

    /** The joined text. */
    public String text() {
        return text;
    }

    /** The index of the text that a position of the joined text falls in (a break counts to the text before). */
    public int partAt(int position) {
        int i = offsets.length - 1;
        while (i > 0 && offsets[i] > position) {
            i--;
        }
        return i;
    }

    /** Where the text of this index starts in the joined text. */
    public int offset(int part) {
        return offsets[part];
    }
}
