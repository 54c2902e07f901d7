package org.copydesk.engine.detection;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.sourcing.Cue;
import org.copydesk.domain.sourcing.DetectedAttribution;
import org.copydesk.domain.sourcing.SourceKind;

/**
 * What one call of {@link AttributionDetector#detect} has found so far, to resolve follow-ups.
 * Made afresh for every call, so the detector itself keeps no state.
 *
 * <ul>
 *   <li><b>Pronouns.</b> "It said…", "he added", "according to her" resolve to the source of the
 *       most recent attribution in the same block or the block before that the pronoun can stand
 *       for: "he"/"she" a PERSON or ANONYMOUS source, "it" an ORGANIZATION, MEDIA_REPORT or DOCUMENT,
 *       "they" any of these. Hedges, footage and picture credits are never antecedents: nobody
 *       "said" anything there; nor is a pronoun that was itself left unresolved. A pronoun with no antecedent is still proposed, named by the pronoun
 *       itself ("he") as ANONYMOUS, so the editor links it by hand. "The 29-year-old" is a pronoun
 *       for a person too. "He", "she" and "the 29-year-old" may also stand for a person the story
 *       named in full in a sentence that attributes nothing ("Peter Kiprono has been banned… He
 *       denied wrongdoing"), or by the surname alone after that: of that name and the last attribution,
 *       the later one.
 *   <li><b>Surnames.</b> Once a person is named in full ("Kremlin spokesman Dmitry Peskov"), their
 *       surname alone ("Peskov added") is the same source, with the same role. A person named in full
 *       anywhere in the story, in a sentence that attributes nothing ("Maria Kotsou, 45, has run the
 *       bakery for years."), counts too ({@link #learnNames}), without a role: "Kotsou said" is her.
 *       A lone capitalised word the story never gave as a surname is an organisation's name
 *       ("Codelco said"; see {@link Speakers}).
 * </ul>
 */
final class StoryMemory {

    private static final Set<SourceKind> PEOPLE = EnumSet.of(SourceKind.PERSON, SourceKind.ANONYMOUS);
    private static final Set<SourceKind> BODIES =
            EnumSet.of(SourceKind.ORGANIZATION, SourceKind.MEDIA_REPORT, SourceKind.DOCUMENT);
    private static final Set<Cue> NOT_SPEECH = EnumSet.of(Cue.HEDGE, Cue.FOOTAGE, Cue.PHOTO_CREDIT);

    private final List<DetectedAttribution> found = new ArrayList<>();
    private final Map<String, Speaker> surnames = new HashMap<>();
    private final Map<String, Speaker> namesInText = new HashMap<>();
    private final Set<String> nameWords = new HashSet<>();
    private final List<NameAt> namesAt = new ArrayList<>();

    /** A person's name where the story gives it in full. */
    private record NameAt(int blockIndex, int offset, Speaker person) {}

    /**
     * Whether the story writes the word as (part of) a name somewhere it cannot be capitalised for
     * opening a sentence: "Rovers declined to comment" after "Harbour Rovers reached the final" is the
     * club, not rovers.
     */
    boolean isNameWord(String word) {
        return nameWords.contains(word);
    }

    /**
     * Learns the people the story names in full, from runs of two to four name words that can be a
     * person's name ({@link Speakers#couldBeInPersonName}), less the titles in front of them
     * ("Prime Minister Eleni Varga" → "Eleni Varga"); places, runs that open with an article of
     * another language ("Le Monde") or an adjective of a place ("Saudi Aramco", "Red Cross"), and
     * runs after "the" or that go on a name over "of" or "for" ("League of United Latin American
     * Citizens") are not names.
     */
    void learnNames(int blockIndex, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            for (int k = 0; k < s.size(); k++) {
                if (!Phrases.opensSentence(s, k) && Speakers.isNameWord(s.token(k))) {
                    nameWords.add(s.token(k).text());
                }
            }
            int i = 0;
            while (i < s.size()) {
                int end = i;
                while (end < s.size()
                        && !s.token(end).quoted()
                        && (Speakers.isNameWord(s.token(end))
                                || end > i
                                        && Lexicon.NAME_PARTICLES.contains(
                                                s.token(end).lower())
                                        && s.at(end + 1) != null
                                        && Speakers.isNameWord(s.token(end + 1)))) {
                    end++;
                }
                if (end == i) {
                    i++;
                    continue;
                }
                int start = i;
                for (int k = end - 1; k >= i; k--) {
                    if (Lexicon.TITLES.contains(s.token(k).lower())) {
                        start = k + 1;
                        break;
                    }
                }
                int nameEnd = end;
                while (nameEnd - 2 > start && s.token(nameEnd - 1).isAcronym()) {
                    nameEnd--;
                }
                if (start == i
                        && nameEnd - start >= 3
                        && Phrases.opensSentence(s, start)
                        && WordClasses.isCommonNoun(s.token(start).text())) {
                    start++;
                }
                learnName(blockIndex, s, start, nameEnd, start > i);
                i = end;
            }
        }
    }

    private void learnName(int blockIndex, Sentence s, int start, int end, boolean titled) {
        int words = end - start;
        Token before = s.at(start - 1);
        if (words == 1) {
            Speaker known = namesInText.get(s.token(start).lower());
            if (known != null) {
                namesAt.add(new NameAt(blockIndex, s.token(start).start(), known));
            }
            return;
        }
        if (words < 2
                || words > 4
                || Lexicon.FOREIGN_ARTICLES.contains(s.token(start).text())
                || Lexicon.AMBIGUOUS_FOREIGN_ARTICLES.contains(s.token(start).text())
                || WordClasses.isProperAdjective(s.token(start).text())
                || !titled
                        && before != null
                        && (before.is("the")
                                || (before.is("of") || before.is("for"))
                                        && s.at(start - 2) != null
                                        && s.token(start - 2).isCapitalised())) {
            return;
        }
        StringBuilder name = new StringBuilder();
        for (int k = start; k < end; k++) {
            if (!Speakers.couldBeInPersonName(s, k, k > start && !titled)) {
                return;
            }
            name.append(k > start ? " " : "").append(s.token(k).text());
        }
        if (Lexicon.PLACES.contains(name.toString().toLowerCase(Locale.ROOT))) {
            return;
        }
        String surname = s.token(end - 1).lower();
        Speaker person = new Speaker(name.toString(), SourceKind.PERSON, null, true, true);
        namesInText.putIfAbsent(surname, person);
        namesAt.add(new NameAt(blockIndex, s.token(start).start(), namesInText.get(surname)));
    }

    void remember(DetectedAttribution attribution, Speaker speaker) {
        found.add(attribution);
        if (speaker.kind() == SourceKind.PERSON && speaker.named()) {
            String[] words = speaker.name().split("\\s+");
            if (words.length > 1) {
                surnames.putIfAbsent(words[words.length - 1].toLowerCase(Locale.ROOT), speaker);
            }
        }
    }

    /** The person a surname stands for, if the story has named them in full; else {@code null}. */
    Speaker person(String surname) {
        String key = surname.toLowerCase(Locale.ROOT);
        Speaker named = surnames.get(key);
        return named != null ? named : namesInText.get(key);
    }

    /**
     * The source a pronoun stands for, looking back through {@code earlier} (attributions already
     * kept in the current sentence) and then the story so far; {@code null} if none fits.
     */
    Speaker resolve(String pronoun, int blockIndex, int offset, List<Speaker> earlier) {
        String lower = pronoun.toLowerCase(Locale.ROOT);
        Set<SourceKind> fits = lower.endsWith("year-old")
                ? PEOPLE
                : switch (lower) {
                    case "he", "she", "him", "her" -> PEOPLE;
                    case "it" -> BODIES;
                    default ->
                        EnumSet.of(
                                SourceKind.PERSON,
                                SourceKind.ANONYMOUS,
                                SourceKind.ORGANIZATION,
                                SourceKind.MEDIA_REPORT,
                                SourceKind.DOCUMENT);
                };
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Speaker speaker = earlier.get(i);
            if (fits.contains(speaker.kind()) && !isPronoun(speaker.name())) {
                return speaker;
            }
        }
        DetectedAttribution antecedent = null;
        for (int i = found.size() - 1; i >= 0; i--) {
            DetectedAttribution a = found.get(i);
            if (a.blockIndex() < blockIndex - 1) {
                break;
            }
            if (!NOT_SPEECH.contains(a.cue()) && fits.contains(a.kind()) && !isPronoun(a.sourceName())) {
                antecedent = a;
                break;
            }
        }
        NameAt named = fits == PEOPLE ? lastNameBefore(blockIndex, offset) : null;
        if (named != null
                && (antecedent == null
                        || named.blockIndex() > antecedent.blockIndex()
                        || named.blockIndex() == antecedent.blockIndex() && named.offset() > antecedent.start())) {
            String[] words = named.person().name().split("\\s+");
            Speaker attributed = surnames.get(words[words.length - 1].toLowerCase(Locale.ROOT));
            return attributed != null && attributed.name().equals(named.person().name()) ? attributed : named.person();
        }
        return antecedent == null
                ? null
                : new Speaker(
                        antecedent.sourceName(),
                        antecedent.kind(),
                        antecedent.role(),
                        antecedent.kind() == SourceKind.PERSON,
                        false);
    }

    /** The last person named in full before {@code offset} of the block, or in the block before it. */
    private NameAt lastNameBefore(int blockIndex, int offset) {
        NameAt last = null;
        for (NameAt n : namesAt) {
            boolean before = n.blockIndex() == blockIndex - 1 || n.blockIndex() == blockIndex && n.offset() < offset;
            if (before
                    && (last == null
                            || n.blockIndex() > last.blockIndex()
                            || n.blockIndex() == last.blockIndex() && n.offset() > last.offset())) {
                last = n;
            }
        }
        return last;
    }

    /** An unresolved pronoun stands for no one, so it is no antecedent either. */
    private static boolean isPronoun(String name) {
        return Lexicon.PRONOUNS.contains(name);
    }
}
