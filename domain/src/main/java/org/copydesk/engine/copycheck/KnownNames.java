package org.copydesk.engine.copycheck;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names a story's copy check treats as correct, beyond the {@link Gazetteer} and the names the
 * story itself uses consistently (those the checker finds on its own, see
 * {@link NameConsistencyRule}). Such names are never reported as misspellings, and a capitalised
 * word that nearly matches one of them is reported with that name as the suggestion.
 *
 * <p>Entries may be single words or whole names ("Dmitry Peskov", "Japan Meteorological Agency");
 * every word of an entry is known. Blank entries are dropped and whitespace is collapsed.
 *
 * @param sourceNames the names of the story's linked sources (people, organisations, agencies);
 *     they count as names that occur in the story
 * @param dictionary the newsroom dictionary kept by the admins; newsroom-wide, like the gazetteer
 * @param registry the names of the sources in the newsroom's registry, newsroom-wide: known like the
 *     dictionary's, and a name of several words there ("Riverside Traders Association") is compared
 *     whole to the story's text, so that a near miss of it is a finding
 */
public record KnownNames(Set<String> sourceNames, Set<String> dictionary, Set<String> registry) {

    private static final KnownNames NONE = new KnownNames(Set.of(), Set.of(), Set.of());

    public KnownNames {
        sourceNames = cleaned(sourceNames);
        dictionary = cleaned(dictionary);
        registry = cleaned(registry);
    }

    /** No source names and an empty newsroom dictionary. */
    public static KnownNames none() {
        return NONE;
    }

    public static KnownNames of(Collection<String> sourceNames, Collection<String> dictionary) {
        return of(sourceNames, dictionary, null);
    }

    public static KnownNames of(
            Collection<String> sourceNames, Collection<String> dictionary, Collection<String> registry) {
        return new KnownNames(copy(sourceNames), copy(dictionary), copy(registry));
    }

    private static Set<String> copy(Collection<String> names) {
        return names == null ? Set.of() : new LinkedHashSet<>(names);
    }

    /** Only the story's source names. */
    public static KnownNames ofSources(Collection<String> sourceNames) {
        return of(sourceNames, Set.of());
    }

    private static Set<String> cleaned(Set<String> names) {
        if (names == null || names.isEmpty()) {
            return Set.of();
        }
        LinkedHashSet<String> cleaned = new LinkedHashSet<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                cleaned.add(collapsed(name.strip()));
            }
        }
        return Set.copyOf(cleaned);
    }

    /** The name with each run of whitespace made one space; the name itself when it has none to collapse. */
    private static String collapsed(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)
                    && (c != ' ' || i + 1 < name.length() && Character.isWhitespace(name.charAt(i + 1)))) {
                return WHITESPACE.matcher(name).replaceAll(" ");
            }
        }
        return name;
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
}
