package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copydesk.domain.correction.Correction;
import org.copydesk.domain.correction.CorrectionKind;
import org.copydesk.domain.correction.CorrectionRepository;
import org.copydesk.domain.sourcing.Attribution;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.workflow.Policy;
import org.copydesk.domain.workflow.Refusal;
import org.copydesk.domain.workflow.StoryState;

/**
 * Corrections to published stories: proposed by the newsroom or reported by readers, then applied (a
 * new published revision, a dated notice for all but typo fixes) or rejected; the public log and the
 * notices under each story. A reader's report is answered by the correction that resolves it: linked when
 * that correction is proposed (or afterwards), resolved when it is applied.
 *
 * <p>The four-eyes rule ({@code copydesk.corrections.fourEyes}, on unless set to {@code false}): the
 * proposer of a correction, clarification or update does not apply it (see {@link Policy}).
 */
@ApplicationScoped
@Transactional
public class CorrectionService {

    /** How many reports one reader address may send in an hour. */
    public static final int REPORTS_PER_HOUR = 5;

    public static final int REPORT_MIN = 10;
    public static final int REPORT_MAX = 2000;
    /** The window of the limit on reports; a reader key is kept no longer. */
    static final Duration REPORT_WINDOW = Duration.ofHours(1);
    /** The system property that turns the four-eyes rule off ({@code false}); on by default. */
    public static final String FOUR_EYES_PROPERTY = "copydesk.corrections.fourEyes";

    @Inject
    CorrectionRepository corrections;

    @Inject
    StoryRepository stories;

    @Inject
    org.copydesk.domain.story.RevisionRepository revisions;

    @Inject
    Clock clock;

    @Inject
    SourcingService sourcing;

    @Inject
    SourcingGuard sourcingGuard;

    @Inject
    jakarta.enterprise.event.Event<StoryCorrected> corrected;

    @Inject
    jakarta.enterprise.event.Event<CorrectionApplied> correctionApplied;

    @Inject
    jakarta.enterprise.event.Event<ReaderReported> reported;

    @Inject
    ReaderKeys readerKeys;

    /** Whether the four-eyes rule is on (read on every use, so the setting takes effect without a restart). */
    public static boolean fourEyes() {
        return !"false"
                .equalsIgnoreCase(System.getProperty(FOUR_EYES_PROPERTY, "true").strip());
    }

    public CorrectionView propose(
            long storyId,
            CorrectionKind kind,
            String blockKey,
            String before,
            String after,
            String reason,
            String notice,
            Actor by) {
        return propose(storyId, kind, blockKey, before, after, reason, notice, null, by);
    }

    /**
     * Proposes a correction; with {@code resolves}, the id of a reader's report on the same story, the report
     * is linked to it and resolved when it is applied.
     */
    public CorrectionView propose(
            long storyId,
            CorrectionKind kind,
            String blockKey,
            String before,
            String after,
            String reason,
            String notice,
            Long resolves,
            Actor by) {
        Story story = load(storyId);
        requireBlock(story, blockKey);
        Correction report = resolves == null ? null : loadCorrection(resolves);
        Correction c = corrections.store(
                Correction.propose(storyId, kind, blockKey, before, after, reason, notice, by, clock.instant()));
        if (report != null) {
            report.resolveWith(c, by, clock.instant());
        }
        return view(c, story);
    }

    /**
     * Links a reader's report to the correction that answers it: resolved now if that one is applied,
     * otherwise when it is.
     */
    public CorrectionView resolve(long reportId, long correctionId, Actor by) {
        Correction report = loadCorrection(reportId);
        report.resolveWith(loadCorrection(correctionId), by, clock.instant());
        return view(report, load(report.getStoryId()));
    }

    /** Why the actor may not apply the correction as it stands (the role and the four-eyes rule), if not. */
    public Optional<Refusal> applyRefusal(long correctionId, Actor by) {
        return loadCorrection(correctionId).applyRefusal(by, null, false, fourEyes());
    }

    /**
     * Applies a proposed correction, completing it first with what the approver gives (kind, words,
     * notice; null keeps what the proposal says). The live page shows the previous text until now.
     */
    public CorrectionView apply(
            long correctionId,
            CorrectionKind kind,
            String blockKey,
            String before,
            String after,
            String notice,
            Actor by) {
        return apply(correctionId, kind, blockKey, before, after, notice, null, by);
    }

    /**
     * As above; {@code sourceId}, when given, is the source of the claims the correction adds (each is linked
     * to it). A correction that would put a claim before readers that is not linked to a verified source
     * (or waived) is refused with every such claim listed, and nothing of it is applied.
     */
    public CorrectionView apply(
            long correctionId,
            CorrectionKind kind,
            String blockKey,
            String before,
            String after,
            String notice,
            Long sourceId,
            Actor by) {
        Correction c = loadCorrection(correctionId);
        Story story = lock(c.getStoryId());
        requireMayApply(c, kind, blockKey, before, after, notice, by);
        if (sourceId != null && sourcing.isAnonymous(sourceId)) {
            // a correction names one source for all the claims it adds and asks no reason: an anonymous source is
            // linked on the sourcing screen, where the editor says why anonymity was granted
            throw new org.copydesk.domain.sourcing.AnonymityReasonException("The source is anonymous: a correction "
                    + "cannot say why anonymity was granted. Apply it without a source, or with another, and link "
                    + "the claim on the sourcing screen.");
        }
        if (kind != null || blockKey != null || before != null || after != null || notice != null) {
            c.complete(
                    kind == null ? c.getKind() : kind,
                    blockKey == null ? c.getBlockKey() : blockKey,
                    before == null ? c.getBefore() : before,
                    after == null ? c.getAfter() : after,
                    notice == null ? c.getNotice() : notice);
        }
        requireBlock(story, c.getBlockKey());
        if (c.getBefore() == null || c.getBlockKey() == null) {
            throw new IllegalArgumentException("Say which words of which paragraph change before applying.");
        }
        List<String> unsourcedBefore = sourcingGuard.before(story);
        var revision = story.correct(
                c.getBlockKey(),
                -1,
                c.getBefore(),
                c.getAfter(),
                by,
                c.getKind().label() + ": " + c.getReason(),
                clock.instant());
        revisions.store(revision);
        c.markApplied(by, revision.getNumber(), clock.instant());
        int resolved = resolveReportsOf(c, by);
        stories.flush();
        List<Attribution> added = sourcing.redetect(story.getId(), by.username());
        if (sourceId != null) {
            for (Attribution a : added) {
                sourcing.link(story.getId(), a.getId(), sourceId, null, by);
            }
        }
        sourcingGuard.refuseNewProblems(
                story,
                unsourcedBefore,
                "This correction adds a claim that is not sourced; "
                        + "name its source (a verified one) when applying, or change the words. Nothing was applied.");
        corrected.fire(new StoryCorrected(story.getId(), story.getSlug()));
        correctionApplied.fire(new CorrectionApplied(story.getId(), c.getId(), c.getKind(), by.username(), resolved));
        return view(c, story);
    }

    /**
     * The role rule for the kind (and for a kind the approver changes it to) and the four-eyes rule: not the
     * proposer, and not an approver who rewrites a public correction while applying it.
     */
    private static void requireMayApply(
            Correction c, CorrectionKind kind, String blockKey, String before, String after, String notice, Actor by) {
        boolean rewrites = c.wouldChange(kind, blockKey, before, after, notice);
        Policy.orThrow(c.applyRefusal(by, kind, rewrites, fourEyes()));
    }

    /** The reports waiting for an applied correction are resolved by it; answers how many. */
    private int resolveReportsOf(Correction applied, Actor by) {
        List<Correction> waiting = corrections.reportsWaitingFor(applied.getId());
        waiting.forEach(r -> r.resolved(applied, by.username(), clock.instant()));
        return waiting.size();
    }

    public CorrectionView reject(long correctionId, String reason, Actor by) {
        Correction c = loadCorrection(correctionId);
        c.reject(reason, by, clock.instant());
        // the reports it would have resolved are open again: a rejected correction answers no one
        corrections.reportsWaitingFor(c.getId()).forEach(Correction::reopen);
        return view(c, load(c.getStoryId()));
    }

    public List<CorrectionView> ofStory(long storyId) {
        Story story = load(storyId);
        return corrections.corrections(storyId).stream()
                .map(c -> view(c, story))
                .toList();
    }

    /** The dated public notices under a published story. */
    public List<CorrectionView> notices(long storyId) {
        Story story = load(storyId);
        return corrections.notices(storyId).stream().map(c -> view(c, story)).toList();
    }

    /** The public corrections log, newest first. */
    public Page<CorrectionView> log(int page, int size) {
        int offset = Page.offset(page, size);
        List<CorrectionView> items = corrections.log(offset, size).stream()
                .map(c -> view(c, load(c.getStoryId())))
                .toList();
        return new Page<>(items, corrections.logCount(), page, size);
    }

    /** Proposals and reader reports waiting for the desk, oldest first. */
    public Page<CorrectionView> pending(int page, int size) {
        int offset = Page.offset(page, size);
        List<CorrectionView> items = corrections.pending(offset, size).stream()
                .map(c -> view(c, load(c.getStoryId())))
                .toList();
        return new Page<>(items, corrections.pendingCount(), page, size);
    }

    public CorrectionView find(long correctionId) {
        Correction c = loadCorrection(correctionId);
        return view(c, load(c.getStoryId()));
    }

    /**
     * A reader reports an error on a published story. Validated and limited per address; it becomes a
     * proposal in the copy desk's queue.
     */
    public CorrectionView report(String slug, String text, String contact, String address) {
        Story story = stories.findBySlug(slug)
                .filter(s -> s.getState() == StoryState.PUBLISHED)
                .orElseThrow(() -> new StoryNotFoundException("published at " + slug));
        String report = text == null ? "" : text.strip();
        if (report.length() < REPORT_MIN || report.length() > REPORT_MAX) {
            throw new IllegalArgumentException(
                    "Tell us what is wrong in " + REPORT_MIN + " to " + REPORT_MAX + " characters.");
        }
        if (contact != null
                && !contact.isBlank()
                && !contact.strip().matches("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}")) {
            throw new IllegalArgumentException("The e-mail address does not look right; leave it empty if you like.");
        }
        // the address only as a keyed hash, kept for the hour the limit counts and erased after it
        String key = readerKeys.of(address == null ? "unknown" : address);
        Instant since = clock.instant().minus(REPORT_WINDOW);
        corrections.forgetReaderKeys(since);
        if (corrections.reportsSince(key, since) >= REPORTS_PER_HOUR) {
            throw new TooManyReportsException();
        }
        Correction c = corrections.store(Correction.fromReader(story.getId(), report, contact, key, clock.instant()));
        reported.fire(new ReaderReported(story.getId(), c.getId(), report));
        return view(c, story);
    }

    private static void requireBlock(Story story, String blockKey) {
        if (blockKey == null || "headline".equals(blockKey)) {
            return;
        }
        if (story.content().blocks().stream().noneMatch(b -> b.key().equals(blockKey))) {
            throw new IllegalArgumentException("The story has no block " + blockKey + ".");
        }
    }

    private CorrectionView view(Correction c, Story story) {
        return CorrectionView.of(c, story.getSlug(), story.getHeadline());
    }

    private Correction loadCorrection(long id) {
        return corrections.correction(id).orElseThrow(() -> new NotFoundException("No correction with id " + id));
    }

    private Story load(long id) {
        return stories.find(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
    }

    /** Loads the story holding its row, for changes that make a revision (see StoryRepository#findForUpdate). */
    private Story lock(long id) {
        return stories.findForUpdate(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
    }
}
