package org.copydesk.engine.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a category line such as "Asia-PacificKoreaWorld News" or "Europe | World News" into
 * sections.
 *
 * <p>Known sections are matched first, longest first and without regard to case, and come back in
 * the newsroom's spelling; a known section must start where a word starts (start of line, after a
 * space or separator, or at a lower-to-upper case step) and must not run on into lower-case letters
 * ("Korean" is not "Korea"). Text between known sections becomes a section of its own, split where
 * a lower-case letter runs into an upper-case one ("SportsTennis") or at a separator (| / , • · ›
 * » &gt;); spaces do not split it ("Middle East").
 *
 * <p>A line is a category line only when it looks like one: it is short, does not end in sentence
 * punctuation, every unknown section is at most three capitalised words (linked by "and", "of",
 * "the" or "&amp;"), and it either names a known section or consists of more than one section. A
 * headline in sentence case therefore never reads as a category line; a short title-case headline
 * that begins with a known section name ("Japan Braces For Snow") may, and is then misread.
 */
final class SectionSplitter {

    static final int MAX_LINE_LENGTH = 60;
    static final int MAX_WORDS_PER_UNKNOWN_SECTION = 3;

    private static final String SEPARATORS = "|/\\,;•·›»>";
    private static final String SENTENCE_END = ".!?…:;,";
    private static final Set<String> LINK_WORDS = Set.of("and", "of", "the", "&");

    private final List<String> known;

    SectionSplitter(Collection<String> knownSections) {
        Objects.requireNonNull(knownSections, "knownSections");
        this.known = knownSections.stream()
                .map(section -> Objects.requireNonNull(section, "section").strip())
                .filter(section -> !section.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** The sections the line names, or empty when the line does not look like a category line. */
    Optional<List<String>> sectionsOf(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_LINE_LENGTH || endsLikeASentence(text)) {
            return Optional.empty();
        }
        List<Part> parts = split(text);
        boolean namesKnownSection = parts.stream().anyMatch(Part::known);
        boolean plausible = !parts.isEmpty()
                && parts.stream().allMatch(part -> part.known() || looksLikeSectionName(part.name()))
                && (namesKnownSection || parts.size() > 1);
        if (!plausible) {
            return Optional.empty();
        }
        Map<String, String> distinct = new LinkedHashMap<>();
        parts.forEach(part -> distinct.putIfAbsent(part.name().toLowerCase(Locale.ROOT), part.name()));
        return Optional.of(List.copyOf(distinct.values()));
    }

    private List<Part> split(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder unknown = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (SEPARATORS.indexOf(c) >= 0) {
                flush(unknown, parts);
                i++;
                continue;
            }
            if (startsWord(text, i)) {
                Optional<String> section = knownSectionAt(text, i);
                if (section.isPresent()) {
                    flush(unknown, parts);
                    parts.add(new Part(section.get(), true));
                    i += section.get().length();
                    continue;
                }
                if (i > 0 && Character.isLowerCase(text.charAt(i - 1))) {
                    flush(unknown, parts);
                }
            }
            unknown.append(c);
            i++;
        }
        flush(unknown, parts);
        return parts;
    }

    private Optional<String> knownSectionAt(String text, int start) {
        for (String section : known) {
            int end = start + section.length();
            if (text.regionMatches(true, start, section, 0, section.length())
                    && (end == text.length() || !Character.isLowerCase(text.charAt(end)))) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWord(String text, int i) {
        if (i == 0) {
            return true;
        }
        char previous = text.charAt(i - 1);
        return previous == ' '
                || SEPARATORS.indexOf(previous) >= 0
                || (Character.isLowerCase(previous) && Character.isUpperCase(text.charAt(i)));
    }

    private static void flush(StringBuilder unknown, List<Part> parts) {
        String name = unknown.toString().strip();
        if (!name.isEmpty()) {
            parts.add(new Part(name, false));
        }
        unknown.setLength(0);
    }

    private static boolean looksLikeSectionName(String name) {
        String[] words = name.split(" ");
        if (words.length > MAX_WORDS_PER_UNKNOWN_SECTION || !capitalised(words[0])) {
            return false;
        }
        for (String word : words) {
            if (!capitalised(word) && !LINK_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(String word) {
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first);
    }

    private static boolean endsLikeASentence(String text) {
        return SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private record Part(String name, boolean known) {}
}
