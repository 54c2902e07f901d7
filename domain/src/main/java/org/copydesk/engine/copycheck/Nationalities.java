package org.copydesk.engine.copycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.Tagger;

/**
 * Which capitalised words are nationality (or regional) adjectives, for
 * {@link NationalityArticleFilter}. Derived from data, not listed by hand:
 * <ol>
 *   <li>LanguageTool's English dictionary: a word it knows only capitalised with an adjective
 *       reading whose lemma is the capitalised word itself ("Russian", "Iraqi", "European",
 *       "Ukrainian": proper adjectives), or with an uncountable-noun reading of that lemma, which is
 *       how it tags language names ("Vietnamese", "Kazakh"). A proper adjective whose lower-case
 *       form is an ordinary adjective or adverb ("South", "New", "Black", "Liberal") is not one,
 *       unless it also names a language ("French", "Polish", "Welsh");
 *   <li>demonyms of the gazetteer's one-word places that the dictionary knows only as proper
 *       nouns ("Nigerian", "Qatari", "Jordanian", "Taiwanese", "Afghan"): the place name with
 *       {@code -n}, {@code -an}, {@code -ian}, {@code -i} or {@code -ese} (a final vowel may go
 *       first; a final {@code -istan} or {@code -stan} may go instead), kept when the dictionary
 *       knows the word capitalised and its plural as well (or it ends in {@code -ese}), which keeps
 *       out look-alike personal names;
 *   <li>the gazetteer's demonyms of countries, one word each ("Emirati", "Burkinabe", "Bahraini"), from its
 *       country data rather than from the dictionary, which does not know them all.
 * </ol>
 * Immutable and thread-safe; the tagger is only read.
 */
final class Nationalities {

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");
    private static final Pattern ONE_WORD_PLACE = Pattern.compile("\\p{Lu}\\p{Ll}{3,}");
    private static final List<String> SUFFIXES = List.of("n", "an", "ian", "i", "ese");

    private final Tagger tagger;
    private final Set<String> placeDemonyms;

    Nationalities(Tagger tagger, Gazetteer gazetteer) {
        this.tagger = tagger;
        this.placeDemonyms = Set.copyOf(placeDemonyms(tagger, gazetteer));
    }

    /** Whether the word, as written, is a nationality or regional adjective. */
    boolean contains(String word) {
        if (!CAPITALISED.matcher(word).matches()) {
            return false;
        }
        if (placeDemonyms.contains(word)) {
            return true;
        }
        AnalyzedTokenReadings readings = tag(word);
        boolean language = has(readings, "NN:U", word);
        if (language) {
            return true;
        }
        if (!has(readings, "JJ", word)) {
            return false;
        }
        AnalyzedTokenReadings lowerCase = tag(word.toLowerCase(Locale.ROOT));
        return lowerCase.getReadings().stream()
                .map(AnalyzedToken::getPOSTag)
                .noneMatch(tag -> tag != null && (tag.startsWith("JJ") || tag.startsWith("RB")));
    }

    /** The demonyms derived from the gazetteer's one-word places (see the class comment). */
    Set<String> placeDemonyms() {
        return placeDemonyms;
    }

    private static Set<String> placeDemonyms(Tagger tagger, Gazetteer gazetteer) {
        Set<String> demonyms = new HashSet<>();
        for (String place : gazetteer.names()) {
            if (!ONE_WORD_PLACE.matcher(place).matches()) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            for (String stem : stems(place)) {
                for (String suffix : SUFFIXES) {
                    candidates.add(stem + suffix);
                }
            }
            for (String stan : List.of("istan", "stan")) {
                if (place.endsWith(stan) && place.length() - stan.length() >= 4) {
                    candidates.add(place.substring(0, place.length() - stan.length()));
                }
            }
            for (String candidate : candidates) {
                if (!candidate.equals(place)
                        && knownCapitalised(tagger, candidate)
                        && (candidate.endsWith("ese") || knownCapitalised(tagger, candidate + "s"))) {
                    demonyms.add(candidate);
                }
            }
        }
        for (Gazetteer.Entry entry : gazetteer.entries()) {
            if (entry.kind() == Gazetteer.Kind.DEMONYM
                    && CAPITALISED.matcher(entry.name()).matches()) {
                demonyms.add(entry.name());
            }
        }
        return demonyms;
    }

    /** The place name, and without its final vowel if it ends in one. */
    private static List<String> stems(String place) {
        char last = place.charAt(place.length() - 1);
        if ("aeiouy".indexOf(last) >= 0) {
            return List.of(place, place.substring(0, place.length() - 1));
        }
        return List.of(place);
    }

    private static boolean knownCapitalised(Tagger tagger, String word) {
        return tag(tagger, word).getReadings().stream()
                .anyMatch(reading -> reading.getPOSTag() != null
                        && reading.getLemma() != null
                        && !reading.getLemma().isEmpty()
                        && Character.isUpperCase(reading.getLemma().charAt(0)));
    }

    private AnalyzedTokenReadings tag(String word) {
        return tag(tagger, word);
    }

    private static AnalyzedTokenReadings tag(Tagger tagger, String word) {
        try {
            return tagger.tag(List.of(word)).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool's tagger could not read its dictionary.", e);
        }
    }

    private static boolean has(AnalyzedTokenReadings readings, String posTag, String lemma) {
        return readings.getReadings().stream()
                .anyMatch(reading -> posTag.equals(reading.getPOSTag()) && lemma.equals(reading.getLemma()));
    }
}
