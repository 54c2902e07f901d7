package org.copydesk.engine.copycheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Near misses of names of several words: "Riverside Trader Association" for a registered "Riverside
 * Traders Association", "Crown Prosecutor Service" for "Crown Prosecution Service", "Corpus Cristi"
 * for "Corpus Christi". A single-word comparison cannot catch most of them: "Trader" and "Medicine"
 * are good words, and a word of a long name is not a name on its own.
 *
 * <p>A run of words of the text is a near miss of a name when it has as many words, joined only by
 * spaces or hyphens, capitalised where the name's are, all equal to the name's (ignoring case and
 * accents) but one; and that one differs from the name's as a near miss does ({@link NameDistance},
 * "Prosecutor"/"Prosecution", "Enviroment"/"Environment") or as a plural or derived form does
 * ("Services"/"Service", "Indian"/"India", "Arts"/"Art"). A run that is itself a known name of
 * several words is never a near miss of another ("South Sudan", "West Bank"), nor is a run whose differing
 * word the dictionary knows as a name of its own ("North Atlantic" for "North Atlanta"). Runs are looked up
 * by their first and by their last word, so the cost does not grow with the number of names.
 *
 * <p>Immutable and thread-safe once built.
 */
final class NamePhrases {

    /** A name of several words and where it comes from. */
    record Phrase(String spelling, List<String> folded, List<Boolean> capitalised, StoryNames.Origin origin) {}

    /** A near miss: words {@code [first, last]} of a passage, and the name they nearly spell. */
    record Miss(int first, int last, Phrase phrase) {}

    private final Map<String, List<Phrase>> byFirst = new HashMap<>();
    private final Map<String, List<Phrase>> byLast = new HashMap<>();
    private final Set<String> known = new HashSet<>();

    /** Adds the names of several words among {@code names}; single words are left to the word rule. */
    NamePhrases add(Collection<String> names, StoryNames.Origin origin) {
        for (String name : names) {
            List<Words.Word> words = Words.of(name);
            if (words.size() < 2) {
                continue;
            }
            List<String> folded = new ArrayList<>(words.size());
            List<Boolean> capitalised = new ArrayList<>(words.size());
            for (Words.Word word : words) {
                folded.add(word.folded());
                capitalised.add(word.capitalised()
                        || word.text().length() > 1
                                && word.text().equals(word.text().toUpperCase(java.util.Locale.ROOT)));
            }
            if (!known.add(String.join(" ", folded))) {
                continue;
            }
            Phrase phrase = new Phrase(name, List.copyOf(folded), List.copyOf(capitalised), origin);
            byFirst.computeIfAbsent(folded.get(0), w -> new ArrayList<>(2)).add(phrase);
            byLast.computeIfAbsent(folded.get(folded.size() - 1), w -> new ArrayList<>(2))
                    .add(phrase);
        }
        return this;
    }

    boolean isEmpty() {
        return known.isEmpty();
    }

    /** The near misses of the phrases of these sets among a passage's words. */
    static List<Miss> find(List<Words.Word> words, List<NamePhrases> sets) {
        List<Miss> misses = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Miss best = null;
            for (NamePhrases phrases : sets) {
                best = better(best, phrases.startingAt(words, i, sets));
            }
            if (best != null) {
                misses.add(best);
                i = best.last();
            }
        }
        return misses;
    }

    private static Miss better(Miss a, Miss b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.last() > a.last() ? b : a;
    }

    private Miss startingAt(List<Words.Word> words, int i, List<NamePhrases> sets) {
        Miss best = null;
        String first = words.get(i).folded();
        for (Phrase phrase : byFirst.getOrDefault(first, List.of())) {
            best = better(best, compare(words, i, phrase, sets));
        }
        // A misspelt first word: look the run up by its last word.
        for (int n = 2; n <= 8 && i + n - 1 < words.size(); n++) {
            for (Phrase phrase : byLast.getOrDefault(words.get(i + n - 1).folded(), List.of())) {
                if (phrase.folded().size() == n && !phrase.folded().get(0).equals(first)) {
                    best = better(best, compare(words, i, phrase, sets));
                }
            }
        }
        return best;
    }

    private static Miss compare(List<Words.Word> words, int i, Phrase phrase, List<NamePhrases> sets) {
        int n = phrase.folded().size();
        if (i + n > words.size()) {
            return null;
        }
        int differing = -1;
        StringBuilder run = new StringBuilder();
        for (int j = 0; j < n; j++) {
            Words.Word word = words.get(i + j);
            if (j > 0 && !word.linkedToPrevious()) {
                return null;
            }
            boolean capitalised = word.capitalised()
                    || word.text().length() > 1
                            && word.text().equals(word.text().toUpperCase(java.util.Locale.ROOT));
            if (capitalised != phrase.capitalised().get(j)) {
                return null;
            }
            String folded = word.folded();
            run.append(j > 0 ? " " : "").append(folded);
            if (!folded.equals(phrase.folded().get(j))) {
                if (differing >= 0) {
                    return null;
                }
                differing = j;
            }
        }
        if (differing < 0) {
            return null;
        }
        String written = words.get(i + differing).folded();
        String name = phrase.folded().get(differing);
        if (written.length() < 3 || name.length() < 3) {
            return null;
        }
        boolean derived = Words.derivedFrom(written, name);
        // A near miss that the dictionary knows as a name of its own is another real name: "North Atlantic"
        // is no slip for a gazetteer's "North Atlanta" (a derived form, "Services" for "Service", still is).
        if (!derived
                && (!NameDistance.nearMiss(written, name)
                        || EnglishLexicon.INSTANCE.isProperName(
                                words.get(i + differing).text()))) {
            return null;
        }
        String text = run.toString();
        for (NamePhrases set : sets) {
            if (set.known.contains(text)) {
                return null;
            }
        }
        return new Miss(i, i + n - 1, phrase);
    }
}
