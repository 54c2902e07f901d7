package org.copydesk.engine.copycheck;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.RuleFilter;
import org.languagetool.tagging.Tagger;

/**
 * The filter of {@code COPYDESK_PLURAL_MODIFIER} ({@link NewsGrammar}): keeps a match of "plural
 * noun, plural noun" ("vehicles movements") only when the first really is a modifier inside a noun
 * phrase, and makes its one suggestion, the singular ("vehicle").
 *
 * <p>By LanguageTool's dictionary (all readings of the word, not only those disambiguation left):
 * <ul>
 *   <li>the modifier is a regular plural and nothing else: a plural ({@code NNS}) formed from its
 *       singular with -s, -es or -ies, perhaps also a verb ({@code VBZ}: "tanks"), but not also a
 *       singular or uncountable noun, an adjective or an adverb ("sales", "news", "species",
 *       "series", "headquarters", "means", "politics" are left alone);
 *   <li>the word after it is a regular plural noun too. A plural before a <em>singular</em> noun is
 *       left alone on purpose: there it is most often a name or a lexicalised compound ("standards
 *       committee", "products tanker", "fisheries bureau", "teachers union"), while the plural before
 *       a plural is the slip of a writer who pluralised both words ("vehicles movements").
 * </ul>
 * In the sentence (see {@link #inNounPhrase}): no plural determiner before the plural, no verb
 * reading of either word where a verb could stand, no clause starting at the second noun, no list
 * after it.
 *
 * <p>Public, with a public constructor, only because LanguageTool creates filters by reflection from
 * the class name in the rule file. Thread-safe: it keeps nothing per match.
 */
public final class PluralModifierFilter extends RuleFilter {

    private static final Tagger TAGGER =
            Languages.getLanguageForShortCode("en-US").getTagger();

    /** Determiners that agree with a plural head: after one, the plural is the head of its phrase. */
    private static final Pattern PLURAL_DETERMINERS = Pattern.compile(
            "(?i)these|those|both|many|several|various|numerous|few|fewer|all|multiple|some|other|such|most|more"
                    + "|certain|countless|dozens|hundreds|thousands|millions");

    /** Determiners and possessives after which a word cannot be a verb. */
    private static final Pattern DETERMINERS = Pattern.compile("(?i)the|its|their|his|her|our|your|my|whose");

    /** Words tagged as prepositions ({@code IN}) that also start clauses: what follows may have a verb. */
    private static final Pattern SUBORDINATORS = Pattern.compile(
            "(?i)while|because|although|though|if|whether|since|as|that|unless|whereas|once|when|after|before"
                    + "|until|till|than|so|like|whilst|lest|wherever|whenever");

    /** LanguageTool's chunk tags for a word inside or at the end of a noun phrase. */
    private static final Pattern NOUN_PHRASE_INSIDE = Pattern.compile("[IE]-NP.*");

    /** Chunk tags for a word inside a noun phrase, neither its first nor its last. */
    private static final Pattern NOUN_PHRASE_MIDDLE = Pattern.compile("I-NP.*");

    /** Chunk tags for a word that opens or continues a noun phrase. */
    private static final Pattern NOUN_PHRASE_GOING_ON = Pattern.compile("[BI]-NP.*");

    private static final Pattern COORDINATION = Pattern.compile("and|or");

    private static final Pattern PUNCTUATION = Pattern.compile("\\p{Punct}+|[‘’“”–—…]");

    /** What a noun phrase is made of, before its head: determiners, adjectives, nouns, numbers. */
    private static final String IN_NOUN_PHRASE = "DT|PDT|PRP\\$|JJ.*|NN.*|CD|ORD|VBN|POS";

    public PluralModifierFilter() {}

    @Override
    public RuleMatch acceptRuleMatch(
            RuleMatch match,
            Map<String, String> arguments,
            int patternTokenPos,
            AnalyzedTokenReadings[] patternTokens,
            List<Integer> tokenPositions)
            throws IOException {
        String plural = getRequired("plural", arguments);
        String singular = regularSingular(plural);
        if (singular == null || !regularPluralNoun(getRequired("head", arguments))) {
            return null;
        }
        AnalyzedTokenReadings[] tokens = match.getSentence().getTokensWithoutWhitespace();
        int modifier = indexOf(tokens, patternTokens[1]);
        if (modifier < 2 || modifier + 1 >= tokens.length || !inNounPhrase(tokens, modifier)) {
            return null;
        }
        match.setSuggestedReplacement(singular);
        return match;
    }

    /** The singular of a word that is a regular plural noun (and perhaps a verb) and nothing else, else {@code null}. */
    static String regularSingular(String plural) throws IOException {
        String singular = null;
        for (AnalyzedToken reading : readings(plural)) {
            String tag = reading.getPOSTag();
            if (tag == null) {
                return null;
            }
            if (tag.equals("NNS")) {
                String lemma = reading.getLemma();
                if (lemma != null && isRegularPlural(plural, lemma)) {
                    singular = lemma;
                }
            } else if (!tag.equals("VBZ")) {
                return null;
            }
        }
        return singular;
    }

    static boolean isRegularPlural(String plural, String singular) {
        return plural.equals(singular + "s")
                || plural.equals(singular + "es")
                || singular.endsWith("y") && plural.equals(singular.substring(0, singular.length() - 1) + "ies");
    }

    /** Whether the word is a regular plural noun (it may be a verb too: "strikes", "boxes"). */
    static boolean regularPluralNoun(String head) throws IOException {
        for (AnalyzedToken reading : readings(head)) {
            if ("NNS".equals(reading.getPOSTag())
                    && reading.getLemma() != null
                    && isRegularPlural(head, reading.getLemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence around the plural says it is a modifier inside a noun phrase, not the
     * head of a phrase of its own or a verb:
     * <ul>
     *   <li>no plural determiner before it in its phrase ("these reasons", "both cases", "some
     *       occasions": the plural agrees with it, so it is the head);
     *   <li>a plural that may be a verb where it stands (disambiguation left it a {@code VBZ}
     *       reading: "pipes", "demands") only right after a determiner or a possessive ("the public
     *       demands answers", "the government plans cuts" are a verb and its object);
     *   <li>a second noun that may be a verb where it stands only where LanguageTool's chunker puts
     *       it inside a noun phrase ("the number of users increases");
     *   <li>not a phrase after a preposition whose second noun is followed by a verb ("for these
     *       reasons marijuana cannot", "on random occasions things happen": the second noun is the
     *       subject of a new clause) or may be a verb itself ("the rearrangement of electrons in the
     *       solar atoms results in": the verb of the subject before the preposition);
     *   <li>not a second noun followed by "and", "or" or a comma: the two may be the start of a list
     *       that lacks a comma ("thanked the nurses doctors and cleaners") or a class and its
     *       first member ("the minerals beryl, cryolite and garnet").
     * </ul>
     * Two objects of a verb ("gave the soldiers rations") are the rule's antipattern.
     */
    static boolean inNounPhrase(AnalyzedTokenReadings[] tokens, int modifier) {
        int start = modifier;
        while (start > 1
                && (inNounPhrase(tokens[start - 1])
                        || start > 2
                                && COORDINATION
                                        .matcher(tokens[start - 1].getToken())
                                        .matches()
                                && tokens[start - 2].matchesPosTagRegex("JJ.*|ORD|CD"))) {
            start--;
            if (PLURAL_DETERMINERS.matcher(tokens[start].getToken()).matches()) {
                return false;
            }
        }
        AnalyzedTokenReadings before = tokens[start - 1];
        boolean afterPreposition = before.matchesPosTagRegex("IN|TO")
                && !SUBORDINATORS.matcher(before.getToken()).matches();
        int head = modifier + 1;
        boolean verbAfterHead = head + 1 < tokens.length && tokens[head + 1].matchesPosTagRegex("VBZ|VBP|VBD|MD");
        if (tokens[modifier].hasPosTag("VBZ")
                && !DETERMINERS.matcher(tokens[modifier - 1].getToken()).matches()
                && !tokens[modifier - 1].hasPosTag("POS")
                && !(afterPreposition != verbAfterHead && insidePossessedNounPhrase(tokens, modifier))) {
            return false;
        }
        if (tokens[head].matchesPosTagRegex("VB.*") && !chunked(tokens[head], NOUN_PHRASE_INSIDE)) {
            return false;
        }
        if (afterPreposition && (verbAfterHead || tokens[head].hasPosTag("VBZ"))) {
            return false;
        }
        boolean listAfterHead = head + 1 < tokens.length
                && (COORDINATION.matcher(tokens[head + 1].getToken()).matches()
                        || ",".equals(tokens[head + 1].getToken()));
        return !listAfterHead;
    }

    /**
     * Whether the chunker puts the plural inside a noun phrase that goes on to the next word, and a possessive opens
     * that phrase with one or two countable singular nouns between, none of them an adjective or a name ("the club’s
     * season tickets holders", "their school uniforms suppliers"). The caller asks this of a plural that may be a verb
     * only where the phrase cannot hold its verb: after a preposition with no verb following it ("among the club’s
     * season tickets holders after a run of defeats"), or before its own verb ("the firm’s bank loans repayments were
     * delayed"); "the country’s army trains soldiers in the north" is a subject, its verb and an object. After a mere
     * determiner the noun before may be a subject whatever the chunker says ("the athlete pumps weights"), as may a
     * word that is also an adjective ("the public demands answers").
     */
    static boolean insidePossessedNounPhrase(AnalyzedTokenReadings[] tokens, int modifier) {
        if (!chunked(tokens[modifier], NOUN_PHRASE_MIDDLE)
                || !chunked(tokens[modifier + 1], NOUN_PHRASE_INSIDE)
                || capitalised(tokens[modifier])
                || capitalised(tokens[modifier + 1])) {
            return false;
        }
        for (int i = modifier - 1; i >= Math.max(1, modifier - 3); i--) {
            AnalyzedTokenReadings token = tokens[i];
            if (token.hasPosTag("POS") || token.matchesPosTagRegex("PRP\\$.*")) {
                return i < modifier - 1;
            }
            if (!token.hasPosTag("NN")
                    || token.matchesPosTagRegex("JJ.*")
                    || capitalised(token)
                    || !chunked(token, NOUN_PHRASE_GOING_ON)) {
                return false;
            }
        }
        return false;
    }

    private static boolean capitalised(AnalyzedTokenReadings token) {
        return Character.isUpperCase(token.getToken().codePointAt(0));
    }

    private static boolean chunked(AnalyzedTokenReadings token, Pattern chunk) {
        return token.getChunkTags().stream()
                .anyMatch(tag -> chunk.matcher(tag.getChunkTag()).matches());
    }

    private static boolean inNounPhrase(AnalyzedTokenReadings token) {
        return token.matchesPosTagRegex(IN_NOUN_PHRASE)
                && !token.matchesPosTagRegex("IN|TO|CC|PRP|WDT|WP")
                && !PUNCTUATION.matcher(token.getToken()).matches();
    }

    private static int indexOf(AnalyzedTokenReadings[] tokens, AnalyzedTokenReadings token) {
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] == token) {
                return i;
            }
        }
        return -1;
    }

    private static List<AnalyzedToken> readings(String word) throws IOException {
        return TAGGER.tag(List.of(word)).get(0).getReadings();
    }
}
