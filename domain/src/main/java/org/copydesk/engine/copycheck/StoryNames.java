package org.copydesk.engine.copycheck;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names known while one story is checked, by {@linkplain Words#fold folded} spelling, and how
 * often each occurs capitalised in the story, in three layers looked up top first: a small per-story
 * layer of source and story names; the newsroom's layer of dictionary and registry names (built once
 * per newsroom dictionary and registry, see {@link NameConsistencyRule.Newsroom}, and shared); the
 * gazetteer's words (shared by every check). The shared layers are never copied or changed. Built per
 * check; not shared.
 */
final class StoryNames {

    /** Where a known name comes from. */
    enum Origin {
        /** The name of one of the story's sources. */
        SOURCE,
        /** The newsroom dictionary or the source registry. */
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
     * @param place whether the gazetteer knows it as (a word of) a place, people or organisation name
     * @param major whether it is (a word of) a country, demonym, organisation, curated place or city of
     *     {@value NameConsistencyRule#MAJOR_CITY} people or more: names any capitalised word may be
     *     compared to, where smaller places are compared only to words that stand where a place does
     * @param population the largest population of the gazetteer entries it is a whole name of (0: none)
     * @param country the ISO code of the country of the most populous of those entries, or {@code null}
     */
    record Name(
            String spelling,
            Set<Origin> origins,
            boolean target,
            boolean place,
            boolean major,
            int population,
            String country) {

        boolean authoritative() {
            return origins.stream().anyMatch(origin -> origin != Origin.STORY);
        }

        /** The first of its origins in the order sources, dictionary, gazetteer, story. */
        Origin firstOrigin() {
            return origins.stream().min(Comparator.naturalOrder()).orElseThrow();
        }

        Name merge(Name other) {
            EnumSet<Origin> all = EnumSet.copyOf(origins);
            all.addAll(other.origins);
            return new Name(
                    spelling,
                    Set.copyOf(all),
                    target || other.target,
                    place || other.place,
                    major || other.major,
                    Math.max(population, other.population),
                    country == null || other.country != null && other.population > population
                            ? other.country
                            : country);
        }
    }

    private final Map<String, Name> base;
    private final Map<String, Name> newsroom;
    private final Map<String, Name> story;
    private final Map<String, Integer> occurrences;

    /**
     * @param base the gazetteer's names, shared and never changed
     * @param newsroom the dictionary's and the registry's names, each merged with the gazetteer's name of the
     *     same folded spelling; shared and never changed
     */
    StoryNames(Map<String, Name> base, Map<String, Name> newsroom) {
        this.base = base;
        this.newsroom = newsroom;
        this.story = new HashMap<>();
        this.occurrences = new HashMap<>();
    }

    /**
     * Adds every word of a name ("Dmitry Peskov" gives "Dmitry" and "Peskov") to a map of names: a
     * name of one word is a target; so are the capitalised words of 4 letters or more of a longer
     * one that are not common English words ("Korea" in "North Korea", not "North").
     */
    static void addEntry(
            Map<String, Name> names,
            String entry,
            Origin origin,
            EnglishLexicon lexicon,
            boolean place,
            boolean major,
            int population,
            String country) {
        List<Words.Word> words = Words.of(entry);
        boolean single = words.size() == 1;
        for (Words.Word word : words) {
            boolean upper = word.text().equals(word.text().toUpperCase(Locale.ROOT));
            if (!single && !word.capitalised() && !upper) {
                continue;
            }
            if (!single && origin == Origin.GAZETTEER && lexicon.isCommonWord(word.text())) {
                // "Province" of "Western Province", "City" of "Ho Chi Minh City": a word, not a name.
                continue;
            }
            boolean target =
                    word.capitalised() && word.text().length() >= 4 && (single || !lexicon.isCommonWord(word.text()));
            Name name = new Name(
                    word.text(),
                    Set.of(origin),
                    target,
                    place,
                    major && target,
                    single ? population : 0,
                    single || major && target ? country : null);
            names.merge(word.folded(), name, Name::merge);
        }
    }

    /** Adds a name of the story's own layer (sources, consistent use). */
    void addEntry(String entry, Origin origin, EnglishLexicon lexicon) {
        Map<String, Name> added = new HashMap<>();
        addEntry(added, entry, origin, lexicon, false, false, 0, null);
        added.forEach(this::put);
    }

    /**
     * The newsroom's layer over these gazetteer names: every word of the entries (dictionary and registry
     * names), merged with the gazetteer's name of the same folded spelling.
     */
    static Map<String, Name> newsroomLayer(
            Map<String, Name> base, java.util.Collection<String> entries, EnglishLexicon lexicon) {
        Map<String, Name> added = new HashMap<>();
        for (String entry : entries) {
            addEntry(added, entry, Origin.DICTIONARY, lexicon, false, false, 0, null);
        }
        Map<String, Name> layer = new HashMap<>(added.size() * 2);
        added.forEach((folded, name) -> {
            Name known = base.get(folded);
            layer.put(folded, known == null ? name : known.merge(name));
        });
        return Map.copyOf(layer);
    }

    void add(String spelling, Origin origin, boolean target) {
        put(Words.fold(spelling), new Name(spelling, Set.of(origin), target, false, false, 0, null));
    }

    private void put(String folded, Name name) {
        Name current = story.get(folded);
        if (current == null) {
            current = newsroom.get(folded);
        }
        if (current == null) {
            current = base.get(folded);
        }
        story.put(folded, current == null ? name : current.merge(name));
    }

    void occurs(String folded) {
        occurrences.merge(folded, 1, Integer::sum);
    }

    Name get(String folded) {
        Name name = story.get(folded);
        if (name == null) {
            name = newsroom.get(folded);
        }
        return name != null ? name : base.get(folded);
    }

    boolean isKnown(String folded) {
        return story.containsKey(folded) || newsroom.containsKey(folded) || base.containsKey(folded);
    }

    /** How often the name occurs capitalised in the story's text. */
    int inStory(String folded) {
        return occurrences.getOrDefault(folded, 0);
    }

    /**
     * The names of the story's own layer, merged with the newsroom's and the gazetteer's where they know them
     * too.
     */
    Map<String, Name> storyLayer() {
        return story;
    }

    /** Whether the story's own layer holds this name (then it, not the newsroom's, is the one that counts). */
    boolean inStoryLayer(String folded) {
        return story.containsKey(folded);
    }

    /**
     * The countries of the major places and peoples the story names ("Sri Lanka", "Chilean"); computed
     * once. Not those of smaller places: a surname is often also a small town somewhere ("Villarreal").
     */
    Set<String> countries() {
        if (countries == null) {
            Set<String> found = new java.util.HashSet<>();
            for (String folded : occurrences.keySet()) {
                Name name = get(folded);
                if (name != null && name.place() && name.major() && name.country() != null) {
                    found.add(name.country());
                }
            }
            countries = Set.copyOf(found);
        }
        return countries;
    }

    private Set<String> countries;

    /** The folded words that occur capitalised in the story. */
    Set<String> occurring() {
        return occurrences.keySet();
    }
}
