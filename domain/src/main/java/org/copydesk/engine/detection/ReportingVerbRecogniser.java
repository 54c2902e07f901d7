package org.copydesk.engine.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.domain.sourcing.Cue;
import org.copydesk.domain.sourcing.SourceKind;

/**
 * Reporting verbs and their speakers, in every order a newsroom writes them.
 *
 * <h2>The verb</h2>
 * A verb from {@link Lexicon#REPORTING_VERBS} ("said", "told", "reported", "warned", "announced",
 * "confirmed", "denied", "added", "wrote", "tweeted", "posted", "found", "ruled", "accused"…), a bare
 * form from {@link Lexicon#BARE_REPORTING_VERBS} after a plural subject ("officials say", "analysts
 * expect"), "declined/refused to comment" (and "to confirm", "to say"…), "did not comment", "could
 * not be reached for comment", "did not respond to a request for comment", or "was quoted as
 * saying", "was quoted by the TASS news agency as saying", "was cited by state media as saying".
 * Decisions:
 * <ul>
 *   <li>Only a lower-case verb counts: "Said Ahmed arrived" names a man called Said.
 *   <li>A verb inside a quotation is the quoted person's, not an attribution: in “He said he would
 *       come,” Smith said. only Smith is proposed.
 *   <li>After a determiner, possessive or number the word is an adjective or a noun: "five
 *       confirmed nuclear tests", "the reports", "its growth forecast". After a form of "be" it is
 *       passive ("was told"; "is said to" is a hedge, see {@link HedgeRecogniser}). After a modal it
 *       has not happened ("will announce"). Before "by" it is a participle ("cuts announced by the
 *       company"). After "had", with a reporting verb earlier in the sentence, it is reported speech
 *       ("…said the meeting was postponed because few governments had confirmed…").
 *   <li>Statements in writing and online: "added", "wrote", "tweeted", "posted", "found", "ruled",
 *       "admitted", "forecast", "complained" ({@link Lexicon#CLAUSE_ONLY_VERBS}) count before "that",
 *       punctuation or the end of the sentence, or after adverbials that say where or when ("wrote
 *       on X that", "posted on Facebook:", "wrote in a letter to shareholders that", "ruled on
 *       Tuesday that"; then the end of the sentence only closes an attribution after a comma: "…,
 *       she wrote on Facebook."), or with a quotation later in the sentence ("tweeted a photograph
 *       with the words “…”"). "The company added 200 jobs", "She wrote a letter", "She wrote in
 *       the 1990s" and "He tweets often about football" claim nothing. "states" counts only before
 *       "that" or a colon ("member states"); "accused" and "blamed" need their "of", "for" or "on",
 *       "described" its "as", "called" a quotation.
 *   <li>Documents show, suggest and indicate ("a filing showed", "court filings show"), only
 *       outlets understand and have learned ("The BBC understands"), and a bare name that reported
 *       something (no lexicon word, no place, no acronym) is an outlet: "Le Monde reported that…".
 *   <li>A company reporting results is an attribution to the company: "The company reported
 *       profits" claims something on the company's word.
 * </ul>
 *
 * <h2>The speaker</h2>
 * Adverbials between speaker and verb are stepped over ("The Russian government on Friday declined
 * to comment", "has also said", "have long complained", "last week", "in a statement"). Then, looking
 * at what stands left of the verb:
 * <ul>
 *   <li>a phrase → the speaker, before the verb: "Kremlin spokesman Dmitry Peskov said", "…, local
 *       media reported", with participles that follow its noun ("people briefed on the talks",
 *       "figures released by the statistics office"; see {@link Phrases#startOverPostmodifiers}); a
 *       phrase after "by" is an agent, not a speaker ("Footage broadcast by state television
 *       showed"), and one opened by a participle that can be nothing else is an object ("citing
 *       hospital reports");
 *   <li>"he", "she", "it", "they", "the 29-year-old" → a pronoun follow-up, resolved by
 *       {@link StoryMemory}; "one of them" → an unnamed one;
 *   <li>"who" with a comma → the speaker before the asides left of it (below): "Gwen Pritchard, 81,
 *       who said"; "who" further left without a comma → the phrase before it: "An official who
 *       asked not to be named said";
 *   <li>"and" or "but" → the subject of the verb before it: "Researchers compared photographs … and
 *       found that", "X welcomed the fall but said";
 *   <li>a comma → the segments between commas are walked left ({@link #beforeAsides}): asides
 *       (ages, places, participle and relative clauses: "Margaret Holloway, 71, from Stockport, who
 *       paid a deposit, said") are stepped over, and two phrases in apposition give the named one
 *       as speaker and the other as role ("A spokesman for the Eastern Military District, Colonel
 *       Alexander Gordeev, said"). When nothing left of the comma names the speaker, or what does
 *       ends a clause, the speaker may follow the verb: "The deal is off, said Tomas Lindqvist";
 *   <li>a closing quote mark or nothing → the speaker follows the verb: "“…,” said Kremlin
 *       spokesman Dmitry Peskov". Only verbs that invert ({@link Lexicon#INVERTIBLE_VERBS}: said,
 *       added, wrote, warned…) take a speaker after them, and only one followed by punctuation: what
 *       follows "told", "admitted" or "confirmed" is who was told or what was admitted ("told
 *       Reuters" proposes the teller alone).
 * </ul>
 * The head of a speaker phrase may be a common noun of LanguageTool's English dictionary that no
 * word list has ("the coach", "neighbours", "researchers"; see {@link WordClasses}): whoever "said"
 * something is someone. The span runs from the first word of the speaker to the last word of the
 * verb, or from the verb to the speaker's last word when the speaker follows.
 */
final class ReportingVerbRecogniser implements CueRecogniser {

    private static final Set<String> NEGATABLE = Set.of("did", "does", "would", "could", "has", "have", "had");
    private static final Set<String> ADVERBIAL_NOUNS =
            Set.of("statement", "interview", "briefing", "post", "tweet", "letter", "speech", "email", "report");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose");
    private static final Set<String> RELATIVE_TIME = Set.of("last", "this", "next", "earlier", "late", "early");
    private static final Set<String> AS_SAYING = Set.of("saying", "telling", "warning", "adding", "writing");
    /** Prepositions that open an adverbial after a verb: "wrote on X", "said in a letter to…". */
    private static final Set<String> TRAILING_PREPOSITIONS =
            Set.of("on", "in", "to", "via", "at", "for", "during", "after", "before", "from", "through", "with");
    /** How far left of a verb a relative clause may open: "An official who asked not to be named said". */
    private static final int MAX_RELATIVE_CLAUSE = 12;
    /** How many comma-separated segments may stand between a speaker and the verb. */
    private static final int MAX_SEGMENTS = 5;
    /** Words that make a phrase name no one: "Neither side commented", "No official said". */
    private static final Set<String> NOBODY = Set.of("neither", "no", "none", "nor");

    /**
     * Quantifiers that open a partitive speaker ("several of the riders", "two of the nurses"): the indefinite
     * quantities and numbers of {@link Lexicon#INDEFINITES} but the articles and the words that take no "of",
     * and "all", "both", "half".
     */
    private static final Set<String> PARTITIVES = partitives();

    private static Set<String> partitives() {
        Set<String> words = new java.util.HashSet<>(Lexicon.INDEFINITES);
        words.removeAll(Set.of("a", "an", "multiple", "various", "numerous", "other", "another", "more", "certain"));
        words.addAll(Set.of("all", "both", "half"));
        return Set.copyOf(words);
    }

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d+-year-old");

    /** Means of speaking after "by": "said by telephone". */
    private static final Set<String> MEANS = Set.of(
            "phone",
            "telephone",
            "text",
            "email",
            "e-mail",
            "letter",
            "video",
            "videolink",
            "radio",
            "satellite",
            "fax",
            "message",
            "messaging",
            "mail",
            "post");

    private static final Set<String> SEGMENT_BOUNDARIES =
            Set.of(",", ";", ":", "—", "–", "(", ")", "[", "]", ".", "!", "?");

    /**
     * "said by telephone", "wrote by email": "by" and a means of speaking right after the verb say how, not who;
     * the verb is no participle before an agent.
     */
    private static boolean byMeans(Sentence s, int by) {
        Token next = s.at(by + 1);
        return next != null && MEANS.contains(next.lower());
    }

    @Override
    public void find(String blockText, Sentence s, StoryMemory memory, List<Candidate> out) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (t.quoted() || !t.isWord() || !t.text().equals(t.lower())) {
                continue;
            }
            int verbEnd = verbEnd(s, i);
            String w = t.lower();
            boolean passiveForm = w.equals("quoted") || w.equals("cited");
            if (verbEnd < 0 || is(s, verbEnd, "by") && !passiveForm && !byMeans(s, verbEnd) || isBackshifted(s, i)) {
                continue;
            }
            boolean clauseFinalOnly = false;
            if (Lexicon.THAT_ONLY_VERBS.contains(w) && !(is(s, verbEnd, "that") || is(s, verbEnd, ":"))) {
                continue;
            }
            if (Lexicon.QUOTING_ONLY_VERBS.contains(w)
                    && (!quotationFollows(s, verbEnd)
                            || is(s, verbEnd, "for")
                            || is(s, verbEnd, "on")
                            || is(s, verbEnd, "off")
                            || is(s, verbEnd, "up"))) {
                continue;
            }
            Set<String> preposition = Lexicon.VERBS_WITH_PREPOSITION.get(w);
            if (preposition != null && !prepositionFollows(s, verbEnd, preposition)) {
                continue;
            }
            if (Lexicon.CLAUSE_ONLY_VERBS.contains(w) && !quotationFollows(s, verbEnd)) {
                int k = skipTrailingAdverbials(s, verbEnd);
                Token next = s.at(k);
                if (k == verbEnd ? !opensClause(next) : !opensClauseAfterAdverbial(next)) {
                    if (k == verbEnd || next != null && !isSentenceEnd(next)) {
                        continue;
                    }
                    clauseFinalOnly = true;
                }
            }
            boolean bare = Lexicon.BARE_REPORTING_VERBS.contains(w) || Lexicon.BARE_DOCUMENT_VERBS.contains(w);
            Candidate found = speakerOf(blockText, s, i, verbEnd, bare, passiveForm, memory);
            if (found != null && clauseFinalOnly && !followsClause(s, found)) {
                found = null;
            }
            found = found == null ? null : fitToVerb(s, found, i, verbEnd);
            if (found != null) {
                out.add(found);
                i = Math.max(i, indexOfEnd(s, found.end()));
            }
        }
    }

    /**
     * "had confirmed" after an earlier reporting verb of the sentence: the past perfect of reported
     * speech, part of what the first speaker said ("Two diplomats said the conference was postponed
     * because too few governments had confirmed they would attend"), not a claim of its own.
     */
    private static boolean isBackshifted(Sentence s, int verb) {
        if (!is(s, verb - 1, "had")
                && !(is(s, verb - 2, "had")
                        && s.at(verb - 1) != null
                        && Lexicon.VERB_ADVERBS.contains(s.token(verb - 1).lower()))) {
            return false;
        }
        for (int k = 0; k < verb - 1; k++) {
            Token t = s.token(k);
            if (!t.quoted() && t.text().equals(t.lower()) && Lexicon.REPORTING_VERBS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "described it as “…”", "accused ministers of covering up", "blamed the heat for…": one of the
     * prepositions within the clause after the verb.
     */
    private static boolean prepositionFollows(Sentence s, int verbEnd, Set<String> prepositions) {
        for (int k = verbEnd; k < Math.min(s.size(), verbEnd + Phrases.MAX_TOKENS); k++) {
            Token t = s.token(k);
            if (prepositions.contains(t.lower())) {
                return true;
            }
            if (t.isBoundary() && !t.quoteMark()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a quotation opens later in the sentence: "tweeted a photograph with the words “…”" passes
     * words on even with an object after the verb.
     */
    private static boolean quotationFollows(Sentence s, int from) {
        for (int k = from; k < s.size(); k++) {
            if (s.token(k).quoteMark()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbs that only some kinds of source use: documents show, suggest and indicate ("court filings
     * show"; a person who "showed" something did not report it, and footage that shows is
     * {@link FootageRecogniser}'s); only outlets "understand" or "have
     * learned" ("The BBC understands"). An outlet known by name alone that "reported" something is
     * media: "Le Monde reported that…", "the Guardian reported" (a company reporting results names what
     * it reported: "reported a loss"). {@code null} when the speaker does not fit the verb.
     */
    private static Candidate fitToVerb(Sentence s, Candidate found, int verb, int verbEnd) {
        String w = s.token(verb).lower();
        boolean documentVerb = Lexicon.DOCUMENT_VERBS.contains(w) || Lexicon.BARE_DOCUMENT_VERBS.contains(w);
        boolean mediaVerb = Lexicon.MEDIA_ONLY_VERBS.contains(w);
        if (found.speaker() == null) {
            return documentVerb || mediaVerb ? null : found;
        }
        Speaker speaker = found.speaker();
        boolean outletVerb = mediaVerb || w.startsWith("report");
        if (outletVerb
                && speaker.kind() == SourceKind.ORGANIZATION
                && isBareName(s, found, verb)
                && (mediaVerb
                        || opensClauseAfterAdverbial(s.at(skipTrailingAdverbials(s, verbEnd)))
                        || isSentenceEnd(s.at(skipTrailingAdverbials(s, verbEnd))))) {
            Speaker outlet = new Speaker(speaker.name(), SourceKind.MEDIA_REPORT, speaker.role(), false, false);
            return Candidate.named(found.start(), found.end(), cueFor(outlet), outlet);
        }
        if (documentVerb && speaker.kind() != SourceKind.DOCUMENT
                || mediaVerb && speaker.kind() != SourceKind.MEDIA_REPORT) {
            return null;
        }
        return found;
    }

    /**
     * Whether the speaker phrase of {@code found} (on whichever side of the verb) is a name and
     * nothing else: proper words, no lexicon noun, no place that stands for a government, no acronym.
     */
    private static boolean isBareName(Sentence s, Candidate found, int verb) {
        int from = indexOfStart(s, found.start());
        int to = indexOfEnd(s, found.end()) + 1;
        if (from >= verb) {
            from = Math.min(to, Math.max(from, verb + 1));
        } else {
            to = verb;
        }
        boolean proper = false;
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            String l = t.lower();
            if (Lexicon.isNoun(l) || t.isAcronym() || Lexicon.PLACES.contains(l)) {
                return false;
            }
            proper |= Phrases.isProper(s, i);
        }
        return proper && !Lexicon.PLACES.contains(found.speaker().name().toLowerCase(Locale.ROOT));
    }

    /** The token index just past the verb phrase starting at {@code i}, or -1 if none starts there. */
    private static int verbEnd(Sentence s, int i) {
        String w = s.token(i).lower();
        if (Lexicon.REPORTING_VERBS.contains(w)
                || Lexicon.BARE_REPORTING_VERBS.contains(w)
                || Lexicon.DOCUMENT_VERBS.contains(w)
                || Lexicon.BARE_DOCUMENT_VERBS.contains(w)
                || Lexicon.MEDIA_ONLY_VERBS.contains(w)) {
            return i + 1;
        }
        if (w.equals("quoted") || w.equals("cited")) {
            return quotedAsSaying(s, i);
        }
        if (Lexicon.DECLINE_VERBS.contains(w)
                && is(s, i + 1, "to")
                && s.at(i + 2) != null
                && Lexicon.DECLINED_ACTS.contains(s.token(i + 2).lower())) {
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

    /**
     * "quoted as saying", "quoted by the TASS news agency as saying", "cited by state media as saying":
     * the token index past "saying" (or "telling", "warning", "adding"); -1 if the words are not there.
     * The outlet that quoted is not a source of its own: the speaker is.
     */
    private static int quotedAsSaying(Sentence s, int verb) {
        for (int k = verb + 1; k < Math.min(s.size(), verb + 2 + Phrases.MAX_TOKENS); k++) {
            Token t = s.token(k);
            if (t.isBoundary() || t.quoted()) {
                return -1;
            }
            if (t.is("as")) {
                Token act = s.at(k + 1);
                if (act != null && AS_SAYING.contains(act.lower())) {
                    return k + 2;
                }
                if (act != null && act.is("having") && is(s, k + 2, "said")) {
                    return k + 3;
                }
                return -1;
            }
            boolean agent = k == verb + 1 ? t.is("by") || t.is("in") : !Lexicon.CLAUSE_WORDS.contains(t.lower());
            if (!agent) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The index past adverbials after a verb: "on X", "on Facebook", "in a letter to shareholders",
     * "in an op-ed published by Le Monde", "on Tuesday", "late on Monday", "earlier this week". A
     * phrase of this kind runs from a preposition to punctuation, a quote mark, "that" or a clause
     * word; {@code from} itself when none follows.
     */
    static int skipTrailingAdverbials(Sentence s, int from) {
        int k = from;
        int limit = Math.min(s.size(), from + 2 * Phrases.MAX_TOKENS);
        while (k < limit) {
            Token t = s.token(k);
            String l = t.lower();
            if (t.quoted() || t.isBoundary()) {
                break;
            }
            if (TRAILING_PREPOSITIONS.contains(l)) {
                int e = k + 1;
                while (e < limit
                        && !s.token(e).isBoundary()
                        && !s.token(e).quoted()
                        && !s.token(e).is("that")
                        && !Lexicon.CLAUSE_WORDS.contains(s.token(e).lower())
                        && !Lexicon.AUXILIARIES.contains(s.token(e).lower())
                        && !isVerb(s.token(e))) {
                    e++;
                }
                if (e == k + 1) {
                    break;
                }
                k = e;
            } else if (Lexicon.isTimeWord(l)
                    || RELATIVE_TIME.contains(l)
                    || Lexicon.VERB_ADVERBS.contains(l) && !Lexicon.AUXILIARIES.contains(l)) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    /** A reporting or showing verb, which no adverbial contains: "A video posted on social media | showed". */
    private static boolean isVerb(Token t) {
        String l = t.lower();
        return t.text().equals(l)
                && (Lexicon.REPORTING_VERBS.contains(l)
                        || Lexicon.DOCUMENT_VERBS.contains(l)
                        || Lexicon.SHOW_VERBS.contains(l)
                        || Lexicon.BARE_DOCUMENT_VERBS.contains(l));
    }

    /** After an adverbial: "that", a colon, a comma or an opening quote mark. */
    private static boolean opensClauseAfterAdverbial(Token next) {
        return next != null
                && (next.is("that") || next.text().equals(":") || next.text().equals(",") || next.quoteMark());
    }

    private static boolean isSentenceEnd(Token t) {
        return t == null
                || t.text().equals(".")
                || t.text().equals("!")
                || t.text().equals("?")
                || t.text().equals(")")
                || t.text().equals(";");
    }

    /**
     * Whether the attribution closes a clause: a comma, colon or quote mark stands right before it
     * ("…, she wrote on Facebook."). A clause-only verb whose adverbials end the sentence needs that:
     * "She wrote in the 1990s." claims nothing.
     */
    private static boolean followsClause(Sentence s, Candidate found) {
        Token before = s.at(indexOfStart(s, found.start()) - 1);
        return before != null && (before.text().equals(",") || before.text().equals(":") || before.quoteMark());
    }

    private static Candidate speakerOf(
            String text, Sentence s, int verb, int verbEnd, boolean bare, boolean passiveForm, StoryMemory memory) {
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
            boolean clauseStart =
                    before == null || before.isBoundary() || Lexicon.CLAUSE_WORDS.contains(before.lower());
            return clauseStart ? Candidate.pronoun(left.start(), spanEnd, Cue.REPORTING_VERB, left.text()) : null;
        }
        if (l.equals("who")) {
            boolean comma = s.at(j - 1) != null && s.token(j - 1).text().equals(",");
            return comma
                    ? beforeAsides(text, s, j - 1, spanEnd, memory).candidate()
                    : before(text, s, j, spanEnd, memory);
        }
        if (left.isPossessive()) {
            return null;
        }
        Candidate relative = bare ? null : beforeRelativeClause(text, s, j, spanEnd, memory);
        if (relative != null) {
            return relative;
        }
        if ((l.equals("and") || l.equals("but")) && !bare) {
            return coordinated(text, s, j, spanEnd, memory);
        }
        if (left.isBoundary()
                || Lexicon.BE_FORMS.contains(l)
                || Lexicon.AUXILIARIES.contains(l)
                || Lexicon.NOMINAL_MARKERS.contains(l)
                || Lexicon.isNumber(left.text())) {
            return null;
        }
        if (bare && !isPlural(s.token(j))) {
            return null;
        }
        Candidate subject = before(text, s, j + 1, spanEnd, memory);
        return subject == null || is(s, indexOfStart(s, subject.start()) - 1, "by") ? null : subject;
    }

    /**
     * "Researchers compared photographs … and found that…", "He posted a photo on Instagram and wrote:
     * “…”", "X welcomed the fall but said…": a verb joined by "and" or "but" to an earlier verb of the sentence has that verb's subject. The
     * earlier verb is the nearest word left of "and" that the dictionary knows in the past tense, or a
     * reporting verb, with no punctuation on the way (after "…, and" the clause is too long to tell);
     * the span runs from its subject to this verb. {@code null} when there is none or it has no subject.
     */
    private static Candidate coordinated(String text, Sentence s, int and, int spanEnd, StoryMemory memory) {
        for (int k = and - 1; k > 0 && k >= and - 2 * Phrases.MAX_TOKENS; k--) {
            Token t = s.token(k);
            if (t.quoted() || t.isBoundary()) {
                return null;
            }
            String l = t.lower();
            if (t.text().equals(l)
                    && t.isWord()
                    && (Lexicon.REPORTING_VERBS.contains(l) || WordClasses.isPastTense(l))
                    && !Lexicon.NOMINAL_MARKERS.contains(s.token(k - 1).lower())) {
                Candidate first = speakerOf(text, s, k, k + 1, false, false, memory);
                if (first == null || first.start() >= s.token(k).start()) {
                    return null;
                }
                return first.pronoun() != null
                        ? Candidate.pronoun(first.start(), spanEnd, first.cue(), first.pronoun())
                        : Candidate.named(first.start(), spanEnd, first.cue(), first.speaker());
            }
        }
        return null;
    }

    /**
     * "An official who asked not to be named said", "Residents who fled the fire told reporters": a
     * relative clause without commas between the speaker and the verb. The clause opens with "who"
     * within {@value #MAX_RELATIVE_CLAUSE} tokens left of the verb, with no punctuation on the way;
     * the speaker is the phrase before "who". {@code null} when there is no such clause.
     */
    private static Candidate beforeRelativeClause(String text, Sentence s, int j, int spanEnd, StoryMemory memory) {
        for (int k = j - 1; k > 0 && k >= j - MAX_RELATIVE_CLAUSE; k--) {
            Token t = s.token(k);
            if (t.isBoundary() || t.quoted() || Lexicon.REPORTING_VERBS.contains(t.lower())) {
                return null;
            }
            if (t.is("who")) {
                return before(text, s, k, spanEnd, memory);
            }
        }
        return null;
    }

    /**
     * The speaker phrase ending before token {@code end}, with the participles and adjectives that
     * follow its noun ("people briefed on the talks"; see {@link Phrases#startOverPostmodifiers});
     * the span runs to {@code spanEnd}.
     */
    private static Candidate before(String text, Sentence s, int end, int spanEnd, StoryMemory memory) {
        int start = Phrases.startLeftOf(s, end);
        if (start < 0) {
            return null;
        }
        start = Phrases.startOverPostmodifiers(s, start);
        if (isClauseVerb(s.token(start)) || NOBODY.contains(s.token(start).lower())) {
            return null;
        }
        if (isAgeAnaphor(s, start, end)) {
            return Candidate.pronoun(
                    s.token(start).start(), spanEnd, Cue.REPORTING_VERB, Speakers.text(text, s, start, end));
        }
        Candidate partitive = partitive(text, s, start, end, spanEnd, memory);
        if (partitive != null) {
            return partitive;
        }
        Speaker speaker = Speakers.classify(text, s, start, withoutTrailingParticiples(s, start, end), memory, true);
        return speaker == null ? null : Candidate.named(s.token(start).start(), spanEnd, cueFor(speaker), speaker);
    }

    /**
     * "Several of the riders", "Most of the residents", "Two of the nurses": a quantifier and "of" before people
     * nobody names are those people, unnamed; {@code null} when the phrase is no such partitive.
     */
    private static Candidate partitive(String text, Sentence s, int start, int end, int spanEnd, StoryMemory memory) {
        Token quantifier = s.token(start);
        String l = quantifier.lower();
        if (end - start < 3
                || !s.token(start + 1).is("of")
                || !(PARTITIVES.contains(l) || Lexicon.isNumber(quantifier.text()))) {
            return null;
        }
        Speaker people = Speakers.classify(text, s, start + 2, end, memory, true);
        if (people == null || people.kind() != SourceKind.ANONYMOUS) {
            return null;
        }
        String name = Speakers.text(text, s, start, end);
        if (Phrases.opensSentence(s, start)) {
            name = name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        }
        Speaker speaker = new Speaker(name, SourceKind.ANONYMOUS, null, false, false);
        return Candidate.named(quantifier.start(), spanEnd, cueFor(speaker), speaker);
    }

    /**
     * The speaker after the verb: "“…,” said Kremlin spokesman Dmitry Peskov", or with an
     * apposition that ends the sentence or clause: "…, said Dmitry Peskov, the Kremlin spokesman."
     */
    private static Candidate after(String text, Sentence s, int verb, int verbEnd, StoryMemory memory) {
        if (!Lexicon.INVERTIBLE_VERBS.contains(s.token(verb).lower()) || verbEnd != verb + 1) {
            return null;
        }
        int end = Phrases.endRightOf(s, verbEnd);
        if (end < 0 || !Phrases.namesSomeone(s, verbEnd, end, true)) {
            return null;
        }
        Token following = s.at(skipTrailingAdverbials(s, end));
        if (following != null && !following.isBoundary()) {
            return null;
        }
        Token comma = s.at(end);
        if (comma != null && comma.text().equals(",")) {
            int second = Phrases.endRightOf(s, end + 1);
            Token next = second < 0 ? null : s.at(second);
            if (second > 0 && (next == null || next.isBoundary()) && Phrases.namesSomeone(s, end + 1, second, true)) {
                Speaker speaker = Speakers.apposition(text, s, verbEnd, end, end + 1, second, memory, true);
                if (speaker != null && speaker.named()) {
                    return Candidate.named(
                            s.token(verb).start(), s.token(second - 1).end(), cueFor(speaker), speaker);
                }
            }
        }
        Speaker speaker = Speakers.classify(text, s, verbEnd, end, memory, true);
        if (speaker == null) {
            return null;
        }
        return Candidate.named(s.token(verb).start(), s.token(end - 1).end(), cueFor(speaker), speaker);
    }

    /**
     * A comma right before the verb. The stretch left of it is cut by commas into segments, and
     * walking left from the verb, asides are stepped over (see {@link #beforeAsides}): "Margaret
     * Holloway, 71, from Stockport, who paid a deposit, said", "A spokesman for the Eastern Military
     * District, Colonel Alexander Gordeev, said". When no segment names the speaker, or the one that
     * does ends a clause ("The ship sank near Athens, Greece, said the coast guard"), the speaker
     * may follow the verb: "The deal is off, said Tomas Lindqvist".
     */
    private static Candidate afterComma(String text, Sentence s, int verb, int verbEnd, int comma, StoryMemory memory) {
        Subject left = beforeAsides(text, s, comma, s.token(verbEnd - 1).end(), memory);
        if (left.candidate() != null && !left.endsAClause()) {
            return left.candidate();
        }
        Candidate right = after(text, s, verb, verbEnd, memory);
        return right != null ? right : left.candidate();
    }

    /** What {@link #beforeAsides} found: a speaker, and whether it ends a clause rather than opening one. */
    private record Subject(Candidate candidate, boolean endsAClause) {}

    /**
     * The speaker left of the comma at {@code comma}, over segments cut by commas ({@value
     * #MAX_SEGMENTS} at most). Walking left from the comma, a segment is
     * <ul>
     *   <li>an aside, stepped over: a relative clause ("who spoke on condition of anonymity"), a
     *       participle or preposition phrase ("speaking on Friday", "run by the Royal Navy", "from
     *       Stockport"), an age ("71"), sentence adverbs ("however"), or a naming phrase with a
     *       relative clause ("a marine ecologist who led the dives");
     *   <li>a phrase that names someone and fills the segment ("Fishermen from Masinloc", "the
     *       company’s chief executive"; after a date or adverb only when it opens the sentence:
     *       "Last month US District Judge Ramón Villarreal"): the walk goes on, since it may be an
     *       apposition of a speaker farther left;
     *   <li>otherwise a clause: the walk stops there, and a phrase that names someone at its end is
     *       the speaker ("Among them was Gwen Pritchard, 81, who said").
     * </ul>
     * The speaker is the farthest naming phrase; a naming phrase in the segment right of it is its
     * apposition ({@link Speakers#apposition}). The span runs from the speaker to {@code spanEnd}.
     */
    private static Subject beforeAsides(String text, Sentence s, int comma, int spanEnd, StoryMemory memory) {
        int end = comma;
        int subjectStart = -1;
        int subjectEnd = -1;
        int nearStart = -1;
        int nearEnd = -1;
        boolean previousNamed = false;
        boolean endsAClause = false;
        for (int n = 0; n < MAX_SEGMENTS; n++) {
            int boundary = end - 1;
            while (boundary >= 0 && !isSegmentBoundary(s, boundary)) {
                boundary--;
            }
            int start = boundary + 1;
            if (start >= end) {
                break;
            }
            boolean leftmost = boundary < 0 || !s.token(boundary).text().equals(",");
            int phrase = namingPhrase(s, end);
            boolean fills = phrase == start || phrase > start && leftmost && isAdverbialPrefix(s, start, phrase);
            if (!fills && !leftmost && isDescription(s, start, end)) {
                phrase = start;
                fills = true;
            }
            if (leftmost && subjectStart < 0 && phrase >= 0) {
                subjectStart = phrase;
                subjectEnd = end;
                endsAClause = !fills;
            } else if (isAside(s, start, end)) {
                previousNamed = false;
            } else if (phrase >= 0 && fills) {
                nearStart = previousNamed ? subjectStart : -1;
                nearEnd = previousNamed ? subjectEnd : -1;
                subjectStart = phrase;
                subjectEnd = end;
                previousNamed = true;
            } else {
                if (phrase >= 0 && (subjectStart < 0 || Phrases.isProper(s, end - 1))) {
                    nearStart = previousNamed ? subjectStart : -1;
                    nearEnd = previousNamed ? subjectEnd : -1;
                    subjectStart = phrase;
                    subjectEnd = end;
                    endsAClause = true;
                }
                break;
            }
            if (leftmost) {
                break;
            }
            end = boundary;
        }
        if (subjectStart < 0) {
            return new Subject(null, false);
        }
        if (isAgeAnaphor(s, subjectStart, subjectEnd)) {
            return new Subject(
                    Candidate.pronoun(
                            s.token(subjectStart).start(),
                            spanEnd,
                            Cue.REPORTING_VERB,
                            Speakers.text(text, s, subjectStart, subjectEnd)),
                    endsAClause);
        }
        int nameEnd = withoutTrailingParticiples(s, subjectStart, subjectEnd);
        Speaker speaker = nearStart >= 0
                ? Speakers.apposition(text, s, subjectStart, nameEnd, nearStart, nearEnd, memory, true)
                : Speakers.classify(text, s, subjectStart, nameEnd, memory, true);
        Candidate candidate = speaker == null
                ? null
                : Candidate.named(s.token(subjectStart).start(), spanEnd, cueFor(speaker), speaker);
        return new Subject(candidate, endsAClause);
    }

    /**
     * "citing" in "…, citing hospital reports": a present participle that can be nothing else opens a
     * clause whose object is no speaker.
     */
    private static boolean isClauseVerb(Token t) {
        String l = t.lower();
        return t.text().equals(l)
                && l.endsWith("ing")
                && WordClasses.isParticiple(l)
                && !WordClasses.isCommonNoun(l)
                && !WordClasses.isRoleNoun(l)
                && !Lexicon.isNoun(l)
                && !WordClasses.isAdjective(l);
    }

    /**
     * "the 29-year-old": a person named before, like a pronoun (resolved by {@link StoryMemory}), not
     * an unnamed one.
     */
    private static boolean isAgeAnaphor(Sentence s, int start, int end) {
        return end - start == 2
                && s.token(start).is("the")
                && AGE.matcher(s.token(start + 1).text()).matches();
    }

    /** The start of the phrase that names someone and ends before {@code end}, or -1. */
    private static int namingPhrase(Sentence s, int end) {
        int start = Phrases.startLeftOf(s, end);
        if (start < 0) {
            return -1;
        }
        if (isAgeAnaphor(s, start, end)) {
            return start;
        }
        start = Phrases.startOverPostmodifiers(s, start);
        return Phrases.namesSomeone(s, start, end, true) ? start : -1;
    }

    /**
     * Whether tokens {@code [from, to)} are a description in apposition that the phrase walk cannot
     * take whole: it opens with an article, possessive or number and holds no verb, auxiliary or
     * clause word ("the nearest town on the coast of Zambales province").
     */
    private static boolean isDescription(Sentence s, int from, int to) {
        String first = s.token(from).lower();
        if (!Set.of("the", "a", "an", "his", "her", "its", "their", "our").contains(first)
                && !Lexicon.INDEFINITES.contains(first)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            String l = t.lower();
            if (t.isBoundary()
                    || Lexicon.AUXILIARIES.contains(l)
                    || isVerb(t)
                    || Lexicon.CLAUSE_WORDS.contains(l) && !l.equals("and") && !l.equals("or")) {
                return false;
            }
        }
        return Phrases.namesSomeone(s, from, to, true);
    }

    /** Whether tokens {@code [from, to)} are a date or sentence adverbs: "Last month", "On Thursday", "Meanwhile". */
    private static boolean isAdverbialPrefix(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String l = s.token(i).lower();
            if (!(Lexicon.isTimeWord(l)
                    || RELATIVE_TIME.contains(l)
                    || Lexicon.SENTENCE_ADVERBS.contains(l)
                    || Lexicon.isNumber(l)
                    || l.equals("on")
                    || l.equals("in")
                    || l.equals("at")
                    || l.equals("ago"))) {
                return false;
            }
        }
        return true;
    }

    /** A segment the speaker's phrase and its verb can stand around; see {@link #beforeAsides}. */
    private static boolean isAside(Sentence s, int from, int to) {
        Token first = s.token(from);
        String l = first.lower();
        if (RELATIVES.contains(l)
                || l.equals("where")
                || l.equals("when")
                || isParenthetical(s, from, to)
                || Lexicon.INNER_PREPOSITIONS.contains(l)
                || Lexicon.OUTER_PREPOSITIONS.contains(l)
                || WordClasses.isParticiple(first.text())
                        && s.at(from + 1) != null
                        && Phrases.isPostmodifierPreposition(s.token(from + 1))) {
            return true;
        }
        for (int k = from + 1; k < to; k++) {
            if (RELATIVES.contains(s.token(k).lower()) || s.token(k).is("that")) {
                return Phrases.startLeftOf(s, k) == from && Phrases.namesSomeone(s, from, k, true);
            }
        }
        return false;
    }

    /**
     * Punctuation that ends a segment: commas, semicolons, colons, dashes, brackets, quote marks
     * and the end of a sentence; not a currency sign, and not a comma inside a number ("€85,000").
     */
    private static boolean isSegmentBoundary(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.quoteMark() && !SEGMENT_BOUNDARIES.contains(t.text())) {
            return false;
        }
        Token before = s.at(i - 1);
        Token after = s.at(i + 1);
        return !(t.text().equals(",")
                && before != null
                && after != null
                && before.end() == t.start()
                && after.start() == t.end()
                && Character.isDigit(before.text().charAt(before.text().length() - 1))
                && Lexicon.isNumber(after.text()));
    }

    /** {@code end}, less participles that close the phrase ("A study published" → "A study"). */
    private static int withoutTrailingParticiples(Sentence s, int start, int end) {
        int nameEnd = end;
        while (nameEnd - 1 > start && Phrases.isTrailingParticiple(s, nameEnd - 1)) {
            nameEnd--;
        }
        return nameEnd;
    }

    /**
     * "however", "too", "speaking on Friday", "in a statement", "published in the journal Nature",
     * an age ("45"): an aside between speaker and verb.
     */
    private static boolean isParenthetical(Sentence s, int from, int to) {
        Token first = s.token(from);
        if (first.lower().endsWith("ing")
                || first.is("in")
                || first.is("on")
                || first.is("at")
                || Phrases.isPostmodifier(s, from)
                || to == from + 1 && Lexicon.isNumber(first.text())) {
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
            } else if (Lexicon.isNumber(l)
                    && s.at(j - 1) != null
                    && Lexicon.MONTHS.contains(s.token(j - 1).lower())
                    && is(s, j - 2, "on")) {
                j -= 3;
            } else if ((Lexicon.TIME_NOUNS.contains(l) || Lexicon.WEEKDAYS.contains(l))
                    && s.at(j - 1) != null
                    && RELATIVE_TIME.contains(s.token(j - 1).lower())) {
                j -= 2;
            } else if (ADVERBIAL_NOUNS.contains(l)
                    && is(s, j - 2, "in")
                    && s.at(j - 1) != null
                    && Set.of("a", "an", "the", "its", "his", "her", "their")
                            .contains(s.token(j - 1).lower())) {
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
        return l.endsWith("s")
                || Set.of("people", "men", "women", "police", "media").contains(l)
                || WordClasses.isPluralNoun(head.text());
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

    private static int indexOfStart(Sentence s, int offset) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).start() >= offset) {
                return i;
            }
        }
        return s.size();
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
