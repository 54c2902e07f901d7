package org.copydesk.engine.copycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.ResultCache;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.rules.spelling.morfologik.MorfologikSpeller;

/**
 * The copy check: the {@link NameConsistencyRule} and LanguageTool's American English spelling and
 * grammar rules, chosen for news copy ({@link NewsRules}), over a story's headline and body.
 *
 * <h2>Names</h2>
 * Gazetteer names, the story's source names, the newsroom dictionary and the names the story uses
 * consistently (see {@link NameConsistencyRule}) are never reported as misspellings. The
 * gazetteer's capitalised words (see {@link #spellerWords}) are given to LanguageTool's speller
 * once, at creation, as words to ignore (so it does not even compute suggestions for them); the
 * names that belong to one story are not, since the LanguageTool instances serve every story:
 * instead, their spelling matches whose words are all known names are dropped after each check,
 * so nothing of one story leaks into the next.
 *
 * <h2>Speed</h2>
 * LanguageTool runs as {@link NewsEnglish}, which computes the speller's suggestions only for the
 * matches the check keeps (most unknown words in news are names it excuses). Creating a checker loads
 * LanguageTool (a few seconds) and checks a short text once, so that its lazily loaded parts are ready
 * before the first story. A story is cut into as many runs of
 * consecutive passages (headline, blocks) of about equal length as there are LanguageTool instances
 * free, at most {@value #MAX_PARTS}; each run is checked in one LanguageTool call by its own instance,
 * the first on the caller's thread and the others on the executor, in parallel. In a run the passages
 * are joined with blank lines (paragraph breaks to LanguageTool) and match offsets are mapped back to
 * the passage they fall in. LanguageTool's per-sentence result
 * cache makes a re-check of a story after an edit cost only the sentences that changed. Its limit
 * is a weight of {@value #CACHE_WEIGHT}, half for matches and half for analysed sentences, where a
 * sentence weighs its length in characters divided by 75 (plus its matches), so some 2,500
 * sentences of news length; entries expire an hour after their last use. Besides, a checker with a
 * result cache remembers the findings of the last {@value #REMEMBERED_STORIES} texts it checked, with
 * the names it knew: a re-check of a text that has not changed ("Check again") answers them at once.
 *
 * <h2>Threads</h2>
 * {@code JLanguageTool} is not thread-safe: one instance must run one check at a time. A checker
 * keeps a small pool of instances, one per processor up to {@value #MAX_INSTANCES}, and a check
 * borrows one for LanguageTool's own work, and any others that are free (the name rule, the
 * known-name filter and the sorting run outside); when all are busy, checks wait their turn in order. The instances share one result
 * cache (thread-safe) and LanguageTool's language data: measured here, the first instance costs
 * about 3 s and 100 MB, each further one about 0.1 s and 2 MB. Everything else is immutable or per
 * call, so {@link #check} may be called from any number of threads; share one checker per
 * application.
 */
public final class CopyChecker {

    /** The weight limit of LanguageTool's result cache (see above). */
    static final int CACHE_WEIGHT = 10_000;

    /** The most LanguageTool instances a checker keeps. */
    static final int MAX_INSTANCES = 4;

    private static final String WARM_UP_HEADLINE = "Talks resume in Geneva: Officials";

    /**
     * A short story that goes through every kind of rule once: quotes, figures, a date, names,
     * a misspelling (the speller's suggestion search), a repeated word, a/an, agreement, and a slip
     * for each of our grammar rules ({@link NewsGrammar}), whose filters load their word lists on
     * first use (some 0.35 s that the first story would otherwise pay).
     */
    private static final List<String> WARM_UP_BLOCKS = List.of(
            "“We are close, but close is not done,” a spokeswoman told reporters in Athens on Monday, "
                    + "March 2, 2024.",
            "Officials said the the talks had recieved support from Pyongyang, and a agreement on the "
                    + "sale of a 67 percent stake is expected by Friday.",
            "He have said that 150,000 troops, armored vehicles and helicopters were moved toward the "
                    + "border, local media reported. (Photo via AFP)",
            "Footage shows Russian a convoy crossing at least wooden bridge, and the ferries crossings were halted.");

    /** The en-GB spelling dictionary, to accept British spellings (synchronised: Morfologik is not thread-safe). */
    private static final String BRITISH_DICTIONARY = "/en/hunspell/en_GB.dict";

    private final NameConsistencyRule nameRule;
    private final Gazetteer gazetteer;
    private final MorfologikSpeller british;
    private final EnglishLexicon lexicon = EnglishLexicon.INSTANCE;
    private final ReadingFilter readings = new ReadingFilter(lexicon);
    private final BlockingQueue<JLanguageTool> instances;
    private final Set<String> spellingRules;
    private final Executor executor;

    private CopyChecker(
            NameConsistencyRule nameRule,
            Gazetteer gazetteer,
            List<JLanguageTool> languageTools,
            Executor executor,
            boolean remember) {
        this.checked = remember ? remembered() : null;
        this.nameRule = nameRule;
        this.gazetteer = gazetteer;
        this.executor = executor;
        try {
            this.british = new MorfologikSpeller(BRITISH_DICTIONARY);
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool's en-GB dictionary cannot be read.", e);
        }
        this.instances = new ArrayBlockingQueue<>(languageTools.size(), true, languageTools);
        // By id: matches served from the result cache do not carry the original rule object.
        this.spellingRules = languageTools.get(0).getAllSpellingCheckRules().stream()
                .map(SpellingCheckRule::getId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Builds the checker: LanguageTool for en-US with the news rules, the gazetteer's words given
     * to its speller, the name rule; then checks a short story once. Takes seconds; do it once.
     */
    public static CopyChecker create(Gazetteer gazetteer) {
        return create(gazetteer, ForkJoinPool.commonPool());
    }

    /**
     * As {@link #create(Gazetteer)}, running the parts of a check on this executor (in a container,
     * its managed executor).
     */
    public static CopyChecker create(Gazetteer gazetteer, Executor executor) {
        return create(gazetteer, CACHE_WEIGHT, defaultInstances(), executor);
    }

    /** One LanguageTool instance per processor, up to {@value #MAX_INSTANCES}. */
    public static int defaultInstances() {
        return Math.max(1, Math.min(MAX_INSTANCES, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * As {@link #create(Gazetteer)}, with this result cache weight limit (0: no cache) and this many
     * LanguageTool instances: for benchmarks and tests, which measure a check without the cache.
     */
    public static CopyChecker create(Gazetteer gazetteer, int cacheWeight, int instances) {
        return create(gazetteer, cacheWeight, instances, ForkJoinPool.commonPool());
    }

    static CopyChecker create(Gazetteer gazetteer, int cacheWeight, int instances, Executor executor) {
        Language english = NewsEnglish.INSTANCE;
        ResultCache cache = cacheWeight > 0 ? new ResultCache(cacheWeight, 60, TimeUnit.MINUTES) : null;
        List<String> placeWords = List.copyOf(spellerWords(gazetteer));
        List<JLanguageTool> languageTools = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            JLanguageTool languageTool = new JLanguageTool(english, null, cache);
            NewsRules.apply(languageTool);
            for (SpellingCheckRule speller : languageTool.getAllSpellingCheckRules()) {
                speller.addIgnoreTokens(placeWords);
            }
            languageTools.add(languageTool);
        }
        CopyChecker checker = new CopyChecker(
                new NameConsistencyRule(gazetteer), gazetteer, languageTools, executor, cacheWeight > 0);
        // One warm-up serves all instances: what it loads lazily (and the JIT's work) is shared.
        checker.check(
                WARM_UP_BLOCKS.stream()
                        .map(text -> Block.of(BlockType.PARAGRAPH, text))
                        .toList(),
                WARM_UP_HEADLINE,
                KnownNames.none());
        return checker;
    }

    /**
     * The words of the gazetteer's names that the speller is told to ignore: those that start with
     * a capital. A name's lower-case words are particles ("de", "al", "upon") or pieces of a
     * transliteration cut at an apostrophe or hyphen ("el hed", "Mar’ina", "Komsomol’sk-na-Amure"),
     * and the speller ignores a word in the case it is given, so they would hide real misspellings
     * ("He hed left").
     */
    static Set<String> spellerWords(Gazetteer gazetteer) {
        Set<String> words = new LinkedHashSet<>();
        for (String name : gazetteer.names()) {
            for (Words.Word word : Words.of(name)) {
                if (Character.isUpperCase(word.text().codePointAt(0))) {
                    words.add(word.text());
                }
            }
        }
        return words;
    }

    /**
     * Checks a story.
     *
     * @param blocks the body, in order
     * @param headline the headline, may be {@code null}; its findings have block key
     *     {@link Finding#HEADLINE_KEY} and index {@link Finding#HEADLINE_INDEX}
     * @param names the story's source names and the newsroom dictionary, may be {@code null}
     * @return the findings sorted by block (headline first), then offset; where the name rule and
     *     LanguageTool report overlapping spans, only the name rule's finding
     */
    public List<Finding> check(List<Block> blocks, String headline, KnownNames names) {
        List<Passage> passages = Passage.of(blocks, headline);
        if (passages.isEmpty()) {
            return List.of();
        }
        KnownNames known = names == null ? KnownNames.none() : names;
        Checked key = new Checked(passages, known);
        List<Finding> remembered = checked == null ? null : checked.get(key);
        if (remembered != null) {
            return remembered;
        }
        StoryNames storyNames = nameRule.names(passages, known);
        List<Finding> findings = new ArrayList<>(nameRule.findings(passages, storyNames, known));
        int named = findings.size();
        for (Finding finding : languageToolFindings(passages, storyNames)) {
            if (!overlapsAny(finding, findings.subList(0, named))) {
                findings.add(finding);
            }
        }
        findings.sort(IN_STORY_ORDER);
        List<Finding> result = List.copyOf(findings);
        if (checked != null) {
            checked.put(key, result);
        }
        return result;
    }

    /** What a check was given: its passages and the names it knew. */
    private record Checked(List<Passage> passages, KnownNames names) {}

    /** How many stories' last findings a checker with a result cache remembers. */
    static final int REMEMBERED_STORIES = 64;

    /**
     * The findings of the last {@value #REMEMBERED_STORIES} texts checked (with a result cache only), for a
     * re-check of a text that has not changed ("Check again", a story moved back and forth).
     */
    private final java.util.Map<Checked, List<Finding>> checked;

    private static java.util.Map<Checked, List<Finding>> remembered() {
        return java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<Checked, List<Finding>> eldest) {
                return size() > REMEMBERED_STORIES;
            }
        });
    }

    /**
     * LanguageTool's findings in the passages. With more than one instance free, the story is cut into
     * as many runs of consecutive passages of about equal length, each checked by its own instance, the
     * first on the calling thread and the others on the executor; a run no executor thread has started
     * when the caller is done is checked by the caller too, so a busy executor slows a check down but
     * never blocks it.
     */
    private List<Finding> languageToolFindings(List<Passage> passages, StoryNames names) {
        List<JLanguageTool> borrowed = new ArrayList<>();
        borrowed.add(borrow());
        try {
            while (borrowed.size() < Math.min(passages.size(), MAX_PARTS)) {
                JLanguageTool more = instances.poll();
                if (more == null) {
                    break;
                }
                borrowed.add(more);
            }
            List<List<Passage>> parts = parts(passages, borrowed.size());
            List<Part> running = new ArrayList<>();
            for (int i = 1; i < parts.size(); i++) {
                Part part = new Part(parts.get(i), borrowed.get(i), names);
                running.add(part);
                try {
                    executor.execute(part::runIfUnclaimed);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    // the caller checks it below
                }
            }
            List<Finding> findings = new ArrayList<>(findingsOf(parts.get(0), borrowed.get(0), names));
            for (Part part : running) {
                part.runIfUnclaimed();
            }
            for (Part part : running) {
                findings.addAll(part.join());
            }
            return findings;
        } finally {
            instances.addAll(borrowed);
        }
    }

    /** The most parts a check is cut into. */
    static final int MAX_PARTS = 4;

    /** Cuts the passages into at most {@code count} runs of consecutive passages of about equal length. */
    static List<List<Passage>> parts(List<Passage> passages, int count) {
        int total = 0;
        for (Passage passage : passages) {
            total += passage.text().length();
        }
        List<List<Passage>> parts = new ArrayList<>();
        List<Passage> current = new ArrayList<>();
        int done = 0;
        for (Passage passage : passages) {
            current.add(passage);
            done += passage.text().length();
            if (parts.size() < count - 1 && (long) done * count >= (long) total * (parts.size() + 1)) {
                parts.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /** A run of passages checked by one instance, on whichever thread claims it first. */
    private final class Part {

        private final List<Passage> passages;
        private final JLanguageTool languageTool;
        private final StoryNames names;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<List<Finding>> result = new CompletableFuture<>();

        Part(List<Passage> passages, JLanguageTool languageTool, StoryNames names) {
            this.passages = passages;
            this.languageTool = languageTool;
            this.names = names;
        }

        void runIfUnclaimed() {
            if (claimed.compareAndSet(false, true)) {
                try {
                    result.complete(findingsOf(passages, languageTool, names));
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            }
        }

        List<Finding> join() {
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw e;
            }
        }
    }

    /** One LanguageTool call over these passages, joined with paragraph breaks; offsets mapped back. */
    private List<Finding> findingsOf(List<Passage> passages, JLanguageTool languageTool, StoryNames names) {
        JoinedText joined = new JoinedText(passages.stream().map(Passage::text).toList());
        List<Finding> findings = new ArrayList<>();
        List<List<Words.Word>> words = new ArrayList<>(java.util.Collections.nCopies(passages.size(), null));
        try {
            for (RuleMatch match : NewsEnglish.check(languageTool, joined.text())) {
                int i = joined.partAt(match.getFromPos());
                Passage passage = passages.get(i);
                int start = match.getFromPos() - joined.offset(i);
                int end = Math.min(
                        match.getToPos() - joined.offset(i), passage.text().length());
                if (start >= passage.text().length()) {
                    continue;
                }
                if (words.get(i) == null) {
                    words.set(i, Words.of(passage.text()));
                }
                if (ignored(match, passage, start, end, names, words.get(i))) {
                    continue;
                }
                // Some rules compute suggestions lazily, with the instance: read them before returning it.
                List<String> suggestions = match.getSuggestedReplacements();
                findings.add(passage.finding(
                        match.getRule().getId(),
                        start,
                        end,
                        plain(match.getMessage()),
                        suggestions.isEmpty() ? null : suggestions.get(0)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool could not check the story.", e);
        }
        return findings;
    }

    private JLanguageTool borrow() {
        try {
            return instances.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for LanguageTool.");
        }
    }

    private boolean ignored(
            RuleMatch match, Passage passage, int start, int end, StoryNames names, List<Words.Word> passageWords) {
        String rule = match.getRule().getId();
        if (passage.displayType() && NewsRules.IGNORED_IN_DISPLAY_TYPE.contains(rule)) {
            return true;
        }
        boolean multiToken = rule.startsWith(MULTITOKEN_SPELLING);
        if (!spellingRules.contains(rule) && !multiToken) {
            List<String> suggestions = match.getSuggestedReplacements();
            return readings.wrong(
                    passage.text(), start, end, suggestions.isEmpty() ? null : suggestions.get(0), passageWords);
        }
        List<Words.Word> words = Words.of(passage.text().substring(start, end));
        if (!words.isEmpty() && words.stream().allMatch(word -> excuses(names.get(word.folded()), word))) {
            return true;
        }
        // the speller's suggestions are read last, when no cheaper excuse has answered (NewsEnglish): for a name
        // the search for near spellings is the costliest part of a check
        if (!multiToken
                && !words.isEmpty()
                && words.stream()
                        .allMatch(word -> lexicon.isFormedWord(word.text()) || lexicon.isKnownSpelling(word.text()))
                && !oneLetterFromAWord(match, passage.text().substring(start, end))) {
            // "shipbroker", "crevassed ice": words English forms from words the dictionary lists; but not
            // "threshhold", one letter from "threshold", however it splits
            return true;
        }
        if (multiToken) {
            return gazetteer.contains(passage.text().substring(start, end));
        }
        List<Words.Word> span = passageWords.stream()
                .filter(w -> w.start() >= start && w.end() <= end)
                .toList();
        if (span.isEmpty()
                || span.get(0).start() != start
                || span.get(span.size() - 1).end() != end
                || !hyphenated(passage.text(), span)) {
            return false;
        }
        if (span.stream().allMatch(word -> britishSpelling(word.text()))) {
            return true;
        }
        int next = passageWords.indexOf(span.get(span.size() - 1)) + 1;
        return unknownName(span, next < passageWords.size() ? passageWords.get(next) : null, passage, match);
    }

    /** Whether the speller's first suggestion is one word, one letter from the written one. */
    private static boolean oneLetterFromAWord(RuleMatch match, String written) {
        List<String> suggestions = match.getSuggestedReplacements();
        return !suggestions.isEmpty()
                && !suggestions.get(0).contains(" ")
                && NameDistance.plain(Words.fold(written), Words.fold(suggestions.get(0))) <= 1;
    }

    /** The rules that report a known multi-word name's spelling ("Rhondda Cynon Taff" for "Taf"). */
    private static final String MULTITOKEN_SPELLING = "EN_MULTITOKEN_SPELLING";

    /** Lower-case particles of names ("al-Hamdani", "bin Salman"). */
    private static final Set<String> NAME_PARTICLES = Set.of(
            "al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "bint", "abu", "de", "del", "della", "di",
            "da", "dos", "du", "van", "von", "der", "den", "la", "le", "ter", "ten", "y");

    /** One word, or words joined by hyphens only ("Al-Suwaidi", "town-centre"). */
    private static boolean hyphenated(String text, List<Words.Word> span) {
        for (int i = 1; i < span.size(); i++) {
            if (!text.substring(span.get(i - 1).end(), span.get(i).start()).equals("-")) {
                return false;
            }
        }
        return true;
    }

    private boolean britishSpelling(String word) {
        synchronized (british) {
            return !british.isMisspelled(word);
        }
    }

    /**
     * A word (or hyphenated compound) the speller does not know, written as a name is: capitalised, or
     * with an inner capital ("rescEU"), its other parts capitalised or particles of names ("al-Hamdani");
     * inside a sentence, or at its start when a capitalised word follows ("Reto Caduff said") or no
     * common word is one letter away ("Moncey" is one from "Money": a slip, reported).
     */
    private boolean unknownName(List<Words.Word> span, Words.Word next, Passage passage, RuleMatch match) {
        boolean named = false;
        for (Words.Word part : span) {
            if (part.capitalised() || part.innerCapital()) {
                named = true;
            } else if (!NAME_PARTICLES.contains(part.text())) {
                return false;
            }
        }
        if (!named) {
            return false;
        }
        Words.Word first = span.get(0);
        if (!first.sentenceInitial() && !passage.displayType()) {
            return true;
        }
        if (next != null && next.linkedToPrevious() && !next.sentenceInitial() && next.capitalised()) {
            return true;
        }
        List<String> suggestions = match.getSuggestedReplacements();
        if (suggestions.isEmpty()) {
            return true;
        }
        String suggestion = suggestions.get(0);
        String written = passage.text()
                .substring(first.start(), span.get(span.size() - 1).end());
        return !(lexicon.isCommonWord(suggestion)
                && NameDistance.plain(Words.fold(written), Words.fold(suggestion)) <= 1);
    }

    /**
     * Whether a known name excuses a word the speller reports. Names are known folded (case and
     * accents aside), which lets "Zurich" stand for "Zürich" and a source's name pass however it is
     * written; but a name known only from the gazetteer excuses only a word that starts with a
     * capital, since among its tens of thousands of place names some happen to be misspellings
     * written in lower case ("alot", "si": Alot in India, Si Racha in Thailand).
     */
    private static boolean excuses(StoryNames.Name name, Words.Word word) {
        return name != null
                && (Character.isUpperCase(word.text().codePointAt(0))
                        || name.origins().stream().anyMatch(origin -> origin != StoryNames.Origin.GAZETTEER));
    }

    private static boolean overlapsAny(Finding finding, List<Finding> others) {
        for (Finding other : others) {
            if (other.blockIndex() == finding.blockIndex()
                    && other.start() < finding.end()
                    && finding.start() < other.end()) {
                return true;
            }
        }
        return false;
    }

    /** LanguageTool marks suggestions in messages as {@code <suggestion>…</suggestion>}; quote them. */
    private static String plain(String message) {
        return message.replace("<suggestion>", "“").replace("</suggestion>", "”");
    }

    private static final Comparator<Finding> IN_STORY_ORDER = Comparator.comparingInt(Finding::blockIndex)
            .thenComparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::rule);
}
