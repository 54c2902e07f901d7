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
 * </ul>
 */
final class EnglishLexicon {

    static final EnglishLexicon INSTANCE = new EnglishLexicon();

    private EnglishLexicon() {
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

    private static AnalyzedTokenReadings readings(String word) {
        return EnglishTagger.INSTANCE.tag(List.of(word)).get(0);
    }
}
