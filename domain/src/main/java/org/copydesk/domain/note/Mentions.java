package org.copydesk.domain.note;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @user} mentions in a note's text. A mention is an {@code @} that does not follow a letter,
 * digit or dot (so "name@example.org" is not one), then a username as Copydesk spells them: a lower-case
 * letter, then 1–39 lower-case letters, digits, '.', '_' or '-'. A trailing '.', '-' or '_' belongs to the
 * sentence ("thanks @editor."), not to the name.
 */
public final class Mentions {

    /** The pattern of one mention; group 1 is the username. */
    public static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([a-z][a-z0-9._-]{0,39})");

    private Mentions() {}

    /** The usernames mentioned, each once, in the order they first appear. */
    public static List<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (Span span : spans(text)) {
            names.add(span.username());
        }
        return List.copyOf(names);
    }

    /** Where each mention stands in the text: from the '@' to the end of the name. */
    public static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        if (text == null) {
            return spans;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String name = trimEnd(m.group(1));
            if (name.length() >= 2) {
                spans.add(new Span(m.start(), m.start(1) + name.length(), name));
            }
        }
        return spans;
    }

    private static String trimEnd(String name) {
        int end = name.length();
        while (end > 0 && ".-_".indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        return name.substring(0, end);
    }

    /** One mention: [start, end) in the text, and the username. */
    public record Span(int start, int end, String username) {}
}
