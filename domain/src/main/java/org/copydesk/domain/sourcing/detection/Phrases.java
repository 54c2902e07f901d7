package org.copydesk.domain.sourcing.detection;

import static org.copydesk.domain.sourcing.detection.Lexicon.AUXILIARIES;
import static org.copydesk.domain.sourcing.detection.Lexicon.CLAUSE_WORDS;
import static org.copydesk.domain.sourcing.detection.Lexicon.DECLINE_VERBS;
import static org.copydesk.domain.sourcing.detection.Lexicon.INNER_PREPOSITIONS;
import static org.copydesk.domain.sourcing.detection.Lexicon.OUTER_PREPOSITIONS;
import static org.copydesk.domain.sourcing.detection.Lexicon.PRONOUNS;
import static org.copydesk.domain.sourcing.detection.Lexicon.REPORTING_VERBS;
import static org.copydesk.domain.sourcing.detection.Lexicon.SENTENCE_ADVERBS;

import java.util.Set;

/**
 * Finds the phrase that names a speaker next to a cue, by walking over tokens away from the cue
 * until something that cannot be part of a noun phrase.
 *
 * <p>A speaker phrase is a run of words that contains no punctuation other than possessives
 * ("North Korea’s ruling Workers’ Party"), no quoted word, no clause word ("that", "who", "and",
 * "since"…), no auxiliary, pronoun, sentence adverb, date or time word, no reporting verb, and
 * no preposition except the few that occur inside noun phrases ("spokesman for", "newspaper of",
 * "official at", "familiar with", "statement from", "officials in", "close to", "a report by"; see
 * {@link #isInner}). An article
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

    private Phrases() {
    }

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
        while (end > start && (isInner(s, end - 1) || ARTICLES.contains(s.token(end - 1).lower()))) {
            end--;
        }
        return end > start ? end : -1;
    }

    /**
     * Whether the token at {@code i} is a preposition that can stand inside a speaker phrase: one
     * of {@link Lexicon#INNER_PREPOSITIONS}, "to" after "close", "loyal" or "next" ("sources close to
     * the negotiations"), or "by" after a document or media noun ("a report by the World Bank").
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
            return before.is("close") || before.is("loyal") || before.is("next");
        }
        return t.is("by") && (Lexicon.DOCUMENT_NOUNS.contains(before.lower()) || Lexicon.MEDIA_NOUNS.contains(before.lower()));
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
        if (t.isAcronym()) {
            return false;
        }
        return CLAUSE_WORDS.contains(lower) || OUTER_PREPOSITIONS.contains(lower) || AUXILIARIES.contains(lower)
                || SENTENCE_ADVERBS.contains(lower) || PRONOUNS.contains(lower) || Lexicon.isTimeWord(lower)
                || REPORTING_VERBS.contains(lower) || DECLINE_VERBS.contains(lower);
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

    /** Capitalised for being a name, not for opening the sentence (or a quotation). */
    static boolean isProper(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.isWord() || !t.isCapitalised() || Lexicon.isTimeWord(t.lower())) {
            return false;
        }
        if (t.isAcronym()) {
            return true;
        }
        boolean opening = i == 0 || s.token(i - 1).quoteMark() || s.token(i - 1).text().equals(":");
        return !opening || !(Lexicon.COMMON_OPENERS.contains(t.lower()) || Lexicon.isNoun(t.lower())
                || PRONOUNS.contains(t.lower()) || CLAUSE_WORDS.contains(t.lower()));
    }
}
