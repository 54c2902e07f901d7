package org.copydesk.domain.sourcing.detection;

import org.copydesk.domain.sourcing.SourceKind;
import java.util.List;
import java.util.Set;

/**
 * Reporting verbs and their speakers, in every order a newsroom writes them.
 *
 * <h2>The verb</h2>
 * A verb from {@link Lexicon#REPORTING_VERBS} ("said", "told", "reported", "warned", "announced",
 * "confirmed", "denied", "added"…), a bare form from {@link Lexicon#BARE_REPORTING_VERBS} after a
 * plural subject ("officials say"), "declined/refused to comment" (and "to confirm", "to say"…),
 * "did not comment", "could not be reached for comment", "did not respond to a request for
 * comment", or "was quoted as saying". Decisions:
 * <ul>
 *   <li>Only a lower-case verb counts: "Said Ahmed arrived" names a man called Said.
 *   <li>A verb inside a quotation is the quoted person's, not an attribution: in “He said he would
 *       come,” Smith said. only Smith is proposed.
 *   <li>After a determiner, possessive or number the word is an adjective or a noun: "five
 *       confirmed nuclear tests", "the reports". After a form of "be" it is passive ("was told";
 *       "is said to" is a hedge, see {@link HedgeRecogniser}). After a modal it has not happened
 *       ("will announce").
 *   <li>"added", "wrote", "tweeted" count only before "that", punctuation or the end of the
 *       sentence: "The company added 200 jobs" and "She wrote a letter" claim nothing.
 *   <li>A company reporting results is an attribution to the company: "The company reported
 *       profits" claims something on the company's word.
 * </ul>
 *
 * <h2>The speaker</h2>
 * Adverbials between speaker and verb are stepped over ("The Russian government on Friday declined
 * to comment", "has also said", "last week", "in a statement"). Then, looking at what stands left
 * of the verb:
 * <ul>
 *   <li>a phrase → the speaker, before the verb: "Kremlin spokesman Dmitry Peskov said", "…, local
 *       media reported";
 *   <li>"he", "she", "it", "they" → a pronoun follow-up, resolved by {@link StoryMemory};
 *   <li>", who" → the phrase before the comma: "US Secretary of State Rex Tillerson, who said";
 *   <li>a comma closing an apposition → both phrases, the named one as speaker and the other as
 *       role: "A spokesman for the Eastern Military District, Colonel Alexander Gordeev, said";
 *       closing a relative clause → the phrase before it: "An official at the European Commission,
 *       who spoke on condition of anonymity…, said"; closing a parenthetical ("however",
 *       "speaking on Friday") → the phrase before it;
 *   <li>otherwise a comma, a closing quote mark or nothing → the speaker follows the verb: "“…,”
 *       said Kremlin spokesman Dmitry Peskov", "…, said an official".
 * </ul>
 * The span runs from the first word of the speaker to the last word of the verb, or from the verb
 * to the speaker's last word when the speaker follows.
 */
final class ReportingVerbRecogniser implements CueRecogniser {

    private static final Set<String> NEGATABLE = Set.of("did", "does", "would", "could", "has", "have", "had");
    private static final Set<String> ADVERBIAL_NOUNS = Set.of(
            "statement", "interview", "briefing", "post", "tweet", "letter", "speech", "email", "report");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose");
    private static final Set<String> RELATIVE_TIME = Set.of("last", "this", "next", "earlier", "late", "early");

    @Override
    public void find(String blockText, Sentence s, StoryMemory memory, List<Candidate> out) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (t.quoted() || !t.isWord() || !t.text().equals(t.lower())) {
                continue;
            }
            int verbEnd = verbEnd(s, i);
            if (verbEnd < 0 || Lexicon.CLAUSE_ONLY_VERBS.contains(t.lower()) && !opensClause(s.at(i + 1))) {
                continue;
            }
            boolean bare = Lexicon.BARE_REPORTING_VERBS.contains(t.lower());
            boolean passiveForm = t.is("quoted");
            Candidate found = speakerOf(blockText, s, i, verbEnd, bare, passiveForm, memory);
            if (found != null) {
                out.add(found);
                i = Math.max(i, indexOfEnd(s, found.end()));
            }
        }
    }

    /** The token index just past the verb phrase starting at {@code i}, or -1 if none starts there. */
    private static int verbEnd(Sentence s, int i) {
        String w = s.token(i).lower();
        if (Lexicon.REPORTING_VERBS.contains(w) || Lexicon.BARE_REPORTING_VERBS.contains(w)) {
            return i + 1;
        }
        if (Lexicon.DECLINE_VERBS.contains(w) && is(s, i + 1, "to") && s.at(i + 2) != null
                && Lexicon.DECLINED_ACTS.contains(s.token(i + 2).lower())) {
            return i + 3;
        }
        if (w.equals("quoted") && is(s, i + 1, "as") && is(s, i + 2, "saying")) {
            return i + 3;
        }
        if (NEGATABLE.contains(w) && is(s, i + 1, "not")) {
            int k = i + 2;
            if (is(s, k, "immediately")) {
                k++;
            }
            if (is(s, k, "comment") || is(s, k, "confirm")) {
                return k + 1;
            }
            if (is(s, k, "be") && is(s, k + 1, "reached") && is(s, k + 2, "for") && is(s, k + 3, "comment")) {
                return k + 4;
            }
            if (is(s, k, "respond") || is(s, k, "reply") || is(s, k, "answer")) {
                for (int j = k + 1; j < Math.min(s.size(), k + 8); j++) {
                    if (s.token(j).isBoundary()) {
                        break;
                    }
                    if (s.token(j).is("comment")) {
                        return j + 1;
                    }
                }
            }
        }
        return -1;
    }

    private static Candidate speakerOf(String text, Sentence s, int verb, int verbEnd, boolean bare,
            boolean passiveForm, StoryMemory memory) {
        int j = skipAdverbials(s, verb - 1, passiveForm);
        Token left = s.at(j);
        int spanEnd = s.token(verbEnd - 1).end();
        if (left == null || left.quoteMark()) {
            return bare ? null : after(text, s, verb, verbEnd, memory);
        }
        String l = left.lower();
        if (left.text().equals(",")) {
            return bare ? null : afterComma(text, s, verb, verbEnd, j, memory);
        }
        if (Lexicon.SUBJECT_PRONOUNS.contains(l)) {
            Token before = s.at(j - 1);
            boolean clauseStart = before == null || before.isBoundary() || Lexicon.CLAUSE_WORDS.contains(before.lower());
            return clauseStart ? Candidate.pronoun(left.start(), spanEnd, Cue.REPORTING_VERB, left.text()) : null;
        }
        if (l.equals("who")) {
            int end = s.at(j - 1) != null && s.token(j - 1).text().equals(",") ? j - 1 : j;
            return before(text, s, end, spanEnd, memory);
        }
        if (left.isBoundary() || Lexicon.BE_FORMS.contains(l) || Lexicon.AUXILIARIES.contains(l)
                || Lexicon.NOMINAL_MARKERS.contains(l) || Lexicon.isNumber(left.text())) {
            return null;
        }
        if (bare && !isPlural(s.token(j))) {
            return null;
        }
        return before(text, s, j + 1, spanEnd, memory);
    }

    /** The speaker phrase ending before token {@code end}; the span runs to {@code spanEnd}. */
    private static Candidate before(String text, Sentence s, int end, int spanEnd, StoryMemory memory) {
        int start = Phrases.startLeftOf(s, end);
        if (start < 0) {
            return null;
        }
        Speaker speaker = Speakers.classify(text, s, start, end, memory);
        return speaker == null ? null : Candidate.named(s.token(start).start(), spanEnd, cueFor(speaker), speaker);
    }

    /**
     * The speaker after the verb: "“…,” said Kremlin spokesman Dmitry Peskov", or with an
     * apposition that ends the sentence or clause: "…, said Dmitry Peskov, the Kremlin spokesman."
     */
    private static Candidate after(String text, Sentence s, int verb, int verbEnd, StoryMemory memory) {
        int end = Phrases.endRightOf(s, verbEnd);
        if (end < 0 || !Phrases.namesSomeone(s, verbEnd, end)) {
            return null;
        }
        Token comma = s.at(end);
        if (comma != null && comma.text().equals(",")) {
            int second = Phrases.endRightOf(s, end + 1);
            Token next = second < 0 ? null : s.at(second);
            if (second > 0 && (next == null || next.isBoundary()) && Phrases.namesSomeone(s, end + 1, second)) {
                Speaker speaker = Speakers.apposition(text, s, verbEnd, end, end + 1, second, memory);
                if (speaker != null && speaker.named()) {
                    return Candidate.named(s.token(verb).start(), s.token(second - 1).end(), cueFor(speaker), speaker);
                }
            }
        }
        Speaker speaker = Speakers.classify(text, s, verbEnd, end, memory);
        if (speaker == null) {
            return null;
        }
        return Candidate.named(s.token(verb).start(), s.token(end - 1).end(), cueFor(speaker), speaker);
    }

    /** A comma right before the verb: apposition, relative clause, parenthetical, or the speaker follows. */
    private static Candidate afterComma(String text, Sentence s, int verb, int verbEnd, int comma, StoryMemory memory) {
        int boundary = comma - 1;
        while (boundary >= 0 && !s.token(boundary).isBoundary()) {
            boundary--;
        }
        int middle = boundary + 1;
        if (middle >= comma) {
            return after(text, s, verb, verbEnd, memory);
        }
        boolean firstEndsAtComma = boundary >= 0 && s.token(boundary).text().equals(",");
        int firstStart = firstEndsAtComma ? Phrases.startLeftOf(s, boundary) : -1;
        boolean firstNames = firstStart >= 0 && Phrases.namesSomeone(s, firstStart, boundary);
        int spanEnd = s.token(verbEnd - 1).end();
        if (RELATIVES.contains(s.token(middle).lower())) {
            return firstNames ? before(text, s, boundary, spanEnd, memory) : after(text, s, verb, verbEnd, memory);
        }
        boolean middleNames = Phrases.startLeftOf(s, comma) == middle && Phrases.namesSomeone(s, middle, comma);
        if (firstNames && middleNames) {
            Speaker speaker = Speakers.apposition(text, s, firstStart, boundary, middle, comma, memory);
            return speaker == null ? null
                    : Candidate.named(s.token(firstStart).start(), spanEnd, cueFor(speaker), speaker);
        }
        if (firstNames && isParenthetical(s, middle, comma)) {
            return before(text, s, boundary, spanEnd, memory);
        }
        return after(text, s, verb, verbEnd, memory);
    }

    /** "however", "too", "speaking on Friday", "in a statement": an aside between speaker and verb. */
    private static boolean isParenthetical(Sentence s, int from, int to) {
        Token first = s.token(from);
        if (first.lower().endsWith("ing") || first.is("in") || first.is("on") || first.is("at")) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (!Lexicon.SENTENCE_ADVERBS.contains(s.token(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /** Steps left over adverbials between a speaker and the verb; returns the index left of them. */
    private static int skipAdverbials(Sentence s, int j, boolean passiveForm) {
        while (j >= 0) {
            String l = s.token(j).lower();
            if (Lexicon.VERB_ADVERBS.contains(l) || passiveForm && Lexicon.BE_FORMS.contains(l)) {
                j--;
            } else if ((Lexicon.WEEKDAYS.contains(l) || Lexicon.MONTHS.contains(l)) && is(s, j - 1, "on")) {
                j -= 2;
            } else if (Lexicon.isNumber(l) && s.at(j - 1) != null && Lexicon.MONTHS.contains(s.token(j - 1).lower())
                    && is(s, j - 2, "on")) {
                j -= 3;
            } else if ((Lexicon.TIME_NOUNS.contains(l) || Lexicon.WEEKDAYS.contains(l)) && s.at(j - 1) != null
                    && RELATIVE_TIME.contains(s.token(j - 1).lower())) {
                j -= 2;
            } else if (ADVERBIAL_NOUNS.contains(l) && is(s, j - 2, "in") && s.at(j - 1) != null
                    && Set.of("a", "an", "the", "its", "his", "her", "their").contains(s.token(j - 1).lower())) {
                j -= 3;
            } else {
                break;
            }
        }
        return j;
    }

    /** "that", punctuation, a quote mark or the end of the sentence: what a clause-only verb needs next. */
    private static boolean opensClause(Token next) {
        return next == null || next.isBoundary() || next.is("that");
    }

    private static boolean isPlural(Token head) {
        String l = head.lower();
        return l.endsWith("s") || Set.of("people", "men", "women", "police", "media").contains(l);
    }

    /** Named people are NAMED_SPEAKER, outlets MEDIA, everyone else REPORTING_VERB. */
    static Cue cueFor(Speaker speaker) {
        if (speaker.kind() == SourceKind.PERSON && speaker.named()) {
            return Cue.NAMED_SPEAKER;
        }
        return speaker.kind() == SourceKind.MEDIA_REPORT ? Cue.MEDIA : Cue.REPORTING_VERB;
    }

    private static boolean is(Sentence s, int i, String word) {
        Token t = s.at(i);
        return t != null && t.is(word);
    }

    private static int indexOfEnd(Sentence s, int offset) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).end() >= offset) {
                return i;
            }
        }
        return s.size();
    }
}
