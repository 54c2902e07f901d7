package org.copydesk.engine.copycheck;

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
 *   <li>A <em>noun</em> has a common-noun reading ({@code NN…}, {@code NNS}): "funding", "year".
 *   <li>A <em>finite verb</em> has a reading {@code VBZ}, {@code VBD} or {@code MD}: "has", "said",
 *       "will".
 * </ul>
 */
class EnglishLexicon {

    static final EnglishLexicon INSTANCE = new EnglishLexicon();

    private EnglishLexicon() {}

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
            if (tag != null
                    && tag.startsWith("NNP")
                    && lemma != null
                    && !lemma.isEmpty()
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
            if (tag.startsWith("NN:U")
                    || tag.startsWith("NNS")
                    || tag.startsWith("NNP")
                    || tag.equals("CD")
                    || tag.startsWith("JJ")
                    || tag.startsWith("RB")
                    || tag.startsWith("DT")
                    || tag.startsWith("PRP")
                    || tag.equals("IN")) {
                return false;
            }
            countable |= tag.equals("NN");
        }
        return countable;
    }

    /** Whether the word can be a common noun, singular or plural ({@code NN…}, {@code NNS}; not {@code NNP}). */
    boolean isNoun(String word) {
        return hasReading(word.toLowerCase(Locale.ROOT), tag -> tag.startsWith("NN") && !tag.startsWith("NNP"));
    }

    boolean isFiniteVerb(String word) {
        return hasReading(
                word.toLowerCase(Locale.ROOT), tag -> tag.equals("VBZ") || tag.equals("VBD") || tag.equals("MD"));
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

    /**
     * Whether a lower-case word the dictionary does not list is formed by a rule of English from words it does:
     * <ul>
     *   <li>a closed compound of two singular nouns of four letters or more ("shipbroker", "newsdesk"), not of a
     *       plural ("ballotboxes" is two words run together);
     *   <li>a noun that is no verb, with "-ed" or "-d": having the thing ("crevassed", "helmeted"); not a verb
     *       ("catched", "teached" are wrong forms of verbs).
     * </ul>
     */
    boolean isFormedWord(String word) {
        if (word.isEmpty()
                || !word.equals(word.toLowerCase(Locale.ROOT))
                || !word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (int cut = MIN_PART; cut <= word.length() - MIN_PART; cut++) {
            String head = word.substring(0, cut);
            String tail = word.substring(cut);
            if (isSingularNoun(head) && isSingularNoun(tail) && isKnownSpelling(head) && isKnownSpelling(tail)) {
                return true;
            }
        }
        if (word.endsWith("d") && word.length() > MIN_PART + 1) {
            for (String stem : List.of(
                    word.substring(0, word.length() - 1),
                    word.endsWith("ed") ? word.substring(0, word.length() - 2) : "")) {
                if (stem.length() >= MIN_PART && isNoun(stem) && !isVerb(stem) && isKnownSpelling(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int MIN_PART = 4;

    private boolean isSingularNoun(String word) {
        boolean singular = false;
        for (AnalyzedToken reading : readings(word)) {
            String tag = reading.getPOSTag();
            if (tag != null && tag.startsWith("NNS")) {
                return false;
            }
            singular |= tag != null && tag.startsWith("NN") && !tag.startsWith("NNP");
        }
        return singular;
    }

    private boolean isVerb(String word) {
        return hasReading(word, tag -> tag.startsWith("VB"));
    }

    /** Whether one of the word's readings, as written, has a part-of-speech tag that passes the test. */
    private static boolean hasReading(String word, java.util.function.Predicate<String> tag) {
        for (AnalyzedToken reading : readings(word)) {
            if (reading.getPOSTag() != null && tag.test(reading.getPOSTag())) {
                return true;
            }
        }
        return false;
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
