package org.copydesk.domain.sourcing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One field of a source before and after a change, null where there was (or is) nothing. An alias added
 * has no before, an alias removed no after.
 */
public record SourceChange(String field, String before, String after) implements Serializable {

    public static final String NAME = "name";
    public static final String KIND = "kind";
    public static final String ROLE = "role";
    public static final String REFERENCE = "reference";
    public static final String ALIAS = "alias";
    public static final String STATUS = "status";

    // Values are single lines (Source strips and collapses whitespace), so a control character and a line
    // break can separate them without escaping.
    private static final char FIELD_SEPARATOR = '\u001F';

    public SourceChange {
        Objects.requireNonNull(field, "field");
    }

    /** "name “a report published” → “Kyodo News”", "kind person → media report", "alias “Kyodo” added". */
    public String describe() {
        if (ALIAS.equals(field)) {
            return before == null ? "alias " + quote(after) + " added" : "alias " + quote(before) + " removed";
        }
        if (KIND.equals(field) || STATUS.equals(field)) {
            return field + " " + words(before) + " → " + words(after);
        }
        return field + " " + quote(before) + " → " + quote(after);
    }

    /** An enum constant as words: MEDIA_REPORT → "media report". */
    static String words(String constant) {
        return constant == null
                ? "(none)"
                : constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String quote(String value) {
        return value == null ? "(none)" : "“" + value + "”";
    }

    static String encode(List<SourceChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (SourceChange c : changes) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(c.field)
                    .append(FIELD_SEPARATOR)
                    .append(c.before == null ? "" : c.before)
                    .append(FIELD_SEPARATOR)
                    .append(c.after == null ? "" : c.after);
        }
        return out.toString();
    }

    static List<SourceChange> decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return List.of();
        }
        List<SourceChange> changes = new ArrayList<>();
        for (String line : encoded.split("\n")) {
            String[] parts = line.split(String.valueOf(FIELD_SEPARATOR), -1);
            if (parts.length == 3) {
                changes.add(new SourceChange(
                        parts[0], parts[1].isEmpty() ? null : parts[1], parts[2].isEmpty() ? null : parts[2]));
            }
        }
        return List.copyOf(changes);
    }
}
