package org.copydesk.domain.copycheck;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names known while one story is checked, by {@linkplain Words#fold folded} spelling, and how
 * often each occurs capitalised in the story. Built per check; not shared.
 */
final class StoryNames {

    /** Where a known name comes from. */
    enum Origin {
        /** The name of one of the story's sources. */
        SOURCE,
        /** The newsroom dictionary. */
        DICTIONARY,
        /** The gazetteer. */
        GAZETTEER,
        /** Used consistently by the story itself (see {@link NameConsistencyRule}). */
        STORY
    }

    /**
     * A known name.
     *
     * @param spelling as the gazetteer, the source or the story spells it; the suggestion
     * @param origins where it comes from
     * @param target whether near misses are compared to it (see {@link NameConsistencyRule})
     */
    record Name(String spelling, Set<Origin> origins, boolean target) {

        boolean authoritative() {
            return origins.stream().anyMatch(origin -> origin != Origin.STORY);
        }

        /** The first of its origins in the order sources, dictionary, gazetteer, story. */
        Origin firstOrigin() {
            return origins.stream().min(Comparator.naturalOrder()).orElseThrow();
        }
    }

    private final Map<String, Name> names;
    private final Map<String, Integer> occurrences;

    StoryNames(Map<String, Name> names, Map<String, Integer> occurrences) {
        this.names = names;
        this.occurrences = occurrences;
    }

    /** Adds every word of a name ("Dmitry Peskov" gives "Dmitry" and "Peskov") to a map of names. */
    static void addEntry(Map<String, Name> names, String entry, Origin origin, EnglishLexicon lexicon) {
        List<Words.Word> words = Words.of(entry);
        boolean single = words.size() == 1;
        for (Words.Word word : words) {
            boolean upper = word.text().equals(word.text().toUpperCase(Locale.ROOT));
            if (!single && !word.capitalised() && !upper) {
                continue;
            }
            boolean target = word.capitalised() && word.text().length() >= 4
                    && (single || !lexicon.isCommonWord(word.text()));
            add(names, word.text(), origin, target);
        }
    }

    static void add(Map<String, Name> names, String spelling, Origin origin, boolean target) {
        names.merge(Words.fold(spelling), new Name(spelling, Set.of(origin), target), (old, added) -> {
            EnumSet<Origin> origins = EnumSet.copyOf(old.origins());
            origins.add(origin);
            return new Name(old.spelling(), Set.copyOf(origins), old.target() || added.target());
        });
    }

    static Map<String, Name> copyOf(Map<String, Name> names) {
        return new HashMap<>(names);
    }

    Name get(String folded) {
        return names.get(folded);
    }

    boolean isKnown(String folded) {
        return names.containsKey(folded);
    }

    /** How often the name occurs capitalised in the story's text. */
    int inStory(String folded) {
        return occurrences.getOrDefault(folded, 0);
    }

    Collection<Map.Entry<String, Name>> all() {
        return names.entrySet();
    }
}
