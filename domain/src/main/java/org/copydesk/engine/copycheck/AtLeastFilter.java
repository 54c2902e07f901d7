package org.copydesk.engine.copycheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.RuleFilter;
import org.languagetool.tagging.Tagger;

/**
 * The filter of {@code COPYDESK_AT_LEAST_SINGULAR} ({@link NewsGrammar}): keeps a match of "at least
 * (adjectives) noun" only when the noun is countable and nothing before it makes a compound used
 * as a mass noun.
 * <ul>
 *   <li>The noun is countable when LanguageTool tags it so where it stands ({@code NN}), or when it
 *       tags it "countable or not" ({@code NN:UN}, as it does "truck", "bridge", "hospital") and
 *       the noun is in {@value #CONCRETE_NOUNS}: nouns whose most frequent WordNet sense is a
 *       concrete thing, generated from WordNet 3.0 by {@code domain/src/main/scripts/concrete-nouns.py}.
 *       So "at least military aid", "at least modest growth" are left alone.
 *   <li>No word between "at least" and the noun may be a countable noun itself, by LanguageTool's
 *       dictionary: "at least minimum wage", "at least key witness" are compounds LanguageTool
 *       cannot tell from an adjective and a noun.
 * </ul>
 *
 * <p>Public, with a public constructor, only because LanguageTool creates filters by reflection from
 * the class name in the rule file. Thread-safe: the list is read once and only read after.
 */
public final class AtLeastFilter extends RuleFilter {

    /** The class-path resource of concrete nouns. */
    static final String CONCRETE_NOUNS = "/copycheck/concrete-nouns.txt";

    private static final Tagger TAGGER =
            Languages.getLanguageForShortCode("en-US").getTagger();

    public AtLeastFilter() {}

    @Override
    public RuleMatch acceptRuleMatch(
            RuleMatch match,
            Map<String, String> arguments,
            int patternTokenPos,
            AnalyzedTokenReadings[] patternTokens,
            List<Integer> tokenPositions)
            throws IOException {
        int least = -1;
        for (int i = 0; i < patternTokens.length; i++) {
            if ("least".equalsIgnoreCase(patternTokens[i].getToken())) {
                least = i;
                break;
            }
        }
        AnalyzedTokenReadings noun = patternTokens[patternTokens.length - 1];
        if (least < 0 || !countable(noun)) {
            return null;
        }
        for (int i = least + 1; i < patternTokens.length - 1; i++) {
            if (countableNounInDictionary(patternTokens[i].getToken())) {
                return null;
            }
        }
        return match;
    }

    static boolean countable(AnalyzedTokenReadings noun) {
        return noun.hasPosTag("NN") || noun.hasPosTag("NN:UN") && Concrete.NOUNS.contains(noun.getToken());
    }

    private static boolean countableNounInDictionary(String word) throws IOException {
        for (AnalyzedToken reading : TAGGER.tag(List.of(word)).get(0).getReadings()) {
            if ("NN".equals(reading.getPOSTag())) {
                return true;
            }
        }
        return false;
    }

    private static final class Concrete {
        static final Set<String> NOUNS = read();

        private static Set<String> read() {
            try (InputStream in = AtLeastFilter.class.getResourceAsStream(CONCRETE_NOUNS)) {
                if (in == null) {
                    throw new IllegalStateException(CONCRETE_NOUNS + " is not on the class path.");
                }
                Set<String> nouns = new HashSet<>();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        nouns.add(line.strip());
                    }
                }
                return Set.copyOf(nouns);
            } catch (IOException e) {
                throw new UncheckedIOException(CONCRETE_NOUNS + " cannot be read.", e);
            }
        }
    }
}
