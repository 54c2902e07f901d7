package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.domain.copyedit.CopyEditRepository;
import org.copydesk.domain.copyedit.DictionaryEntry;
import org.copydesk.domain.copyedit.FindingStatus;
import org.copydesk.domain.copyedit.StoryFinding;
import org.copydesk.domain.correction.Correction;
import org.copydesk.domain.correction.CorrectionKind;
import org.copydesk.domain.correction.CorrectionRepository;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.RevisionRepository;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.user.Actor;
import org.copydesk.engine.copycheck.Finding;
import org.copydesk.engine.copycheck.KnownNames;

/**
 * The copy desk: running the copy check and deciding its findings, the newsroom dictionary, the
 * archive sweep for a fixed near-miss. (The COPY_EDIT → READY guard on findings is {@link FindingsGuard}.)
 */
@ApplicationScoped
@Transactional
public class CopyDeskService {

    @Inject
    RegistryNames registryNames;

    @Inject
    CopyEditRepository copyEdit;

    @Inject
    CorrectionRepository corrections;

    @Inject
    StoryRepository stories;

    @Inject
    RevisionRepository revisions;

    @Inject
    SourcingService sourcing;

    @Inject
    SourcingGuard sourcingGuard;

    @Inject
    CopyCheckEngine engine;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<StoryCorrected> corrected;

    /**
     * A story arriving on the copy desk is checked at once, so its findings are waiting there. A story on
     * its way there (written, saved or submitted for sourcing review) has its text prepared in the
     * background, so that check finds LanguageTool's answers ready and the move does not wait on them.
     */
    void onStoryChanged(@jakarta.enterprise.event.Observes StoryChanged changed) {
        if (changed.kind() == StoryChanged.Kind.MOVED
                && changed.state() == org.copydesk.domain.workflow.StoryState.COPY_EDIT) {
            check(changed.storyId());
        } else if (changed.kind() != StoryChanged.Kind.ASSIGNED
                && changed.kind() != StoryChanged.Kind.SCHEDULED
                && (changed.state() == org.copydesk.domain.workflow.StoryState.DRAFT
                        || changed.state() == org.copydesk.domain.workflow.StoryState.SOURCING_REVIEW)) {
            Story story = load(changed.storyId());
            engine.prepare(story.getId(), story.content().blocks(), story.getHeadline());
        }
    }

    /** Checks the story's current text; decisions made before are kept, findings that are gone drop. */
    public List<FindingView> check(long storyId) {
        Story story = load(storyId);
        KnownNames names =
                KnownNames.of(sourcing.linkedSourceNames(storyId), copyEdit.dictionary(), registryNames.names());
        List<Finding> fresh = engine.check(story.content().blocks(), story.getHeadline(), names);
        List<StoryFinding> existing = new ArrayList<>(copyEdit.findings(storyId));
        Map<String, String> texts = texts(story);
        List<StoryFinding> kept = new ArrayList<>();
        for (Finding f : fresh) {
            String text = texts.get(f.blockKey());
            if (text == null || f.end() > text.length()) {
                continue;
            }
            String covered = text.substring(f.start(), f.end());
            StoryFinding same = existing.stream()
                    .filter(e -> e.sameAs(f.rule(), f.blockKey(), covered))
                    .findFirst()
                    .orElse(null);
            if (same != null) {
                same.moveTo(f.start(), f.end());
                existing.remove(same);
                kept.add(same);
            } else {
                kept.add(copyEdit.store(new StoryFinding(
                        storyId,
                        f.rule(),
                        f.blockKey(),
                        f.start(),
                        f.end(),
                        covered,
                        f.excerpt(),
                        f.message(),
                        f.suggestion())));
            }
        }
        // What was not found again: open findings are gone (the text changed); decisions stay on record.
        for (StoryFinding gone : existing) {
            if (gone.getStatus() == FindingStatus.OPEN) {
                copyEdit.remove(gone);
            }
        }
        return findings(storyId);
    }

    public List<FindingView> findings(long storyId) {
        Story story = load(storyId);
        Map<String, Integer> index = blockIndex(story);
        return copyEdit.findings(storyId).stream()
                .map(f -> FindingView.of(f, index.getOrDefault(f.getBlockKey(), -1)))
                .sorted(java.util.Comparator.comparingInt(FindingView::blockIndex)
                        .thenComparingInt(FindingView::start))
                .toList();
    }

    /**
     * Applies a finding's suggestion: only those words change; a revision and a TYPO correction record
     * are made. Answers the other stories that have the same near-miss, for the archive sweep.
     */
    public List<SweepHit> apply(long storyId, long findingId, Actor by) {
        Story story = lock(storyId); // before the finding, so a second apply reads the first one's outcome
        StoryFinding finding = loadFinding(storyId, findingId);
        if (finding.getSuggestion() == null) {
            throw new IllegalArgumentException("This finding has no suggestion; edit the text or dismiss it.");
        }
        Correction.requireApprover(CorrectionKind.TYPO, by);
        String reason = "Copy fix: " + finding.getCovered() + " → " + finding.getSuggestion();
        correct(
                story,
                finding.getBlockKey(),
                finding.getStart(),
                finding.getCovered(),
                finding.getSuggestion(),
                reason,
                by);
        finding.applied(by, clock.instant());
        return sweepCandidates(finding.getCovered(), storyId);
    }

    public FindingView dismiss(long storyId, long findingId, String reason, Actor by) {
        StoryFinding finding = loadFinding(storyId, findingId);
        finding.dismiss(reason, by, clock.instant());
        return FindingView.of(finding, blockIndex(load(storyId)).getOrDefault(finding.getBlockKey(), -1));
    }

    /** Adds the word to the dictionary and checks the story again, so it is no longer reported there. */
    public List<FindingView> addToDictionary(long storyId, String word, Actor by) {
        String w = word == null ? "" : word.strip();
        if (!copyEdit.dictionary().contains(w)) {
            copyEdit.store(new DictionaryEntry(w, by, clock.instant()));
        }
        return check(storyId);
    }

    public Set<String> dictionary() {
        return copyEdit.dictionary();
    }

    /**
     * How many other stories the archive sweep offers: the newest that have the words. The sweep fixes the
     * chosen ones in one request, about 0.1 s a story; older stories are left as they stand (the API's
     * sweep takes any story ids).
     */
    static final int SWEEP_OFFERED = 50;

    /** Other stories (any state but retracted) where the same words stand as a whole word, newest first. */
    public List<SweepHit> sweepCandidates(String words, long exceptStoryId) {
        Pattern whole = wholeWord(words);
        List<SweepHit> hits = new ArrayList<>();
        for (long id : copyEdit.storiesContaining(words, exceptStoryId, SWEEP_OFFERED)) {
            Story other = load(id);
            if (other.getState() == org.copydesk.domain.workflow.StoryState.RETRACTED) {
                continue;
            }
            int count = 0;
            String excerpt = null;
            for (String text : texts(other).values()) {
                Matcher m = whole.matcher(text);
                while (m.find()) {
                    count++;
                    if (excerpt == null) {
                        excerpt = text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40));
                    }
                }
            }
            if (count > 0) {
                hits.add(new SweepHit(id, other.getHeadline(), other.getState(), count, excerpt));
            }
        }
        return hits;
    }

    /** Fixes the same near-miss in the chosen stories, each as a TYPO correction (published ones too). */
    public int sweep(String before, String after, List<Long> storyIds, Actor by) {
        Correction.requireApprover(CorrectionKind.TYPO, by);
        if (before == null || before.isBlank() || after == null || after.isBlank()) {
            throw new IllegalArgumentException("Say which words are replaced by which.");
        }
        Pattern whole = wholeWord(before);
        int fixed = 0;
        for (long id : new TreeSet<>(storyIds)) { // in id order, so two sweeps never lock crosswise
            Story story = lock(id);
            List<String> unsourcedBefore = sourcingGuard.before(story);
            boolean claimsMayMove = false;
            for (Map.Entry<String, String> block : texts(story).entrySet()) {
                Matcher m = whole.matcher(block.getValue());
                List<Integer> at = new ArrayList<>();
                while (m.find()) {
                    at.add(m.start());
                }
                for (int i = at.size() - 1; i >= 0; i--) {
                    replace(
                            story,
                            block.getKey(),
                            at.get(i),
                            before,
                            after,
                            "Archive sweep: " + before + " → " + after,
                            by);
                    fixed++;
                }
                claimsMayMove |= !at.isEmpty() && !StoryFinding.HEADLINE.equals(block.getKey());
            }
            // one re-detection and one guard a story, however many times the words stand in it
            settle(story, unsourcedBefore, claimsMayMove, by);
        }
        return fixed;
    }

    private void correct(Story story, String blockKey, int at, String before, String after, String reason, Actor by) {
        List<String> unsourcedBefore = sourcingGuard.before(story);
        replace(story, blockKey, at, before, after, reason, by);
        settle(story, unsourcedBefore, !StoryFinding.HEADLINE.equals(blockKey), by);
    }

    /** One replacement: a revision and an applied TYPO correction; the block's claims follow the words. */
    private void replace(Story story, String blockKey, int at, String before, String after, String reason, Actor by) {
        Correction record = Correction.propose(
                story.getId(), CorrectionKind.TYPO, blockKey, before, after, reason, null, by, clock.instant());
        String oldText = texts(story).get(blockKey);
        var revision = story.correct(blockKey, at, before, after, by, reason, clock.instant());
        revisions.store(revision);
        record.markApplied(by, revision.getNumber(), clock.instant());
        corrections.store(record);
        if (!StoryFinding.HEADLINE.equals(blockKey)) {
            // a copy fix inside a claim never unlinks it: the claim follows the fix and keeps its decision
            sourcing.followCopyFix(
                    story.getId(), blockKey, oldText, texts(story).get(blockKey), by.username());
        }
    }

    /**
     * After a story's replacements: the story is re-detected, and refused (rolled back) if its words now read
     * as a claim nobody sourced; readers' caches hear of the correction.
     */
    private void settle(Story story, List<String> unsourcedBefore, boolean claimsMayMove, Actor by) {
        stories.flush();
        if (claimsMayMove) {
            sourcing.redetect(story.getId(), by.username());
            sourcingGuard.refuseNewProblems(
                    story,
                    unsourcedBefore,
                    "This fix would make words of the story read "
                            + "as a claim that is not sourced; nothing was changed. Edit the text instead.");
        }
        corrected.fire(new StoryCorrected(story.getId(), story.getSlug()));
    }

    static Pattern wholeWord(String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])");
    }

    private static Map<String, String> texts(Story story) {
        Map<String, String> texts = new HashMap<>();
        texts.put(StoryFinding.HEADLINE, story.getHeadline());
        for (Block b : story.content().blocks()) {
            texts.put(b.key(), b.text());
        }
        return texts;
    }

    private static Map<String, Integer> blockIndex(Story story) {
        Map<String, Integer> index = new HashMap<>();
        List<Block> blocks = story.content().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            index.put(blocks.get(i).key(), i);
        }
        return index;
    }

    private StoryFinding loadFinding(long storyId, long findingId) {
        return copyEdit.finding(findingId)
                .filter(f -> f.getStoryId() == storyId)
                .orElseThrow(() -> new NotFoundException("Story " + storyId + " has no finding " + findingId));
    }

    private Story load(long id) {
        return stories.find(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
    }

    /** Loads the story holding its row, for changes that make a revision (see StoryRepository#findForUpdate). */
    private Story lock(long id) {
        return stories.findForUpdate(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
    }
}
