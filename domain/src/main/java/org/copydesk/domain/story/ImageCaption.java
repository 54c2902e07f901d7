package org.copydesk.domain.story;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line printed under a picture: its caption, then its credit in brackets — "North Korea’s ballistic
 * missiles on parade in Pyongyang, April 15, 2017. (Photo via AFP)". A picture block keeps this line as its
 * text, so the credit is read, checked and sourced like any other attribution (the sourcing desk proposes
 * "AFP" as its source), and offsets into it work as for any block.
 *
 * <p>The writer gives caption and credit apart. A credit that names only who ("AFP", "Reuters/Kim Hong-Ji") is
 * printed "(Photo via AFP)"; one that already says what it is ("Photo by Kim Hong-Ji", "Image courtesy of
 * NASA", "Video still: KCTV") is printed as written, in brackets.
 */
public final class ImageCaption {

    public static final int CREDIT_MAX = 200;

    private static final String PICTURE_WORDS = "(?:photo|photograph|picture|image|illustration|graphic|video|"
            + "footage|still|screenshot|screengrab|map|chart)s?";
    /** A credit at the end of the line, in brackets. */
    private static final Pattern TRAILING_CREDIT =
            Pattern.compile("\\s*\\(\\s*((?i:" + PICTURE_WORDS + ")\\b[^()]*)\\)\\s*$");

    private static final Pattern SAYS_WHAT = Pattern.compile("^(?i:" + PICTURE_WORDS + ")\\b");
    private static final Pattern VIA = Pattern.compile("^(?i:photo)\\s+via\\s+(.+)$");

    private ImageCaption() {}

    /**
     * The caption line: {@code caption} (may be blank) followed by the credit.
     *
     * @throws IllegalArgumentException if there is no credit, or it is too long or holds brackets
     */
    public static String compose(String caption, String credit) {
        String who = credit == null ? "" : credit.strip().replaceAll("\\s+", " ");
        if (who.startsWith("(") && who.endsWith(")")) {
            who = who.substring(1, who.length() - 1).strip();
        }
        if (who.isEmpty()) {
            throw new IllegalArgumentException("a picture needs a credit: who took it or supplied it (\"AFP\")");
        }
        if (who.length() > CREDIT_MAX) {
            throw new IllegalArgumentException("a picture's credit is longer than " + CREDIT_MAX + " characters");
        }
        if (who.indexOf('(') >= 0 || who.indexOf(')') >= 0) {
            throw new IllegalArgumentException("a picture's credit cannot hold brackets");
        }
        String line = SAYS_WHAT.matcher(who).find() ? "(" + who + ")" : "(Photo via " + who + ")";
        String words = caption == null ? "" : caption.strip();
        return words.isEmpty() ? line : words + " " + line;
    }

    /** The caption without its credit ("" when the line is only a credit). */
    public static String caption(String line) {
        Matcher m = TRAILING_CREDIT.matcher(line);
        return m.find() ? line.substring(0, m.start()).strip() : line.strip();
    }

    /**
     * The credit as a writer gives it: "AFP" for "(Photo via AFP)", "Photo by Kim Hong-Ji" for "(Photo by Kim
     * Hong-Ji)"; null when the line ends with no credit.
     */
    public static String credit(String line) {
        Matcher m = TRAILING_CREDIT.matcher(line);
        if (!m.find()) {
            return null;
        }
        String inside = m.group(1).strip();
        Matcher via = VIA.matcher(inside);
        return via.matches() ? via.group(1).strip() : inside;
    }
}
