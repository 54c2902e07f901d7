package org.copydesk.domain.copycheck;

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
 */
public record KnownNames(Set<String> sourceNames, Set<String> dictionary) {

    private static final KnownNames NONE = new KnownNames(Set.of(), Set.of());

    public KnownNames {
        sourceNames = cleaned(sourceNames);
        dictionary = cleaned(dictionary);
    }

    /** No source names and an empty newsroom dictionary. */
    public static KnownNames none() {
        return NONE;
    }

    public static KnownNames of(Collection<String> sourceNames, Collection<String> dictionary) {
        return new KnownNames(sourceNames == null ? Set.of() : new LinkedHashSet<>(sourceNames),
                dictionary == null ? Set.of() : new LinkedHashSet<>(dictionary));
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
                cleaned.add(name.strip().replaceAll("\\s+", " "));
            }
        }
        return Set.copyOf(cleaned);
    }
}
