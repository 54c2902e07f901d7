package org.copydesk.engine.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Page furniture that a scraper picks up with the story text: button and link labels such as
 * "Back to top button". A label is debris wherever it stands on a line, also run together with the
 * text around it ("Back to top buttonEurope", "…on Thursday.Back to top button"), as long as it
 * reads as a label rather than as part of a sentence: it starts with a capital letter and is not
 * followed by a lower-case word ("Share this article with a friend" is a sentence and stays).
 */
final class ScrapeDebris {

    /** The labels, matched without regard to case except for their first letter. */
    static final List<String> LABELS =
            List.of("Back to top button", "Share this article", "Click here to subscribe", "Skip to content");

    private static final Pattern LABEL = Pattern.compile("(?<![\\p{Lu}\\p{Lt}\\p{N}])"
            + "(?iu:" + LABELS.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")"
            + "(?!\\p{Ll})(?! \\p{Ll})");

    private ScrapeDebris() {}

    /**
     * Removes the debris from one line (whitespace already collapsed) and adds what it removed to
     * {@code found}. Text on either side of a removed label is kept, separated by one space.
     */
    static String strip(String line, List<String> found) {
        Matcher matcher = LABEL.matcher(line);
        StringBuilder kept = new StringBuilder();
        int end = 0;
        while (matcher.find()) {
            if (!Character.isUpperCase(matcher.group().codePointAt(0))) {
                continue;
            }
            found.add(matcher.group());
            kept.append(line, end, matcher.start()).append(' ');
            end = matcher.end();
        }
        if (end == 0) {
            return line;
        }
        kept.append(line, end, line.length());
        return kept.toString().replaceAll(" {2,}", " ").strip();
    }
}
