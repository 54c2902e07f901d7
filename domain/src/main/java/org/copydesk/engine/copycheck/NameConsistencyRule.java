package org.copydesk.engine.copycheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.story.Block;
import org.copydesk.engine.copycheck.NamePositions.Position;
import org.copydesk.engine.copycheck.StoryNames.Name;
import org.copydesk.engine.copycheck.StoryNames.Origin;

/**
 * Finds capitalised words that are near misses of a known name: "Chine" for "China", "Grease" for
 * "Greece", "Pyongyong" for "Pyongyang", "Peskow" for "Peskov", "in Whales" for "in Wales"; and runs of
 * words that are near misses of a known name of several words ("Riverside Trader Association" for a
 * registered "Riverside Traders Association", see {@link NamePhrases}). A spelling dictionary cannot
 * catch these when the near miss is itself a word ("chine", "grease", "whales"); this rule reports them
 * whatever a dictionary says, with the name as the suggestion. It knows no list of typos: any near miss
 * of any known name, where the word stands, is a finding.
 *
 * <h2>Known names</h2>
 * A word is known when it is
 * <ul>
 *   <li>a word of a {@link Gazetteer} name: some 36,000 countries, regions, cities of 15,000 people or
 *       more, demonyms, organisations and curated places;
 *   <li>a word of one of the story's source names, of the source registry or of the newsroom dictionary
 *       ({@link KnownNames});
 *   <li>or a name the story uses consistently: a capitalised word of at least 4 letters that
 *       occurs capitalised at least twice, at least once not at the start of a sentence, and that
 *       the English dictionary does not know as a common word ("Kremlin", "Kotsou").
 * </ul>
 * A word of the first two kinds is never a finding. A name the story uses consistently is a finding
 * only when it is a near miss of a gazetteer, source or dictionary name that the story also
 * mentions: then the story spells one name two ways. Otherwise it stands, since a real name used
 * throughout a story is likelier than a typo repeated throughout.
 *
 * <p>Near misses are compared to the known names that are <em>targets</em>: names of one word, and
 * the words of longer names that are at least 4 letters long and are not common English words (so
 * "Korea" in "North Korea" is one, "North" is not). A name is <em>mentioned</em> when it
 * occurs capitalised in the story's text (headline and blocks) or is a word of a source name. A name
 * is <em>major</em> when it is a country, a demonym, an organisation, a curated place or a city of
 * {@value #MAJOR_CITY} people or more.
 *
 * <h2>Near miss</h2>
 * A capitalised word of at least 4 letters is a near miss of a target when their weighted edit
 * distance ({@link NameDistance}: sound-alike letters and doubled letters cost half, a changed first
 * letter costs half more) is within {@link NameDistance#allowance} of the shorter of the two: 0.5
 * for 4 letters, 1 for 5–6, 1.5 for 7–8, 2 beyond; and their plain Damerau–Levenshtein distance is
 * at most 2 (3 beyond 6 letters). Where the word stands in a place position (below), half a point
 * more is allowed: "Team" for "Tema" after "grew up in", "Bristle" for "Bristol" after "from".
 *
 * <h2>Which names a word is compared to</h2>
 * Where a word stands decides ({@link NamePositions}):
 * <ul>
 *   <li>In a <b>place position</b> (after a preposition of place, in a list of places, in an apposition
 *       that says it is a place, as a bare subject "Cypress has asked…", inside a sentence-case
 *       subheading) a word that is not part of a longer capitalised run is compared to every place of
 *       the gazetteer, even when it is a common English word: "near Leads" → "Leeds", "in Basil" →
 *       "Basel", "Colombo, Candy and Dambulla" → "Kandy". A first name the dictionary knows ("Maria")
 *       counts as a name only after the weaker prepositions ("a letter from Maria"). In a weak place
 *       position (see {@link NamePositions}), where a person or an organisation may stand too, a common
 *       word is compared only to the major names and the cities of {@value #LARGE_CITY} people or more:
 *       organisations named by common words ("a letter from Shelter", "Crisis has opened…") are far
 *       commoner there than misspelt small places ("Shelton", "Cruces"); "from Bristle" is still Bristol.
 *   <li>Elsewhere, a lone capitalised word the dictionary does not know ("Pyongyong", "Moskow") is
 *       compared to the mentioned names, the major names and the first-level regions (states,
 *       provinces) of the countries the story names ("Maharastra’s education department" in a story
 *       about India).
 *   <li>A capitalised common English word elsewhere ("Some", "Meanwhile", "Chine", "Cube") is
 *       compared only to mentioned names: at the start of a sentence its capital says nothing, inside
 *       one it is mostly part of a title ("the Equator", "Support Team"). "Chine" starting the seed's
 *       subheading is a finding because "China" occurs in the story.
 *   <li>A word in a run of capitalised words joined by spaces or hyphens ("Saad Hariri", a title-case
 *       headline) is most likely part of a person's or organisation's name and is compared only to
 *       mentioned names. A sentence-initial common word does not start a run ("Meanwhile Pyongyong …").
 * </ul>
 * Smaller places are compared only in place positions because among 36,000 names there is a place
 * near almost any surname ("Okoro"/"Okara"); a surname does not stand after "in" or in a list of places.
 *
 * <h2>What is never a finding</h2>
 * <ul>
 *   <li>A derived form of a known name, or the other way round: the name plus -s, -es, -n, -an,
 *       -ian, -ese, -ish, -i, -ite and their plurals, also after dropping the name's final vowel
 *       ("Koreans", "Chinese", "Pakistani", "Italian"), for names of 4 letters or more. A possessive
 *       ’s is never part of a word.
 *   <li>Outside strong place positions, a word the English dictionary knows as a proper name in this
 *       spelling ("Chin", "Mario", "Austin", "Greek"): it is more likely another real name than a typo.
 *   <li>A word right after a lower-case noun that says it is an organisation's ("the Spanish newspaper
 *       Marca" in a story that names a Marta, "the union Unite").
 *   <li>Words under 4 letters, words in capitals ("NATO") and words with an inner capital ("McKenzie").
 * </ul>
 *
 * <h2>Choosing the suggestion</h2>
 * Of the targets within reach, the closest wins, where a mentioned name, a major name and a place in a
 * country the story names (its other places say where it is) count as half a point closer: "Chili" is
 * Chile, not Shili, China, even in a story that names China; "Candy" between Colombo and Dambulla in a
 * story about Sri Lanka is Kandy, not Candi. On ties, a mentioned name, then a place in the story's
 * countries, then the one that occurs more often in the story, then a major name, then the more populous place ("Candy" in a list of Sri
 * Lankan cities is Kandy, 125,000 people, not Canby, Oregon), then one with the same first letter, then
 * source, dictionary, gazetteer and story names in that order, then alphabetical order.
 *
 * <p>Instances are immutable and thread-safe; share one. Building one reads the gazetteer and indexes
 * its names by length (about 0.3 s); a check of a story takes a few milliseconds: the gazetteer's names
 * are shared by every check and only the story's own layer is built per check.
 */
public final class NameConsistencyRule {

    /** The {@link Finding#rule()} of this rule's findings. */
    public static final String ID = "NAME_CONSISTENCY";

    /** A city of this many people or more is a major name, compared to any lone unknown capitalised word. */
    static final int MAJOR_CITY = 1_000_000;

    /**
     * A city of this many people or more is compared to a common word in a weak place position, as the major
     * names are: news names such a city without its country ("from Bristol").
     */
    static final int LARGE_CITY = 300_000;

    private static final int MIN_LENGTH = 4;

    /** Months and weekdays, in English: capitalised by rule, never a place ("in August", "on Sunday"). */
    private static final Set<String> CALENDAR = calendar();

    /** How much nearer a mentioned name, or a place in a country the story is about, counts as being. */
    private static final double CONTEXT_WEIGHT = 0.5;

    /** The extra weighted distance allowed in a place position. */
    private static final double PLACE_BONUS = 0.5;

    private final Map<String, Name> gazetteerNames;
    private final Index index;
    private final Index majorIndex;

    /**
     * The first-level regions (states, provinces) of each country, by ISO code: those named in one word and not
     * major; a longer name is {@link NamePhrases}' to compare.
     */
    private final Map<String, Index> regionsByCountry;

    private final NamePhrases gazetteerPhrases;
    private final EnglishLexicon lexicon;
    private final NamePositions positions;

    public NameConsistencyRule(Gazetteer gazetteer) {
        this.lexicon = EnglishLexicon.INSTANCE;
        this.positions = new NamePositions(lexicon);
        Map<String, Name> names = new HashMap<>();
        List<String> phrases = new ArrayList<>();
        EnglishLexicon cached = lexicon.cached();
        // Names of one word first: where a word is a name of its own and a word of longer ones, its country is
        // its own ("Indian" is India's, not that of the British Indian Ocean Territory).
        List<Gazetteer.Entry> entries = new ArrayList<>(gazetteer.entries());
        entries.sort(java.util.Comparator.comparing(entry -> entry.name().indexOf(' ') > 0));
        for (Gazetteer.Entry entry : entries) {
            Gazetteer.Kind kind = entry.kind();
            boolean major =
                    kind != Gazetteer.Kind.CITY && kind != Gazetteer.Kind.REGION || entry.population() >= MAJOR_CITY;
            StoryNames.addEntry(
                    names, entry.name(), Origin.GAZETTEER, cached, true, major, entry.population(), entry.country());
            if (entry.name().indexOf(' ') > 0) {
                phrases.add(entry.name());
            }
        }
        this.gazetteerNames = Map.copyOf(names);
        this.index = Index.of(gazetteerNames);
        Map<String, Map<String, Name>> regions = new HashMap<>();
        for (Gazetteer.Entry entry : gazetteer.entries()) {
            if (entry.kind() == Gazetteer.Kind.REGION && entry.country() != null) {
                String folded = Words.fold(entry.name());
                Name name = gazetteerNames.get(folded);
                if (name != null && !name.major()) {
                    regions.computeIfAbsent(entry.country(), c -> new HashMap<>())
                            .put(folded, name);
                }
            }
        }
        Map<String, Index> regionIndexes = new HashMap<>();
        regions.forEach((country, regionNames) -> regionIndexes.put(country, Index.of(regionNames)));
        this.regionsByCountry = Map.copyOf(regionIndexes);
        Map<String, Name> major = new HashMap<>(gazetteerNames);
        major.values().removeIf(name -> !name.major());
        this.majorIndex = Index.of(major);
        this.gazetteerPhrases = new NamePhrases().add(phrases, Origin.GAZETTEER);
    }

    /**
     * The near-miss names in a story, sorted by block (headline first) and offset.
     *
     * @param blocks the story's body
     * @param headline the headline, may be {@code null}
     * @param names the story's source names, the registry and the newsroom dictionary, may be {@code null}
     */
    public List<Finding> check(List<Block> blocks, String headline, KnownNames names) {
        List<Passage> passages = Passage.of(blocks, headline);
        KnownNames known = names == null ? KnownNames.none() : names;
        return findings(passages, names(passages, known), known);
    }

    /** The names known while checking these passages. */
    StoryNames names(List<Passage> passages, KnownNames known) {
        StoryNames names = new StoryNames(gazetteerNames, newsroom(known).layer());
        for (String source : known.sourceNames()) {
            names.addEntry(source, Origin.SOURCE, lexicon);
        }
        Map<String, String> spellings = new HashMap<>();
        Set<String> seenInsideSentence = new HashSet<>();
        for (Passage passage : passages) {
            for (Words.Word word : Words.of(passage.text())) {
                if (word.capitalised()) {
                    String folded = word.folded();
                    names.occurs(folded);
                    spellings.putIfAbsent(folded, word.text());
                    if (!word.sentenceInitial()) {
                        seenInsideSentence.add(folded);
                    }
                }
            }
        }
        for (String folded : List.copyOf(names.occurring())) {
            String spelling = spellings.get(folded);
            if (names.inStory(folded) >= 2
                    && seenInsideSentence.contains(folded)
                    && spelling.length() >= MIN_LENGTH
                    && !lexicon.isCommonWord(spelling)) {
                names.add(spelling, Origin.STORY, true);
            }
        }
        return names;
    }

    /** The findings in these passages, given the names known for them. */
    List<Finding> findings(List<Passage> passages, StoryNames names, KnownNames known) {
        Newsroom newsroom = newsroom(known);
        List<Target> mentioned = mentioned(names);
        List<Target> listed = listed(names, newsroom);
        List<NamePhrases> phrases = List.of(
                new NamePhrases().add(known.sourceNames(), Origin.SOURCE), newsroom.phrases(), gazetteerPhrases);
        List<Finding> findings = new ArrayList<>();
        for (Passage passage : passages) {
            List<Words.Word> words = Words.of(passage.text());
            boolean[] covered = new boolean[words.size()];
            for (NamePhrases.Miss miss : NamePhrases.find(words, phrases)) {
                Words.Word first = words.get(miss.first());
                Words.Word last = words.get(miss.last());
                String written = passage.text().substring(first.start(), last.end());
                findings.add(passage.finding(
                        ID,
                        first.start(),
                        last.end(),
                        phraseMessage(written, miss.phrase()),
                        miss.phrase().spelling()));
                for (int j = miss.first(); j <= miss.last(); j++) {
                    covered[j] = true;
                }
            }
            for (int k = 0; k < words.size(); k++) {
                if (covered[k]) {
                    continue;
                }
                Words.Word word = words.get(k);
                Target match = match(passage, words, k, names, mentioned, listed);
                if (match != null) {
                    findings.add(passage.finding(
                            ID,
                            word.start(),
                            word.end(),
                            message(word, match),
                            match.name().spelling()));
                }
            }
        }
        findings.sort(Comparator.comparingInt(Finding::blockIndex).thenComparingInt(Finding::start));
        return findings;
    }

    /** The targets the story mentions: its capitalised words that are targets, and its sources' words. */
    private static List<Target> mentioned(StoryNames names) {
        Map<String, Target> mentioned = new HashMap<>();
        for (String folded : names.occurring()) {
            Name name = names.get(folded);
            if (name != null && name.target()) {
                mentioned.put(folded, new Target(folded, name, names.inStory(folded), true));
            }
        }
        names.storyLayer().forEach((folded, name) -> {
            if (name.target() && name.origins().contains(Origin.SOURCE)) {
                mentioned.putIfAbsent(folded, new Target(folded, name, names.inStory(folded), true));
            }
        });
        return List.copyOf(mentioned.values());
    }

    /**
     * The targets of the newsroom dictionary and the registry that the story does not mention: a lone
     * unknown word is compared to them as to the major names ("announced by Zelenskyi" for a
     * dictionary's "Zelenskyy").
     */
    private static List<Target> listed(StoryNames names, Newsroom newsroom) {
        List<Target> listed = new ArrayList<>();
        names.storyLayer().forEach((folded, name) -> {
            if (name.target() && name.origins().contains(Origin.DICTIONARY) && names.inStory(folded) == 0) {
                listed.add(new Target(folded, name, 0, false));
            }
        });
        for (Target target : newsroom.targets()) {
            if (!names.inStoryLayer(target.folded()) && names.inStory(target.folded()) == 0) {
                listed.add(target);
            }
        }
        return listed;
    }

    /**
     * What the newsroom's dictionary and registry add to every check, built once for each dictionary and
     * registry (the last one is kept: they change seldom, and every check of a node sees the same ones):
     * their names' words over the gazetteer's, their names of several words, and their targets.
     */
    record Newsroom(
            Set<String> dictionary,
            Set<String> registry,
            Map<String, Name> layer,
            NamePhrases phrases,
            List<Target> targets) {}

    private volatile Newsroom newsroom;

    /** The newsroom layer of these known names: the last one built, when the same. */
    Newsroom newsroom(KnownNames known) {
        Newsroom current = newsroom;
        if (current != null
                && current.dictionary().equals(known.dictionary())
                && current.registry().equals(known.registry())) {
            return current;
        }
        List<String> entries = new ArrayList<>(known.dictionary());
        entries.addAll(known.registry());
        Map<String, Name> layer = StoryNames.newsroomLayer(gazetteerNames, entries, lexicon);
        List<Target> targets = new ArrayList<>();
        layer.forEach((folded, name) -> {
            if (name.target() && name.origins().contains(Origin.DICTIONARY)) {
                targets.add(new Target(folded, name, 0, false));
            }
        });
        // registry before dictionary, as their phrases were always added
        NamePhrases phrases =
                new NamePhrases().add(known.registry(), Origin.DICTIONARY).add(known.dictionary(), Origin.DICTIONARY);
        current = new Newsroom(known.dictionary(), known.registry(), layer, phrases, List.copyOf(targets));
        newsroom = current;
        return current;
    }

    private Target match(
            Passage passage,
            List<Words.Word> words,
            int k,
            StoryNames names,
            List<Target> mentioned,
            List<Target> listed) {
        Words.Word word = words.get(k);
        if (!word.capitalised()
                || word.innerCapital()
                || word.text().length() < MIN_LENGTH
                || CALENDAR.contains(word.folded())) {
            return null;
        }
        String folded = word.folded();
        Name known = names.get(folded);
        boolean weak = known != null && weaklyKnown(known, word);
        if (known != null && known.authoritative() && !weak || derivesFromKnownName(folded, names)) {
            return null;
        }
        if (weak) {
            known = null;
        }
        // "the Spanish newspaper Marca": the story says what the name is, so it is no slip for another name.
        if (NamePositions.afterOrganizationNoun(passage.text(), words, k)) {
            return null;
        }
        boolean run = inRun(words, k);
        // "Liberty, the human rights group, …": the story says what the name is, so it stands in no place
        // position; only a slip for one of the story's own names remains.
        boolean organization = NamePositions.organizationApposition(passage.text(), words, k);
        Position position = run || known != null || organization
                ? Position.NONE
                : positions.of(passage.text(), words, k, passage.displayType(), w -> isPlace(w, names));
        boolean common = lexicon.isCommonWord(word.text());
        // A name the dictionaries know ("Basil", "Narvik", "Latino") is likelier another real name than a
        // typo; only a common word among them ("Basil", the herb) is taken for a misspelt place where
        // only a place stands.
        boolean proper = lexicon.isProperName(word.text()) || !common && lexicon.isKnownSpelling(word.text());
        // A word the dictionary spells only with a capital ("Latino", "Hispanic", "Muslim") is an English word
        // of its own, not a slip for a name one letter away that the story also uses ("Latin American").
        boolean capitalOnly = !common
                && lexicon.isKnownSpelling(word.text())
                && !lexicon.isKnownSpelling(word.text().toLowerCase(java.util.Locale.ROOT));
        if (proper && position == Position.NONE || capitalOnly) {
            return null;
        }
        double bonus = position == Position.NONE ? 0 : PLACE_BONUS;
        Target best = null;
        for (Target target : mentioned) {
            if (known == null || target.name().authoritative()) {
                best = better(best, target, folded, bonus, names);
            }
        }
        if (known != null || run || organization || proper && (position != Position.STRONG || !common)) {
            return best;
        }
        if (position == Position.NONE && common || weak) {
            Target[] found = {best};
            if (weak) {
                majorIndex.candidates(folded, target -> found[0] = better(found[0], target, folded, 0, names));
            }
            return found[0];
        }
        // A word the dictionary does not know, where a place stands, may be a small place we do not
        // know ("Narvik", "Souni"): only a closer miss than usual is taken for another small place.
        double majorBonus = common ? bonus : 0;
        double minorBonus = common ? bonus : -PLACE_BONUS;
        // A common word where a person or an organisation may stand as well ("a letter from Shelter", "Liberty
        // says") is likelier such a name than a misspelt small place: there it is compared to the major names
        // and the large cities only ("a letter from Bristle" is still Bristol; "from Shelter" is no Shelton).
        boolean smallPlacesToo = !common || position == Position.STRONG;
        Target[] found = {best};
        for (Target target : listed) {
            found[0] = better(found[0], target, folded, majorBonus, names);
        }
        (position != Position.NONE ? index : majorIndex).candidates(folded, target -> {
            Name name = target.name();
            if (smallPlacesToo || name.major() || name.population() >= LARGE_CITY) {
                found[0] = better(found[0], target, folded, name.major() ? majorBonus : minorBonus, names);
            }
        });
        if (position == Position.NONE) {
            // The states and provinces of the countries the story names are as good as major names in it:
            // "Maharastra’s education department" in a story about India.
            for (String country : names.countries()) {
                Index regions = regionsByCountry.get(country);
                if (regions != null) {
                    regions.candidates(
                            folded, target -> found[0] = better(found[0], target, folded, majorBonus, names));
                }
            }
        }
        return found[0];
    }

    /**
     * Known only as a smaller city or region named like a common word ("Cypress", California; "Sedan",
     * France): such a word is still compared to the major and the mentioned names, since "Cypress has
     * asked the European Union for help" means Cyprus. Not when the word is written with its accents
     * ("Chía", Colombia, is no misspelt China).
     */
    private boolean weaklyKnown(Name name, Words.Word word) {
        return word.text().toLowerCase(java.util.Locale.ROOT).equals(word.folded())
                && name.place()
                && !name.major()
                && name.origins().equals(Set.of(Origin.GAZETTEER))
                && lexicon.isCommonWord(name.spelling());
    }

    private static Target better(Target best, Target target, String word, double bonus, StoryNames names) {
        if (!NameDistance.nearMiss(word, target.folded(), bonus)) {
            return best;
        }
        Target scored = target.scoredAgainst(word, names.countries());
        return best == null || BEST_FIRST.compare(scored, best) < 0 ? scored : best;
    }

    private static boolean isPlace(String folded, StoryNames names) {
        Name name = names.get(folded);
        return name != null && name.place();
    }

    /**
     * Whether the word is a known name with a deriving ending, or a known name is the word with one
     * ("Koreans", "Chinese"; "Korea" when only "Koreans" is known). Looked up, not searched. Not the
     * word without its final vowel plus an ending: "Chine" is no form of "Chinese"; and a vowel is
     * dropped only before an ending of two letters or more ("Chinese"), so "Chili" is no form of Chile.
     */
    private static boolean derivesFromKnownName(String folded, StoryNames names) {
        for (String suffix : Words.DERIVING_SUFFIXES) {
            int stem = folded.length() - suffix.length();
            if (stem >= MIN_LENGTH - 1 && folded.endsWith(suffix)) {
                String base = folded.substring(0, stem);
                if (base.length() >= MIN_LENGTH && derivable(names.get(base))) {
                    return true;
                }
                for (char vowel : VOWELS) {
                    if (suffix.length() >= 2 && derivable(names.get(base + vowel))) {
                        return true;
                    }
                }
            }
            if (derivable(names.get(folded + suffix))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether words may derive from this name: a major name or one of the story's own; not one of the
     * thousands of smaller places, which would excuse almost any word ("Canes" from a "Cane").
     */
    private static boolean derivable(Name name) {
        return name != null && (name.major() || !name.origins().equals(Set.of(Origin.GAZETTEER)));
    }

    private static final char[] VOWELS = {'a', 'e', 'i', 'o', 'u', 'y'};

    private static Set<String> calendar() {
        Set<String> words = new HashSet<>();
        for (java.time.Month month : java.time.Month.values()) {
            words.add(month.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    .toLowerCase(java.util.Locale.ROOT));
        }
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            words.add(day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    .toLowerCase(java.util.Locale.ROOT));
        }
        return Set.copyOf(words);
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
        if (k + 1 < words.size() && words.get(k + 1).linkedToPrevious()) {
            Words.Word next = words.get(k + 1);
            return next.capitalised()
                    || next.text().length() > 1
                            && next.text().equals(next.text().toUpperCase(java.util.Locale.ROOT));
        }
        return false;
    }

    /**
     * The gazetteer's targets by length, then by first letter and by second letter: a near miss keeps
     * one of its first two letters ("Candy"/"Kandy", "Heart"/"Herat"), so a word is compared only to the
     * targets that share one with it, some 8 % of them.
     */
    private record Index(
            Map<Integer, Map<Character, Target[]>> byFirst, Map<Integer, Map<Character, Target[]>> bySecond) {

        static Index of(Map<String, Name> names) {
            Map<Integer, Map<Character, List<Target>>> first = new HashMap<>();
            Map<Integer, Map<Character, List<Target>>> second = new HashMap<>();
            names.forEach((folded, name) -> {
                if (name.target() && folded.length() >= 2) {
                    Target target = new Target(folded, name, 0, false);
                    first.computeIfAbsent(folded.length(), n -> new HashMap<>())
                            .computeIfAbsent(folded.charAt(0), c -> new ArrayList<>())
                            .add(target);
                    second.computeIfAbsent(folded.length(), n -> new HashMap<>())
                            .computeIfAbsent(folded.charAt(1), c -> new ArrayList<>())
                            .add(target);
                }
            });
            return new Index(frozen(first), frozen(second));
        }

        private static Map<Integer, Map<Character, Target[]>> frozen(Map<Integer, Map<Character, List<Target>>> index) {
            Map<Integer, Map<Character, Target[]>> frozen = new HashMap<>();
            index.forEach((length, byLetter) -> {
                Map<Character, Target[]> letters = new HashMap<>();
                byLetter.forEach((letter, targets) -> letters.put(letter, targets.toArray(new Target[0])));
                frozen.put(length, Map.copyOf(letters));
            });
            return Map.copyOf(frozen);
        }

        /** Calls {@code visit} with every target of length within 2 of the word's sharing its first or second letter. */
        void candidates(String word, java.util.function.Consumer<Target> visit) {
            for (int length = word.length() - 2; length <= word.length() + 2; length++) {
                for (Target target : byFirst.getOrDefault(length, Map.of()).getOrDefault(word.charAt(0), NONE)) {
                    visit.accept(target);
                }
                for (Target target : bySecond.getOrDefault(length, Map.of()).getOrDefault(word.charAt(1), NONE)) {
                    if (target.folded().charAt(0) != word.charAt(0)) {
                        visit.accept(target);
                    }
                }
            }
        }

        private static final Target[] NONE = new Target[0];
    }

    private static String message(Words.Word word, Target match) {
        Set<Origin> origins = match.name().origins();
        String why;
        if (match.inStory() > 0) {
            why = "which appears elsewhere in this story";
        } else if (origins.contains(Origin.SOURCE)) {
            why = "the name of one of this story’s sources";
        } else if (origins.contains(Origin.DICTIONARY)) {
            why = "a name in the newsroom dictionary or the source registry";
        } else {
            why = "a name in the gazetteer";
        }
        return "“" + word.text() + "” looks like a misspelling of “"
                + match.name().spelling() + "”, " + why + ".";
    }

    private static String phraseMessage(String written, NamePhrases.Phrase phrase) {
        String why =
                switch (phrase.origin()) {
                    case SOURCE -> "the name of one of this story’s sources";
                    case DICTIONARY -> "a name in the source registry or the newsroom dictionary";
                    default -> "a name in the gazetteer";
                };
        return "“" + written + "” looks like a misspelling of “" + phrase.spelling() + "”, " + why + ".";
    }

    private static final Comparator<Target> BEST_FIRST = Comparator.comparingDouble((Target target) -> target.distance()
                    - (target.mentioned()
                                    || target.inStoryCountry()
                                    || target.name().major()
                            ? CONTEXT_WEIGHT
                            : 0))
            .thenComparing(target -> !target.mentioned())
            .thenComparing(target -> !target.inStoryCountry())
            .thenComparingDouble(Target::distance)
            .thenComparing(Comparator.comparingInt(Target::inStory).reversed())
            .thenComparing(target -> !target.name().major())
            .thenComparing(
                    Comparator.comparingInt((Target target) -> target.name().population())
                            .reversed())
            .thenComparing(target -> !target.sameFirstLetter())
            .thenComparing(target -> target.name().firstOrigin())
            .thenComparing(Target::folded);

    /** A target name, and once scored, how far a word is from it. */
    private record Target(
            String folded,
            Name name,
            int inStory,
            boolean mentioned,
            double distance,
            boolean sameFirstLetter,
            boolean inStoryCountry) {

        Target(String folded, Name name, int inStory, boolean mentioned) {
            this(folded, name, inStory, mentioned, Double.NaN, false, false);
        }

        Target scoredAgainst(String word, Set<String> countries) {
            return new Target(
                    folded,
                    name,
                    inStory,
                    mentioned,
                    NameDistance.between(word, folded),
                    word.charAt(0) == folded.charAt(0),
                    name.country() != null && countries.contains(name.country()));
        }
    }
}
