package org.copydesk.domain.copycheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.copycheck.StoryNames.Name;
import org.copydesk.domain.copycheck.StoryNames.Origin;
import org.copydesk.domain.story.Block;

/**
 * Finds capitalised words that are near misses of a known name: "Chine" for "China", "Grease" for
 * "Greece", "Pyongyong" for "Pyongyang", "Peskow" for "Peskov". A spelling dictionary cannot catch
 * these when the near miss is itself a word ("chine", "grease"); this rule reports them whatever a
 * dictionary says, with the name as the suggestion. It knows no list of typos: any near miss of any
 * known name is a finding.
 *
 * <h2>Known names</h2>
 * A word is known when it is
 * <ul>
 *   <li>a word of a {@link Gazetteer} name,
 *   <li>a word of one of the story's source names or of the newsroom dictionary ({@link KnownNames}),
 *   <li>or a name the story uses consistently: a capitalised word of at least 4 letters that
 *       occurs capitalised at least twice, at least once not at the start of a sentence, and that
 *       the English dictionary does not know as a common word ("Kremlin", "Kotsou").
 * </ul>
 * A word of the first two kinds is never a finding. A name the story uses consistently is a finding
 * only when it is a near miss of a gazetteer, source or dictionary name that the story also
 * mentions: then the story spells one name two ways. Otherwise it stands, since a real name used
 * throughout a story (a "Hariri" in a story that never names Harare) is likelier than a typo
 * repeated throughout.
 *
 * <p>Near misses are compared to the known names that are <em>targets</em>: names of one word, and
 * the words of longer names that are at least 4 letters long and are not common English words (so
 * "Korea" in "North Korea" is one, "North" is not). A name is <em>mentioned</em> when it occurs
 * capitalised in the story's text (headline and blocks) or is a word of a source name.
 *
 * <h2>Near miss</h2>
 * A capitalised word of at least 4 letters is a near miss of a target when their weighted edit
 * distance ({@link NameDistance}: sound-alike letters and doubled letters cost half, a changed first
 * letter costs half more) is within {@link NameDistance#allowance} of the shorter of the two: 0.5
 * for 4 letters, 1 for 5–6, 1.5 for 7–8, 2 beyond; and their plain Damerau–Levenshtein distance is
 * at most 2 (3 beyond 6 letters). The plain distance of "Grease" and "Greece" is 2 (two
 * substitutions), but the letters sound alike, so their weighted distance is 1.
 *
 * <h2>Which names a word is compared to</h2>
 * <ul>
 *   <li>A lone capitalised word the dictionary does not know ("Pyongyong", "Moskow") is meant as a
 *       name and is compared to every target, the whole gazetteer included.
 *   <li>A capitalised word that is also a common English word ("Some", "Meanwhile", "Chine",
 *       "Grease", "Cube") is compared only to mentioned names. At the start of a sentence its
 *       capital says nothing; inside a sentence it is mostly part of a title or institution
 *       ("the Equator", "Liberty Bell", "Support Team"). "Chine" starting the seed's subheading is a
 *       finding because "China" occurs in the story; "Cube" in a story that never names Cuba is not.
 *   <li>A word in a run of capitalised words joined by spaces or hyphens ("Saad Hariri", "Muammar
 *       Gaddafi", a title-case headline) is most likely part of a person's or organisation's name
 *       and is also compared only to mentioned names. A sentence-initial common word does not start
 *       a run ("Meanwhile Pyongyong …").
 * </ul>
 * These limits come from running the rule over the 26,000 example sentences of LanguageTool's
 * English rules, one sentence per story, without known names: comparing every capitalised word to
 * the whole gazetteer (and allowing 2 for 7–8 letters) reported 78 words ("College" → "Cologne",
 * "Manager" → "Managua", "Hariri" → "Harare"); with these limits 26, most of them foreign
 * spellings of places ("Bagdad", "Tokio", "Algérie") that an English desk would change anyway.
 *
 * <h2>What is never a finding</h2>
 * <ul>
 *   <li>A derived form of a known name, or the other way round: the name plus -s, -es, -n, -an,
 *       -ian, -ese, -ish, -i, -ite and their plurals, also after dropping the name's final vowel
 *       ("Koreans", "Chinese", "Pakistani", "Italian"). A possessive ’s is never part of a word.
 *   <li>A word the English dictionary knows as a proper name in this spelling ("Chin", "Mario",
 *       "Austin", "Greek", "Korean"): it is more likely another real name than a typo. The price:
 *       a typo that happens to be another real name is missed.
 *   <li>Words under 4 letters, words in capitals ("NATO") and words with an inner capital
 *       ("McKenzie", "iPhone").
 * </ul>
 *
 * <h2>Choosing the suggestion</h2>
 * The closest target wins; on ties, a mentioned name before one that is not, then one with the same
 * first letter, then the one that occurs more often in the story, then source, dictionary,
 * gazetteer and story names in that order, then alphabetical order.
 *
 * <p>Instances are immutable and thread-safe; share one. Building one reads the gazetteer and
 * LanguageTool's English part-of-speech dictionary (about 0.2 s); a check of a story takes a few
 * milliseconds.
 */
public final class NameConsistencyRule {

    /** The {@link Finding#rule()} of this rule's findings. */
    public static final String ID = "NAME_CONSISTENCY";

    private static final int MIN_LENGTH = 4;

    private final Map<String, Name> gazetteerNames;
    private final EnglishLexicon lexicon;

    public NameConsistencyRule(Gazetteer gazetteer) {
        this.lexicon = EnglishLexicon.INSTANCE;
        Map<String, Name> names = new HashMap<>();
        for (String entry : gazetteer.filter(Gazetteer::nameRuleEntry).names()) {
            StoryNames.addEntry(names, entry, Origin.GAZETTEER, lexicon);
        }
        this.gazetteerNames = Map.copyOf(names);
    }

    /**
     * The near-miss names in a story, sorted by block (headline first) and offset.
     *
     * @param blocks the story's body
     * @param headline the headline, may be {@code null}
     * @param names the story's source names and the newsroom dictionary, may be {@code null}
     */
    public List<Finding> check(List<Block> blocks, String headline, KnownNames names) {
        List<Passage> passages = Passage.of(blocks, headline);
        return findings(passages, names(passages, names == null ? KnownNames.none() : names));
    }

    /** The names known while checking these passages. */
    StoryNames names(List<Passage> passages, KnownNames known) {
        Map<String, Name> names = StoryNames.copyOf(gazetteerNames);
        for (String source : known.sourceNames()) {
            StoryNames.addEntry(names, source, Origin.SOURCE, lexicon);
        }
        for (String entry : known.dictionary()) {
            StoryNames.addEntry(names, entry, Origin.DICTIONARY, lexicon);
        }
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, String> spellings = new HashMap<>();
        Set<String> seenInsideSentence = new HashSet<>();
        for (Passage passage : passages) {
            for (Words.Word word : Words.of(passage.text())) {
                if (word.capitalised()) {
                    String folded = word.folded();
                    occurrences.merge(folded, 1, Integer::sum);
                    spellings.putIfAbsent(folded, word.text());
                    if (!word.sentenceInitial()) {
                        seenInsideSentence.add(folded);
                    }
                }
            }
        }
        occurrences.forEach((folded, count) -> {
            String spelling = spellings.get(folded);
            if (count >= 2 && seenInsideSentence.contains(folded) && spelling.length() >= MIN_LENGTH
                    && !lexicon.isCommonWord(spelling)) {
                StoryNames.add(names, spelling, Origin.STORY, true);
            }
        });
        return new StoryNames(names, occurrences);
    }

    /** The findings in these passages, given the names known for them. */
    List<Finding> findings(List<Passage> passages, StoryNames names) {
        List<Candidate> targets = new ArrayList<>();
        for (Map.Entry<String, Name> entry : names.all()) {
            Name name = entry.getValue();
            if (name.target()) {
                boolean mentioned = names.inStory(entry.getKey()) > 0 || name.origins().contains(Origin.SOURCE);
                targets.add(new Candidate(entry.getKey(), name, names.inStory(entry.getKey()), mentioned));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Passage passage : passages) {
            List<Words.Word> words = Words.of(passage.text());
            for (int k = 0; k < words.size(); k++) {
                Words.Word word = words.get(k);
                Candidate match = match(words, k, names, targets);
                if (match != null) {
                    findings.add(passage.finding(ID, word.start(), word.end(), message(word, match),
                            match.name().spelling()));
                }
            }
        }
        return findings;
    }

    private Candidate match(List<Words.Word> words, int k, StoryNames names, List<Candidate> targets) {
        Words.Word word = words.get(k);
        if (!word.capitalised() || word.innerCapital() || word.text().length() < MIN_LENGTH) {
            return null;
        }
        String folded = word.folded();
        Name known = names.get(folded);
        if (known != null && known.authoritative()) {
            return null;
        }
        if (lexicon.isProperName(word.text()) || derivesFromKnownName(folded, names)) {
            return null;
        }
        boolean onlyMentioned = known != null || lexicon.isCommonWord(word.text()) || inRun(words, k);
        Candidate best = null;
        for (Candidate target : targets) {
            if ((known != null && !target.name().authoritative()) || (onlyMentioned && !target.mentioned())
                    || !NameDistance.nearMiss(folded, target.folded())) {
                continue;
            }
            Candidate scored = target.scoredAgainst(folded);
            if (best == null || BEST_FIRST.compare(scored, best) < 0) {
                best = scored;
            }
        }
        return best;
    }

    private static boolean derivesFromKnownName(String folded, StoryNames names) {
        for (Map.Entry<String, Name> entry : names.all()) {
            String name = entry.getKey();
            if (name.length() >= 3 && name.charAt(0) == folded.charAt(0) && name.charAt(1) == folded.charAt(1)
                    && Words.derivedFrom(folded, name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is joined to a capitalised neighbour, as in a multi-word name or title case. */
    private boolean inRun(List<Words.Word> words, int k) {
        Words.Word word = words.get(k);
        if (word.linkedToPrevious() && k > 0) {
            Words.Word previous = words.get(k - 1);
            if (previous.capitalised() && !(previous.sentenceInitial() && lexicon.isCommonWord(previous.text()))) {
                return true;
            }
        }
        return k + 1 < words.size() && words.get(k + 1).linkedToPrevious() && words.get(k + 1).capitalised();
    }

    private static String message(Words.Word word, Candidate match) {
        Set<Origin> origins = match.name().origins();
        String why;
        if (match.inStory() > 0) {
            why = "which appears elsewhere in this story";
        } else if (origins.contains(Origin.SOURCE)) {
            why = "the name of one of this story’s sources";
        } else if (origins.contains(Origin.DICTIONARY)) {
            why = "a name in the newsroom dictionary";
        } else {
            why = "a place in the gazetteer";
        }
        return "“" + word.text() + "” looks like a misspelling of “" + match.name().spelling() + "”, "
                + why + ".";
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingDouble(Candidate::distance)
            .thenComparing(candidate -> !candidate.mentioned())
            .thenComparing(candidate -> !candidate.sameFirstLetter())
            .thenComparing(Comparator.comparingInt(Candidate::inStory).reversed())
            .thenComparing(candidate -> candidate.name().firstOrigin())
            .thenComparing(Candidate::folded);

    /** A target name, and once scored, how far a word is from it. */
    private record Candidate(String folded, Name name, int inStory, boolean mentioned, double distance,
            boolean sameFirstLetter) {

        Candidate(String folded, Name name, int inStory, boolean mentioned) {
            this(folded, name, inStory, mentioned, Double.NaN, false);
        }

        Candidate scoredAgainst(String word) {
            return new Candidate(folded, name, inStory, mentioned, NameDistance.between(word, folded),
                    word.charAt(0) == folded.charAt(0));
        }
    }
}
