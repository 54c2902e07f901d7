package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.copydesk.domain.copydesk.CopyDeskRepository;
import org.copydesk.domain.copydesk.Correction;
import org.copydesk.domain.copydesk.CorrectionKind;
import org.copydesk.domain.sourcing.Attribution;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.story.StoryState;
import org.copydesk.domain.user.Actor;

/**
 * Corrections to published stories: proposed by the newsroom or reported by readers, then applied (a
 * new published revision, a dated notice for all but typo fixes) or rejected; the public log and the
 * notices under each story.
 */
@ApplicationScoped
@Transactional
public class CorrectionService {

    /** How many reports one reader address may send in an hour. */
    public static final int REPORTS_PER_HOUR = 5;
    public static final int REPORT_MIN = 10;
    public static final int REPORT_MAX = 2000;

    @Inject
    CopyDeskRepository desk;

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

    public CorrectionView propose(long storyId, CorrectionKind kind, String blockKey, String before, String after,
            String reason, String notice, Actor by) {
        Story story = load(storyId);
        requireBlock(story, blockKey);
        Correction c = desk.store(Correction.propose(storyId, kind, blockKey, before, after, reason, notice, by,
                clock.instant()));
        return view(c, story);
    }

    /**
     * Applies a proposed correction, completing it first with what the approver gives (kind, words,
     * notice; null keeps what the proposal says). The live page shows the previous text until now.
     */
    public CorrectionView apply(long correctionId, CorrectionKind kind, String blockKey, String before, String after,
            String notice, Actor by) {
        return apply(correctionId, kind, blockKey, before, after, notice, null, by);
    }

    /**
     * As above; {@code sourceId}, when given, is the source of the claims the correction adds (each is linked
     * to it). A correction that would put a claim before readers that is not linked to a verified source
     * (or waived) is refused with every such claim listed, and nothing of it is applied.
     */
    public CorrectionView apply(long correctionId, CorrectionKind kind, String blockKey, String before, String after,
            String notice, Long sourceId, Actor by) {
        Correction c = loadCorrection(correctionId);
        Story story = lock(c.getStoryId());
        Correction.requireApprover(kind == null ? c.getKind() : kind, by);
        if (kind != null || blockKey != null || before != null || after != null || notice != null) {
            c.complete(kind == null ? c.getKind() : kind, blockKey == null ? c.getBlockKey() : blockKey,
                    before == null ? c.getBefore() : before, after == null ? c.getAfter() : after,
                    notice == null ? c.getNotice() : notice);
        }
        requireBlock(story, c.getBlockKey());
        if (c.getBefore() == null || c.getBlockKey() == null) {
            throw new IllegalArgumentException("Say which words of which paragraph change before applying.");
        }
        List<String> unsourcedBefore = sourcingGuard.before(story);
        var revision = story.correct(c.getBlockKey(), -1, c.getBefore(), c.getAfter(), by,
                c.getKind().label() + ": " + c.getReason(), clock.instant());
        revisions.store(revision);
        c.markApplied(by, revision.getNumber(), clock.instant());
        stories.flush();
        List<Attribution> added = sourcing.redetect(story.getId(), by.username());
        if (sourceId != null) {
            for (Attribution a : added) {
                sourcing.link(story.getId(), a.getId(), sourceId, by);
            }
        }
        sourcingGuard.refuseNewProblems(story, unsourcedBefore, "This correction adds a claim that is not sourced; "
                + "name its source (a verified one) when applying, or change the words. Nothing was applied.");
        corrected.fire(new StoryCorrected(story.getId(), story.getSlug()));
        return view(c, story);
    }

    public CorrectionView reject(long correctionId, String reason, Actor by) {
        Correction c = loadCorrection(correctionId);
        c.reject(reason, by, clock.instant());
        return view(c, load(c.getStoryId()));
    }

    public List<CorrectionView> ofStory(long storyId) {
        Story story = load(storyId);
        return desk.corrections(storyId).stream().map(c -> view(c, story)).toList();
    }

    /** The dated public notices under a published story. */
    public List<CorrectionView> notices(long storyId) {
        Story story = load(storyId);
        return desk.notices(storyId).stream().map(c -> view(c, story)).toList();
    }

    /** The public corrections log, newest first. */
    public Page<CorrectionView> log(int page, int size) {
        int offset = Page.offset(page, size);
        List<CorrectionView> items = desk.log(offset, size).stream().map(c -> view(c, load(c.getStoryId()))).toList();
        return new Page<>(items, desk.logCount(), page, size);
    }

    /** Proposals and reader reports waiting for the desk, oldest first. */
    public Page<CorrectionView> pending(int page, int size) {
        int offset = Page.offset(page, size);
        List<CorrectionView> items = desk.pending(offset, size).stream().map(c -> view(c, load(c.getStoryId())))
                .toList();
        return new Page<>(items, desk.pendingCount(), page, size);
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
        Story story = stories.findBySlug(slug).filter(s -> s.getState() == StoryState.PUBLISHED)
                .orElseThrow(() -> new StoryNotFoundException("published at " + slug));
        String report = text == null ? "" : text.strip();
        if (report.length() < REPORT_MIN || report.length() > REPORT_MAX) {
            throw new IllegalArgumentException("Tell us what is wrong in " + REPORT_MIN + " to " + REPORT_MAX
                    + " characters.");
        }
        if (contact != null && !contact.isBlank() && !contact.strip().matches("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}")) {
            throw new IllegalArgumentException("The e-mail address does not look right; leave it empty if you like.");
        }
        String who = "reader " + (address == null ? "unknown" : address);
        Instant since = clock.instant().minus(Duration.ofHours(1));
        if (desk.reportsSince(who, since) >= REPORTS_PER_HOUR) {
            throw new TooManyReportsException();
        }
        String reason = contact == null || contact.isBlank() ? report : report + " (reply to " + contact.strip() + ")";
        Correction c = desk.store(Correction.fromReader(story.getId(), reason, address, clock.instant()));
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
        return desk.correction(id).orElseThrow(() -> new NotFoundException("No correction with id " + id));
    }

    private Story load(long id) {
        return stories.find(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
    }

    /** Loads the story holding its row, for changes that make a revision (see StoryRepository#findForUpdate). */
    private Story lock(long id) {
        return stories.findForUpdate(id).orElseThrow(() -> new StoryNotFoundException("with id " + id));
    }
}
