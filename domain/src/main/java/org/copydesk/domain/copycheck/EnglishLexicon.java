package org.copydesk.domain.copycheck;

import java.util.List;
import java.util.Locale;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.en.EnglishTagger;

/**
 * What the English dictionary knows about a word, from LanguageTool's part-of-speech dictionary
 * (the shared, thread-safe {@link EnglishTagger#INSTANCE}; it needs no {@code JLanguageTool} and
 * loads in a fraction of a second).
 *
 * <ul>
 *   <li>A <em>common word</em> has a reading that is not a proper noun: "chine", "grease", "some",
 *       "meanwhile", "chin".
 *   <li>A <em>proper name</em> has a proper-noun reading ({@code NNP}, {@code NNPS}) in exactly
 *       this spelling: "Mario", "Austin", "Chin", "Greek", "Korean".
 *   <li>A <em>bare count noun</em> is a singular noun that is only countable ({@code NN}, never
 *       {@code NN:U} or {@code NN:UN}): "cypress", "omen", "heart"; not "water", "time", "police".
 *       English does not let one stand alone as a subject ("Cypress has asked…"), so one that does is
 *       a name.
 *   <li>A <em>finite verb</em> has a reading {@code VBZ}, {@code VBD} or {@code MD}: "has", "said",
 *       "will".
 * </ul>
 */
class EnglishLexicon {

    static final EnglishLexicon INSTANCE = new EnglishLexicon();

    private EnglishLexicon() {
    }

    /**
     * A lexicon that remembers its answers about common words, for one pass over many repeated words
     * (building the name rule from the gazetteer); not thread-safe, drop it after use.
     */
    EnglishLexicon cached() {
        java.util.Map<String, Boolean> common = new java.util.HashMap<>();
        EnglishLexicon plain = this;
        return new EnglishLexicon() {
            @Override
            boolean isCommonWord(String word) {
                return common.computeIfAbsent(word, plain::isCommonWord);
            }
        };
    }

    boolean isCommonWord(String word) {
        for (AnalyzedToken reading : readings(word.toLowerCase(Locale.ROOT))) {
            String tag = reading.getPOSTag();
            if (tag != null && !tag.startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    boolean isProperName(String word) {
        for (AnalyzedToken reading : readings(word)) {
            String tag = reading.getPOSTag();
            String lemma = reading.getLemma();
            if (tag != null && tag.startsWith("NNP") && lemma != null && !lemma.isEmpty()
                    && Character.isUpperCase(lemma.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    boolean isBareCountNoun(String word) {
        boolean countable = false;
        for (AnalyzedToken reading : readings(word.toLowerCase(Locale.ROOT))) {
            String tag = reading.getPOSTag();
            if (tag == null) {
                continue;
            }
            if (tag.startsWith("NN:U") || tag.startsWith("NNS") || tag.startsWith("NNP") || tag.equals("CD")
                    || tag.startsWith("JJ") || tag.startsWith("RB") || tag.startsWith("DT") || tag.startsWith("PRP")
                    || tag.equals("IN")) {
                return false;
            }
            countable |= tag.equals("NN");
        }
        return countable;
    }

    boolean isFiniteVerb(String word) {
        for (AnalyzedToken reading : readings(word.toLowerCase(Locale.ROOT))) {
            String tag = reading.getPOSTag();
            if (tag != null && (tag.equals("VBZ") || tag.equals("VBD") || tag.equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the American English spelling dictionary accepts the word as written ("Latino", "Hispanic"):
     * a capitalised word it knows is a word, not a stranger's name.
     */
    boolean isKnownSpelling(String word) {
        synchronized (SPELLER) {
            return !SPELLER.isMisspelled(word);
        }
    }

    private static final org.languagetool.rules.spelling.morfologik.MorfologikSpeller SPELLER = speller();

    private static org.languagetool.rules.spelling.morfologik.MorfologikSpeller speller() {
        try {
            return new org.languagetool.rules.spelling.morfologik.MorfologikSpeller("/en/hunspell/en_US.dict");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("LanguageTool's en-US dictionary cannot be read.", e);
        }
    }

    private static AnalyzedTokenReadings readings(String word) {
        return EnglishTagger.INSTANCE.tag(List.of(word)).get(0);
    }
}
