package org.copydesk.engine.detection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Languages;
import org.languagetool.tagging.Tagger;

/**
 * What LanguageTool's English part-of-speech dictionary (the morfologik dictionary the English
 * tagger reads) says about a single word: whether it can be a common noun, and a plural one. The
 * detector asks only where its own word lists are silent, for the head of a phrase before or after a
 * reporting verb ("The coach told reporters", "Forecasters said", "Neighbours said"), so no list of
 * the people who can speak is kept.
 *
 * <p>Decisions:
 * <ul>
 *   <li>A word the dictionary also knows as a singular proper noun (NNP: "Smith", "Berg", "Mark") is
 *       not a common noun: a capitalised word that might be a name is left to the name rules. A
 *       plural proper reading (NNPS, "Doctors") does not count against it.
 *   <li>Words the dictionary does not know are not common nouns ("Kotsou", "Peskov").
 * </ul>
 *
 * <p>Thread-safe: the English tagger is shared by LanguageTool itself across threads and looks words
 * up with a fresh dictionary lookup per call; the readings of up to {@value #MAX_SEEN} words are kept
 * in a concurrent map (the dictionary never changes, so a kept answer is never stale).
 */
final class WordClasses {

    private static final Tagger TAGGER =
            Languages.getLanguageForShortCode("en-US").getTagger();

    /** Readings looked up so far; words are few, and a story asks about the same ones again. */
    private static final Map<String, List<AnalyzedToken>> SEEN = new ConcurrentHashMap<>();

    private static final int MAX_SEEN = 50_000;

    private WordClasses() {}

    /**
     * Whether some reading of the word has a tag that {@code counts} and none a tag that {@code refuses}
     * (readings without a tag are passed over).
     */
    private static boolean readAs(
            String word, java.util.function.Predicate<String> refuses, java.util.function.Predicate<String> counts) {
        boolean found = false;
        for (AnalyzedToken reading : readings(word)) {
            String tag = reading.getPOSTag();
            if (tag == null) {
                continue;
            }
            if (refuses.test(tag)) {
                return false;
            }
            found |= counts.test(tag);
        }
        return found;
    }

    /** Whether the word, as written, can be a common noun and cannot be a singular proper noun. */
    static boolean isCommonNoun(String word) {
        return readAs(word, tag -> tag.equals("NNP"), tag -> tag.startsWith("NN") && !tag.startsWith("NNP"));
    }

    /**
     * Whether the word, as written, can be a mass or plural common noun ("Water", "Management",
     * "Rights") and cannot be a singular proper noun: a word of an organisation's name rather than
     * of a person's.
     */
    static boolean isMassOrPluralNoun(String word) {
        return readAs(
                word, tag -> tag.equals("NNP"), tag -> tag.equals("NN:U") || tag.equals("NN:UN") || tag.equals("NNS"));
    }

    /**
     * Whether the word is a common noun only as a mass noun ("Unison", "Management"): no countable
     * or plural reading, so it names no person ("Management said" is the company's management).
     */
    static boolean isMassNounOnly(String word) {
        return readAs(
                word,
                tag -> tag.equals("NN") || tag.equals("NNS") || tag.equals("NNP"),
                tag -> tag.equals("NN:U") || tag.equals("NN:UN"));
    }

    /**
     * Whether the word can be a noun and not an adjective: "the singer Anna Berg" describes a person
     * by a role, "the local Red Cross" does not.
     */
    static boolean isRoleNoun(String word) {
        return readAs(word, tag -> tag.startsWith("JJ"), tag -> tag.startsWith("NN") && !tag.startsWith("NNP"));
    }

    /**
     * Whether the dictionary knows the word as an adjective made from a proper name: "Saudi",
     * "British", "Kenyan" (an adjective reading with a capitalised lemma). A name that opens with one
     * is an organisation's ("Saudi Aramco", "British Airways"), not a person's.
     */
    static boolean isProperAdjective(String word) {
        for (AnalyzedToken reading : readings(word)) {
            String tag = reading.getPOSTag();
            String lemma = reading.getLemma();
            if (tag != null
                    && tag.startsWith("JJ")
                    && lemma != null
                    && !lemma.isEmpty()
                    && Character.isUpperCase(lemma.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word can be an adjective ("leading", "senior"). */
    static boolean isAdjective(String word) {
        for (AnalyzedToken reading : readings(word)) {
            String tag = reading.getPOSTag();
            if (tag != null && tag.startsWith("JJ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word can be a verb in the past tense ("compared", "posted", "found"). */
    static boolean isPastTense(String word) {
        for (AnalyzedToken reading : readings(word)) {
            if ("VBD".equals(reading.getPOSTag())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word can be a past participle ("seen", "run", "written"). */
    static boolean isPastParticiple(String word) {
        for (AnalyzedToken reading : readings(word)) {
            if ("VBN".equals(reading.getPOSTag())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word can be a past or present participle ("run", "briefed", "speaking"). */
    static boolean isParticiple(String word) {
        for (AnalyzedToken reading : readings(word)) {
            String tag = reading.getPOSTag();
            if ("VBN".equals(tag) || "VBG".equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word, as written, can be a plural common noun ("researchers", "police"). */
    static boolean isPluralNoun(String word) {
        for (AnalyzedToken reading : readings(word)) {
            if ("NNS".equals(reading.getPOSTag())) {
                return true;
            }
        }
        return false;
    }

    private static List<AnalyzedToken> readings(String word) {
        List<AnalyzedToken> known = SEEN.get(word);
        if (known != null) {
            return known;
        }
        List<AnalyzedToken> found = lookUp(word);
        if (SEEN.size() < MAX_SEEN) {
            SEEN.put(word, found);
        }
        return found;
    }

    private static List<AnalyzedToken> lookUp(String word) {
        try {
            List<AnalyzedTokenReadings> tagged = TAGGER.tag(List.of(word));
            return tagged.isEmpty() ? List.of() : List.copyOf(tagged.get(0).getReadings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
