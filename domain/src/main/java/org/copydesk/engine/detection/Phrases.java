package org.copydesk.engine.detection;

import static org.copydesk.engine.detection.Lexicon.AUXILIARIES;
import static org.copydesk.engine.detection.Lexicon.CLAUSE_WORDS;
import static org.copydesk.engine.detection.Lexicon.DECLINE_VERBS;
import static org.copydesk.engine.detection.Lexicon.INNER_PREPOSITIONS;
import static org.copydesk.engine.detection.Lexicon.OUTER_PREPOSITIONS;
import static org.copydesk.engine.detection.Lexicon.PRONOUNS;
import static org.copydesk.engine.detection.Lexicon.REPORTING_VERBS;
import static org.copydesk.engine.detection.Lexicon.SENTENCE_ADVERBS;

import java.util.Set;

/**
 * Finds the phrase that names a speaker next to a cue, by walking over tokens away from the cue
 * until something that cannot be part of a noun phrase.
 *
 * <p>A speaker phrase is a run of words that contains no punctuation other than possessives
 * ("North Korea’s ruling Workers’ Party"), no quoted word, no clause word ("that", "who", "and",
 * "since"…; but "and" between two names: "Doctors in Iasi and Suceava"), no auxiliary, pronoun
 * (but "one of them", "officials there"), sentence adverb, date or time word (but one before a
 * lexicon noun: "the department’s evening bulletin"), no lower-case reporting verb, and no
 * preposition except the few that occur inside noun phrases ("spokesman for", "newspaper of",
 * "official at", "familiar with", "statement from", "officials in", "close to", "a report by", "a
 * report to the cabinet"; see {@link #isInner}). A participle or adjective with its preposition may
 * follow the noun ("people briefed on the talks"; {@link #startOverPostmodifiers}). An article
 * ("the", "a", "an") can only open the phrase or follow such a preposition, so "…4 percent the
 * port authority" yields "the port authority". A phrase longer than {@value #MAX_TOKENS} tokens
 * is not a speaker phrase: it is a clause the walk ran into.
 *
 * <p>Whether the phrase really names a speaker is decided by {@link #namesSomeone}: it must hold a
 * word from the source lexicons (official, spokesman, ministry, media, statement…) or a proper
 * word (capitalised, and not merely because it opens the sentence). "According to plan" and
 * "five confirmed" fail here.
 */
final class Phrases {

    static final int MAX_TOKENS = 14;

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> QUANTIFIERS = Set.of("none", "each", "all", "both", "either", "neither", "any");

    /** Prepositions after a person noun that name where the person works: "an official at the embassy". */
    private static final Set<String> WORKPLACE_PREPOSITIONS = Set.of("on", "at", "with", "in");

    /** Prepositions a participle can take inside a speaker phrase: "people briefed on the talks". */
    private static final Set<String> POSTMODIFIER_PREPOSITIONS =
            Set.of("on", "in", "about", "with", "by", "at", "to", "for", "from", "over", "of", "near", "inside");

    /** Adjectives that take a preposition after a person noun like a participle: "a person close to the club". */
    private static final Set<String> POSTMODIFIER_ADJECTIVES = Set.of(
            "familiar",
            "close",
            "privy",
            "aware",
            "knowledgeable",
            "present",
            "loyal",
            "opposed",
            "responsible",
            "near",
            "involved");

    private Phrases() {}

    /**
     * The first token of the speaker phrase that ends just before {@code end}, walking left; -1 if
     * there is none.
     */
    static int startLeftOf(Sentence s, int end) {
        int start = end;
        for (int i = end - 1; i >= 0; i--) {
            if (stops(s, i)) {
                break;
            }
            start = i;
            if (end - start > MAX_TOKENS) {
                return -1;
            }
            if (ARTICLES.contains(s.token(i).lower()) && !isInner(s, i - 1)) {
                break;
            }
        }
        while (start < end && (isInner(s, start) || s.token(start).isPossessive())) {
            start++;
        }
        return start < end ? start : -1;
    }

    /**
     * The token just past the speaker phrase that starts at {@code start}, walking right; -1 if
     * there is none. Walking right, "in" continues the phrase only before a capitalised word that
     * is not a date ("a statement from the finance ministry in Athens"), and an article other
     * than at the start ends it.
     */
    static int endRightOf(Sentence s, int start) {
        int end = start;
        for (int i = start; i < s.size(); i++) {
            Token t = s.token(i);
            if (stops(s, i)) {
                break;
            }
            if (t.is("in")) {
                Token next = s.at(i + 1);
                if (next == null || !next.isCapitalised() || Lexicon.isTimeWord(next.lower())) {
                    break;
                }
            }
            if (i > start && ARTICLES.contains(t.lower()) && !isInner(s, i - 1)) {
                break;
            }
            end = i + 1;
            if (end - start > MAX_TOKENS) {
                return -1;
            }
        }
        while (end > start
                && (isInner(s, end - 1) || ARTICLES.contains(s.token(end - 1).lower()))) {
            end--;
        }
        return end > start ? end : -1;
    }

    /**
     * Whether the token at {@code i} is a preposition that can stand inside a speaker phrase: one
     * of {@link Lexicon#INNER_PREPOSITIONS}, "to" after "close", "loyal" or "next" ("sources close to
     * the negotiations") or after a document noun ("a report to the cabinet", "a letter to
     * shareholders"), or "by" after a document or media noun ("a report by the World Bank").
     */
    static boolean isInner(Sentence s, int i) {
        Token t = s.at(i);
        if (t == null) {
            return false;
        }
        if (INNER_PREPOSITIONS.contains(t.lower())) {
            return true;
        }
        Token before = s.at(i - 1);
        if (before == null) {
            return false;
        }
        if (t.is("to")) {
            return before.is("close")
                    || before.is("loyal")
                    || before.is("next")
                    || Lexicon.DOCUMENT_NOUNS.contains(before.lower());
        }
        return t.is("by")
                && (Lexicon.DOCUMENT_NOUNS.contains(before.lower()) || Lexicon.MEDIA_NOUNS.contains(before.lower()));
    }

    /** Whether the token at {@code i} cannot be part of a speaker phrase. */
    static boolean stops(Sentence s, int i) {
        Token t = s.token(i);
        if (t.quoted() || t.isBoundary()) {
            return true;
        }
        String lower = t.lower();
        if (lower.equals("to") || lower.equals("by")) {
            return !isInner(s, i);
        }
        if ((lower.equals("and") || t.text().equals("&"))
                && isProper(s, i - 1)
                && s.at(i + 1) != null
                && isProper(s, i + 1)) {
            return false;
        }
        if (t.isAcronym()) {
            return false;
        }
        boolean verb = t.text().equals(lower) && (REPORTING_VERBS.contains(lower) || DECLINE_VERBS.contains(lower));
        return CLAUSE_WORDS.contains(lower)
                || OUTER_PREPOSITIONS.contains(lower)
                || AUXILIARIES.contains(lower)
                || SENTENCE_ADVERBS.contains(lower)
                || PRONOUNS.contains(lower)
                        && !isQuantifiedPronoun(s, i)
                        && !isPlaceAdverb(s, i)
                        && !isPossessiveHer(s, i)
                || Lexicon.isTimeWord(lower) && !beforeNoun(s, i)
                || verb;
    }

    /** "her" before a noun is a possessive, like "his": "her management", "her lawyer". */
    private static boolean isPossessiveHer(Sentence s, int i) {
        Token next = s.at(i + 1);
        return s.token(i).is("her")
                && next != null
                && next.isWord()
                && !next.isCapitalised()
                && (Lexicon.isNoun(next.lower()) || WordClasses.isCommonNoun(next.text()));
    }

    /** "there" in "officials there", "here" in "residents here": after a noun of the lexicon or a plural. */
    private static boolean isPlaceAdverb(Sentence s, int i) {
        Token t = s.token(i);
        Token before = s.at(i - 1);
        return (t.is("there") || t.is("here"))
                && before != null
                && before.isWord()
                && (Lexicon.isNoun(before.lower()) || before.lower().endsWith("s"));
    }

    /** "them" in "one of them", "those" in "some of those": a pronoun a speaker phrase may end with. */
    private static boolean isQuantifiedPronoun(Sentence s, int i) {
        Token t = s.token(i);
        Token of = s.at(i - 1);
        Token quantifier = s.at(i - 2);
        return (t.is("them") || t.is("those") || t.is("us"))
                && of != null
                && of.is("of")
                && quantifier != null
                && (Lexicon.INDEFINITES.contains(quantifier.lower())
                        || Lexicon.isNumber(quantifier.text())
                        || QUANTIFIERS.contains(quantifier.lower()));
    }

    /** A time word that qualifies a lexicon noun: "the department’s evening bulletin", "the Sunday newspaper". */
    private static boolean beforeNoun(Sentence s, int i) {
        Token next = s.at(i + 1);
        return next != null && Lexicon.isNoun(next.lower()) && !Lexicon.isTimeWord(next.lower());
    }

    /**
     * The start of the speaker phrase that ends before {@code end} and starts at {@code start}, moved
     * left over participles and adjectives that follow the person they describe: "people briefed
     * on the talks", "figures released by the statistics office", "residents interviewed by the
     * broadcaster". At most two such steps; {@code start} itself when there are none.
     */
    static int startOverPostmodifiers(Sentence s, int start) {
        int k = start;
        for (int step = 0; step < 2; step++) {
            Token preposition = s.at(k - 1);
            if (preposition == null
                    || !(POSTMODIFIER_PREPOSITIONS.contains(preposition.lower()) && isPostmodifier(s, k - 2)
                            || isPersonBeforePlace(s, k - 2, preposition))) {
                break;
            }
            int earlier = startLeftOf(s, k - 2);
            if (earlier < 0) {
                break;
            }
            k = earlier;
        }
        return k;
    }

    /**
     * A person noun (a title or a word for people of {@link Lexicon}) followed by a preposition that says where
     * the person works: "a stage manager on a touring musical", "an official at the embassy". The person is
     * the speaker, not the place.
     */
    private static boolean isPersonBeforePlace(Sentence s, int i, Token preposition) {
        Token noun = s.at(i);
        if (noun == null || !WORKPLACE_PREPOSITIONS.contains(preposition.lower())) {
            return false;
        }
        String l = noun.lower();
        return noun.text().equals(l) && (Lexicon.TITLES.contains(l) || Lexicon.PERSON_NOUNS.contains(l));
    }

    /** Whether the token is a preposition a participle can take: "briefed on", "run by". */
    static boolean isPostmodifierPreposition(Token t) {
        return POSTMODIFIER_PREPOSITIONS.contains(t.lower());
    }

    /**
     * The end of the speaker phrase that starts at {@code start} ({@link #endRightOf}), moved right
     * over an agent after a participle that ends it: "a draft agreement seen | by reporters", "a
     * summary published | by the authority". -1 if there is no phrase.
     */
    static int endOverAgent(Sentence s, int start) {
        int end = endRightOf(s, start);
        if (end > start
                && end - 1 > start
                && s.at(end) != null
                && s.token(end).is("by")
                && isPostmodifier(s, end - 1)) {
            int agentEnd = endRightOf(s, end + 1);
            if (agentEnd > end + 1) {
                return agentEnd;
            }
        }
        return end;
    }

    /**
     * Whether the token at {@code i} is a participle or adjective that opens a modifier after a
     * noun and is followed by a preposition: "briefed" in "people briefed on the talks",
     * "released" in "figures released by…", "familiar" in "sources familiar with…".
     */
    static boolean isPostmodifier(Sentence s, int i) {
        Token t = s.at(i);
        Token next = s.at(i + 1);
        if (t == null
                || next == null
                || i == 0
                || !t.isWord()
                || t.quoted()
                || !POSTMODIFIER_PREPOSITIONS.contains(next.lower())) {
            return false;
        }
        String l = t.lower();
        if (POSTMODIFIER_ADJECTIVES.contains(l)) {
            return true;
        }
        if (t.isCapitalised()
                || Lexicon.isNoun(l)
                || Lexicon.isTimeWord(l)
                || REPORTING_VERBS.contains(l)
                || DECLINE_VERBS.contains(l)) {
            return false;
        }
        return l.length() > 4 && (l.endsWith("ed") || l.endsWith("ing")) || WordClasses.isPastParticiple(l);
    }

    /**
     * Whether the token at {@code i} is a participle that ends a phrase left of a verb, with the
     * adverbial that followed it stepped over: "published" in "A study published on Wednesday
     * suggests". It is not part of the source's name.
     */
    static boolean isTrailingParticiple(Sentence s, int i) {
        Token t = s.at(i);
        if (t == null || !t.isWord() || t.isCapitalised()) {
            return false;
        }
        String l = t.lower();
        return l.length() > 4 && l.endsWith("ed") && !Lexicon.isNoun(l);
    }

    /**
     * The end of the core of the phrase {@code [from, to)}: the first inner preposition or
     * postmodifier after its first word ("two officials | familiar with…", "the official newspaper
     * | of…", "figures | released by…"), or {@code to}.
     */
    static int coreEnd(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (isInner(s, i) || isPostmodifier(s, i)) {
                return i;
            }
        }
        return to;
    }

    /**
     * The last word of the phrase's core that the English dictionary knows as a common noun and the
     * text does not capitalise as a name ("the coach", "Neighbours", "scientists at the university");
     * -1 if none. Only lower-case words count, and a capitalised word only where it opens the
     * sentence. See {@link WordClasses}.
     */
    static int commonHead(Sentence s, int from, int to) {
        int end = coreEnd(s, from, to);
        for (int i = end - 1; i >= from; i--) {
            Token t = s.token(i);
            String l = t.lower();
            if (!t.isWord()
                    || t.isAcronym()
                    || Lexicon.isNumber(l)
                    || ARTICLES.contains(l)
                    || PRONOUNS.contains(l)
                    || Lexicon.COMMON_OPENERS.contains(l) && !Lexicon.isNoun(l)
                    || Lexicon.isTimeWord(l)) {
                continue;
            }
            if (t.isCapitalised() && (!opensSentence(s, i) || continuesName(s, i, to))) {
                return -1;
            }
            if (Lexicon.FOOTAGE_NOUNS.contains(l)) {
                return -1;
            }
            return WordClasses.isCommonNoun(t.text()) && !WordClasses.isMassNounOnly(t.text()) ? i : -1;
        }
        return -1;
    }

    /**
     * Whether the capitalised word at {@code i} goes on into more capitalised words, directly or over
     * "of", "for" or "and": "Campaign for Better Transport", "Friends of the Earth" are names, not
     * common nouns capitalised for opening the sentence.
     */
    static boolean continuesName(Sentence s, int i, int to) {
        Token next = s.at(i + 1);
        if (next == null || i + 1 >= to) {
            return false;
        }
        if (next.isCapitalised()) {
            return true;
        }
        Token after = s.at(i + 2);
        if (after != null && after.is("the")) {
            after = s.at(i + 3);
        }
        return (next.is("of") || next.is("for") || next.is("and")) && after != null && after.isCapitalised();
    }

    /**
     * {@link #namesSomeone(Sentence, int, int)}, or, with {@code commonNouns}, a phrase whose head
     * is a common noun of the dictionary ({@link #commonHead}).
     */
    static boolean namesSomeone(Sentence s, int from, int to, boolean commonNouns) {
        return namesSomeone(s, from, to) || commonNouns && from >= 0 && to > from && commonHead(s, from, to) >= 0;
    }

    /**
     * Whether tokens {@code [from, to)} name someone: a lexicon noun, a known outlet, or a proper
     * word that is not just capitalised for opening the sentence.
     */
    static boolean namesSomeone(Sentence s, int from, int to) {
        if (from < 0 || to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            if (Lexicon.isNoun(lower) || Lexicon.MEDIA_NAMES.contains(lower) || isProper(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token at {@code i} opens the sentence, a quotation or what follows a colon. */
    static boolean opensSentence(Sentence s, int i) {
        return i == 0 || s.token(i - 1).quoteMark() || s.token(i - 1).text().equals(":");
    }

    /** Capitalised for being a name, not for opening the sentence (or a quotation). */
    static boolean isProper(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.isWord() || !t.isCapitalised() || Lexicon.isTimeWord(t.lower())) {
            return false;
        }
        if (t.isAcronym()) {
            return true;
        }
        return !opensSentence(s, i)
                || !(Lexicon.COMMON_OPENERS.contains(t.lower())
                        || Lexicon.isNoun(t.lower())
                        || PRONOUNS.contains(t.lower())
                        || CLAUSE_WORDS.contains(t.lower()));
    }
}
