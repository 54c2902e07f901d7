package org.copydesk.engine.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.copydesk.domain.sourcing.Cue;
import org.copydesk.domain.sourcing.DetectedAttribution;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.story.Block;

/**
 * Reads words an editor marked by hand as a claim the list missed, and guesses who they name, with
 * the detector's own parts, in this order (the first that answers stands):
 * <ol>
 *   <li><b>The detector's proposal for those words.</b> If the detector proposes an attribution that
 *       overlaps the marked words (the editor rejected it earlier, or marked a longer stretch around
 *       it), its name, kind and role. Of several, the one overlapping most.
 *   <li><b>A cue around the words.</b> The recognisers run on the sentences the words are in, before
 *       one sentence's proposals are weighed against each other (so "reportedly" in "Officials said
 *       the convoy was reportedly heading north", which the detector leaves to the officials, still
 *       answers "unnamed reports"); a picture credit in the words; a pronoun ("he said") resolved to
 *       the story's earlier source. Unresolved pronouns do not answer: "he" is no name.
 *   <li><b>A phrase in the words.</b> Each run of words that could be a speaker phrase (see
 *       {@link Phrases#stops}) is classified the way the detector classifies a speaker
 *       ({@link Speakers#classify}): "the ministry" in "figures the ministry published" is an
 *       ORGANIZATION, "people familiar with the matter" ANONYMOUS. A named person is preferred to a
 *       description. Trailing lower-case words outside the lexicon are dropped first ("the ministry
 *       published" → "the ministry") unless a preposition holds them in the phrase ("familiar with the
 *       matter"). A picture word in the marked words ("photo", "image", "picture", "via") makes the
 *       source a PHOTO_AGENCY.
 *   <li><b>Cues alone.</b> The name is the longest run of proper words in the marked words; the kind
 *       comes from cue words: a picture word → PHOTO_AGENCY, a media word ("report", "media",
 *       "newspaper", "news agency") → MEDIA_REPORT, an organisation word ("ministry", "agency") →
 *       ORGANIZATION, "sources" or a grant of anonymity ("who asked not to be named") → ANONYMOUS, a
 *       name alone → PERSON.
 * </ol>
 * When nothing answers, the proposal has no name: the editor is asked to type one.
 */
final class SelectionReader {

    private static final Pattern PICTURE =
            Pattern.compile("\\b(?:photo(?:graph)?s?|images?|pictures?|via)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PICTURE_ONLY = Pattern.compile(
            "(?:(?:the|a|an|these|this|those)\\s+)?(?:photo(?:graph)?s?|images?|pictures?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEDIA = Pattern.compile(
            "\\b(?:reports?|reported|media|newspapers?|news agency|press agency|broadcasters?|television|radio)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORGANIZATION = Pattern.compile(
            "\\b(?:agency|agencies|ministry|government|authorit(?:y|ies)|department|office|company|police|army"
                    + "|military|council|commission)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANONYMOUS = Pattern.compile(
            "\\bsources?\\b|\\binsiders?\\b|anonymity|anonymously|unnamed|not to be (?:named|identified)"
                    + "|familiar with|not authori[sz]ed to",
            Pattern.CASE_INSENSITIVE);

    private final Segmenter segmenter;
    private final List<CueRecogniser> recognisers;
    private final PhotoCreditRecogniser credits;

    SelectionReader(Segmenter segmenter, List<CueRecogniser> recognisers, PhotoCreditRecogniser credits) {
        this.segmenter = segmenter;
        this.recognisers = recognisers;
        this.credits = credits;
    }

    /**
     * @param found what the detector proposes for the whole story ({@link AttributionDetector#detect})
     */
    ManualProposal read(List<DetectedAttribution> found, List<Block> blocks, int blockIndex, int start, int end) {
        if (blockIndex < 0 || blockIndex >= blocks.size()) {
            throw new IllegalArgumentException("no block " + blockIndex);
        }
        String text = blocks.get(blockIndex).text();
        if (start < 0 || end > text.length() || end <= start) {
            throw new IllegalArgumentException("the marked words are outside the block's text");
        }
        ManualProposal detected = found.stream()
                .filter(a -> a.blockIndex() == blockIndex
                        && overlap(a.start(), a.end(), start, end) > 0
                        && !Lexicon.PRONOUNS.contains(a.sourceName()))
                .max(Comparator.comparingInt(a -> overlap(a.start(), a.end(), start, end)))
                .map(a -> new ManualProposal(a.sourceName(), a.kind(), a.role()))
                .orElse(null);
        if (detected != null) {
            return detected;
        }
        StoryMemory memory = new StoryMemory();
        for (int b = 0; b < blocks.size(); b++) {
            memory.learnNames(b, segmenter.split(blocks.get(b).text()));
        }
        for (DetectedAttribution a : found) {
            if (a.blockIndex() < blockIndex || a.blockIndex() == blockIndex && a.end() <= start) {
                memory.remember(
                        a, new Speaker(a.sourceName(), a.kind(), a.role(), a.cue() == Cue.NAMED_SPEAKER, false));
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : segmenter.split(text)) {
            if (overlap(s.start(), s.end(), start, end) > 0) {
                sentences.add(s);
            }
        }
        ManualProposal cue = cue(text, sentences, blockIndex, start, end, memory);
        if (cue != null) {
            return cue;
        }
        String marked = text.substring(start, end);
        ManualProposal phrase = phrase(text, sentences, start, end, memory);
        if (phrase != null) {
            return PICTURE.matcher(marked).find() && phrase.kind() != SourceKind.PHOTO_AGENCY
                    ? new ManualProposal(phrase.name(), SourceKind.PHOTO_AGENCY, null)
                    : phrase;
        }
        return cues(text, sentences, start, end, marked);
    }

    /** Step 2: a cue the recognisers find in the sentences, or a picture credit, overlapping the words. */
    private ManualProposal cue(
            String text, List<Sentence> sentences, int blockIndex, int start, int end, StoryMemory memory) {
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence s : sentences) {
            for (CueRecogniser recogniser : recognisers) {
                recogniser.find(text, s, memory, candidates);
            }
        }
        for (PhotoCreditRecogniser.Located credit : credits.find(text, segmenter.split(text))) {
            candidates.add(credit.candidate());
        }
        Candidate best = null;
        Speaker bestSpeaker = null;
        for (Candidate c : candidates) {
            int overlap = overlap(c.start(), c.end(), start, end);
            if (overlap == 0 || best != null && overlap <= overlap(best.start(), best.end(), start, end)) {
                continue;
            }
            Speaker speaker =
                    c.pronoun() == null ? c.speaker() : memory.resolve(c.pronoun(), blockIndex, c.start(), List.of());
            if (speaker != null) {
                best = c;
                bestSpeaker = speaker;
            }
        }
        if (bestSpeaker == null) {
            // a pronoun among the words, with a verb the lexicon does not know ("He insisted")
            for (Sentence s : sentences) {
                for (Token t : s.tokens()) {
                    if (bestSpeaker == null
                            && inside(t, start, end)
                            && !t.quoted()
                            && (Lexicon.SUBJECT_PRONOUNS.contains(t.lower())
                                    || Lexicon.OBJECT_PRONOUNS.contains(t.lower()))) {
                        bestSpeaker = memory.resolve(t.text(), blockIndex, t.start(), List.of());
                    }
                }
            }
        }
        return bestSpeaker == null
                ? null
                : new ManualProposal(bestSpeaker.name(), bestSpeaker.kind(), bestSpeaker.role());
    }

    /** Step 3: a speaker phrase among the marked words. */
    private static ManualProposal phrase(
            String text, List<Sentence> sentences, int start, int end, StoryMemory memory) {
        Speaker first = null;
        for (Sentence s : sentences) {
            int i = 0;
            while (i < s.size()) {
                if (!inside(s.token(i), start, end) || Phrases.stops(s, i)) {
                    i++;
                    continue;
                }
                int from = i;
                while (i < s.size() && inside(s.token(i), start, end) && !Phrases.stops(s, i)) {
                    i++;
                }
                int to = trimmed(s, from, i);
                Speaker speaker = to > from ? Speakers.classify(text, s, from, to, memory) : null;
                if (speaker != null && PICTURE_ONLY.matcher(speaker.name()).matches()) {
                    speaker = null; // "Pictures" in "Pictures shared by Reuters" is what is credited, not who
                }
                if (speaker != null && speaker.kind() == SourceKind.PERSON && speaker.named()) {
                    return new ManualProposal(speaker.name(), speaker.kind(), speaker.role());
                }
                if (first == null) {
                    first = speaker;
                }
            }
        }
        return first == null ? null : new ManualProposal(first.name(), first.kind(), first.role());
    }

    /**
     * The end of the run less trailing lower-case words outside the lexicon ("the ministry published"),
     * unless a preposition inside the run holds them ("people familiar with the matter").
     */
    private static int trimmed(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (Phrases.isInner(s, i)) {
                return to;
            }
        }
        int end = to;
        while (end > from) {
            Token t = s.token(end - 1);
            String lower = t.lower();
            boolean names = Lexicon.isNoun(lower)
                    || Lexicon.MEDIA_NAMES.contains(lower)
                    || Phrases.isProper(s, end - 1)
                    || t.isAcronym();
            if (names || !t.isWord()) {
                break;
            }
            end--;
        }
        return end;
    }

    /** Step 4: a name from proper words, a kind from cue words; either may be missing. */
    private static ManualProposal cues(String text, List<Sentence> sentences, int start, int end, String marked) {
        String name = null;
        int words = 0;
        for (Sentence s : sentences) {
            int i = 0;
            while (i < s.size()) {
                if (!inside(s.token(i), start, end) || !Phrases.isProper(s, i)) {
                    i++;
                    continue;
                }
                int from = i;
                while (i < s.size() && inside(s.token(i), start, end) && Phrases.isProper(s, i)) {
                    i++;
                }
                if (i - from > words) {
                    words = i - from;
                    name = text.substring(s.token(from).start(), s.token(i - 1).end());
                }
            }
        }
        String sentence = sentences.isEmpty()
                ? marked
                : text.substring(
                        sentences.get(0).start(),
                        sentences.get(sentences.size() - 1).end());
        SourceKind kind;
        if (PICTURE.matcher(marked).find()) {
            kind = SourceKind.PHOTO_AGENCY;
        } else if (ANONYMOUS.matcher(marked).find()
                || name == null && ANONYMOUS.matcher(sentence).find()) {
            kind = SourceKind.ANONYMOUS;
        } else if (MEDIA.matcher(marked).find()) {
            kind = SourceKind.MEDIA_REPORT;
        } else if (ORGANIZATION.matcher(marked).find()) {
            kind = SourceKind.ORGANIZATION;
        } else if (name != null && Lexicon.PLACES.contains(name.toLowerCase(Locale.ROOT))) {
            kind = SourceKind.ORGANIZATION;
        } else {
            kind = name != null ? SourceKind.PERSON : null;
        }
        return name == null && kind == null ? ManualProposal.NONE : new ManualProposal(name, kind, null);
    }

    /** Whether the token is at least partly inside the marked words. */
    private static boolean inside(Token t, int start, int end) {
        return t.start() < end && start < t.end();
    }

    private static int overlap(int aStart, int aEnd, int bStart, int bEnd) {
        return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
    }
}
