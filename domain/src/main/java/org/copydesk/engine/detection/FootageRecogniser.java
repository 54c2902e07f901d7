package org.copydesk.engine.detection;

import java.util.List;
import org.copydesk.domain.sourcing.Cue;
import org.copydesk.domain.sourcing.SourceKind;

/**
 * Footage that makes a claim: video that shows or in which someone is heard.
 *
 * <ul>
 *   <li><b>Footage that shows.</b> A footage noun (video, footage, clip, recording…), then fewer
 *       than {@value #MAX_BETWEEN} words with no punctuation, auxiliary, clause word or reporting
 *       verb among them (except "has emerged", "that", "which"…, and "and" between participles:
 *       "A video filmed by a resident and shared widely online shows"), then "shows"/"showed"/"showing"
 *       or "appears to show", "appearing to show". Who broadcast or posted it ("Footage broadcast
 *       by state television showed") is kept as the role.
 *       The span runs from the start of the phrase naming the footage ("Another video apparently
 *       shows", "An image grabbed from footage purportedly shows", "Video footage has emerged
 *       appearing to show"). The source is the footage as named; an image taken "from" footage
 *       credits the footage ("footage").
 *   <li><b>Someone heard or seen in the video.</b> "a man can be heard saying in the video": the
 *       source is the video ("the video") and the span runs from the person to the footage noun.
 * </ul>
 * Both are {@link SourceKind#VIDEO} with {@link Cue#FOOTAGE}. A named source in the same sentence
 * ("…, local media reported") outweighs the footage: the footage is what they reported.
 */
final class FootageRecogniser implements CueRecogniser {

    static final int MAX_BETWEEN = 12;
    private static final int MAX_SUBJECT_WORDS = 4;

    @Override
    public void find(String blockText, Sentence s, StoryMemory memory, List<Candidate> out) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (t.quoted() || !Lexicon.FOOTAGE_NOUNS.contains(t.lower())) {
                continue;
            }
            if (i + 1 < s.size()
                    && Lexicon.FOOTAGE_NOUNS.contains(s.token(i + 1).lower())) {
                continue;
            }
            Candidate shows = shows(blockText, s, i);
            Candidate heard = shows == null ? heardIn(blockText, s, i) : null;
            if (shows != null) {
                out.add(shows);
            } else if (heard != null) {
                out.add(heard);
            }
        }
    }

    private static Candidate shows(String text, Sentence s, int noun) {
        int end = -1;
        int by = -1;
        int agentEnd = -1;
        for (int k = noun + 1; k < s.size() && k <= noun + MAX_BETWEEN; k++) {
            Token t = s.token(k);
            String l = t.lower();
            if (t.isBoundary() || t.quoted()) {
                return null;
            }
            if (Lexicon.SHOW_VERBS.contains(l)) {
                end = k + 1;
            } else if (Lexicon.SEEM_VERBS.contains(l)
                    && s.at(k + 1) != null
                    && s.token(k + 1).is("to")
                    && s.at(k + 2) != null
                    && Lexicon.SHOW_VERBS.contains(s.token(k + 2).lower())) {
                end = k + 3;
            } else if (Lexicon.REPORTING_VERBS.contains(l) && !Lexicon.FOOTAGE_FILLERS.contains(l)
                    || Lexicon.AUXILIARIES.contains(l) && !Lexicon.FOOTAGE_FILLERS.contains(l)
                    || Lexicon.CLAUSE_WORDS.contains(l)
                            && !Lexicon.FOOTAGE_FILLERS.contains(l)
                            && !joinsParticiples(s, k)) {
                return null;
            } else if (l.equals("by") && by < 0) {
                by = k;
            } else if (by >= 0 && agentEnd < 0 && (Lexicon.FOOTAGE_FILLERS.contains(l) || l.equals("and"))) {
                agentEnd = k;
            }
            if (end > 0) {
                if (by >= 0 && agentEnd < 0) {
                    agentEnd = k;
                }
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int start = noun;
        int from = -1;
        while (start > 0
                && !s.token(start - 1).isBoundary()
                && Lexicon.FOOTAGE_PREMODIFIERS.contains(s.token(start - 1).lower())) {
            start--;
            if (s.token(start).is("from") && from < 0) {
                from = start;
            }
        }
        String name = from >= 0 ? Speakers.text(text, s, from + 1, noun + 1) : Speakers.name(text, s, start, noun + 1);
        String agent = by >= 0 && agentEnd > by + 1 ? Speakers.name(text, s, by + 1, agentEnd) : null;
        return footage(s, start, end, name, agent);
    }

    /** "and" between two things done to the footage: "filmed by a resident and shared widely online". */
    private static boolean joinsParticiples(Sentence s, int k) {
        Token next = s.at(k + 1);
        return s.token(k).is("and")
                && next != null
                && (Lexicon.FOOTAGE_FILLERS.contains(next.lower())
                        || next.lower().endsWith("ed"));
    }

    private static Candidate heardIn(String text, Sentence s, int noun) {
        Token article = s.at(noun - 1);
        Token preposition = s.at(noun - 2);
        if (article == null
                || preposition == null
                || !(preposition.is("in") || preposition.is("on"))
                || !(article.is("the") || article.is("a") || article.is("this"))) {
            return null;
        }
        int sense = -1;
        for (int k = noun - 3; k >= Math.max(0, noun - 6); k--) {
            Token t = s.token(k);
            if (t.isBoundary()) {
                break;
            }
            if ((t.is("heard") || t.is("seen"))
                    && s.at(k - 1) != null
                    && s.token(k - 1).is("be")) {
                sense = k - 1;
                break;
            }
        }
        if (sense < 0) {
            return null;
        }
        int start = sense;
        if (s.at(start - 1) != null
                && Lexicon.AUXILIARIES.contains(s.token(start - 1).lower())) {
            start--;
        }
        int subject = start;
        while (subject > 0
                && start - subject < MAX_SUBJECT_WORDS
                && !s.token(subject - 1).isBoundary()
                && !Lexicon.CLAUSE_WORDS.contains(s.token(subject - 1).lower())) {
            subject--;
        }
        String name = article.lower() + " " + s.token(noun).text();
        return footage(s, subject, noun + 1, name, null);
    }

    private static Candidate footage(Sentence s, int startToken, int endToken, String name, String agent) {
        Speaker video = new Speaker(name, SourceKind.VIDEO, agent, false, false);
        return new Candidate(
                s.token(startToken).start(),
                s.token(endToken - 1).end(),
                Cue.FOOTAGE,
                video,
                null,
                Candidate.Strength.FOOTAGE,
                null);
    }
}
