package org.copydesk.web.ui;

import org.copydesk.domain.policy.Policy;
import org.copydesk.domain.policy.Permission;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.application.CopyDeskService;
import org.copydesk.application.CorrectionService;
import org.copydesk.application.CorrectionView;
import org.copydesk.application.FindingView;
import org.copydesk.application.NotFoundException;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.SweepHit;
import org.copydesk.domain.copydesk.CorrectionKind;
import org.copydesk.domain.story.StoryState;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.workflow.NotPermittedException;
import org.copydesk.web.security.CurrentUser;

/**
 * The copy check and corrections tabs of the story page: findings to apply or dismiss, words to add to
 * the dictionary, the archive sweep offered after a fix, and corrections proposed, applied or rejected.
 */
@Named
@ViewScoped
public class CopyDeskBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StoryEditorBean editor;

    @Inject
    CopyDeskService desk;

    @Inject
    CorrectionService corrections;

    @Inject
    CurrentUser user;

    @Inject
    org.copydesk.application.SourcingService sourcing;

    private List<org.copydesk.application.AttributionView> blockingClaims;

    private List<FindingView> findings;
    private List<CorrectionView> storyCorrections;
    private final Map<Long, String> reasons = new HashMap<>();

    private List<SweepHit> sweepHits = List.of();
    private String sweepBefore;
    private String sweepAfter;
    private final Map<Long, Boolean> sweepChosen = new HashMap<>();

    private CorrectionKind kind = CorrectionKind.CORRECTION;
    private String blockKey;
    private String before;
    private String after;
    private String reason;
    private String notice;

    private StoryDetails story() {
        return editor.getStory();
    }

    public List<FindingView> getFindings() {
        if (findings == null) {
            findings = desk.findings(story().id());
        }
        return findings;
    }

    /**
     * The claims that stop the story's next move forward (sign-off, publication): unlinked, or resting on a
     * source that is unverified or disputed and not waived. Shown on the copy desk with the way to fix each.
     */
    public List<org.copydesk.application.AttributionView> getBlockingClaims() {
        if (blockingClaims == null) {
            blockingClaims = sourcing.attributions(story().id()).stream()
                    .filter(org.copydesk.application.AttributionView::blocks).toList();
        }
        return blockingClaims;
    }

    /** Editors source a claim in place on the sourcing screen; copy editors send the story back. */
    public boolean isMaySource() {
        return Policy.allows(user.actor(), Permission.RUN_SOURCING_REVIEW);
    }

    public List<CorrectionView> getCorrections() {
        if (storyCorrections == null) {
            storyCorrections = corrections.ofStory(story().id());
        }
        return storyCorrections;
    }

    public long getOpenCount() {
        return getFindings().stream().filter(FindingView::open).count();
    }

    public void check() {
        act(() -> {
            findings = desk.check(story().id());
            Messages.info("Checked: " + getOpenCount() + " open finding" + (getOpenCount() == 1 ? "" : "s") + ".");
        });
    }

    public void apply(FindingView f) {
        act(() -> {
            sweepHits = desk.apply(story().id(), f.id(), user.actor());
            sweepBefore = f.covered();
            sweepAfter = f.suggestion();
            sweepChosen.clear();
            sweepHits.forEach(h -> sweepChosen.put(h.storyId(), Boolean.TRUE));
            Messages.info("Fixed: " + f.covered() + " → " + f.suggestion() + "."
                    + (sweepHits.isEmpty() ? "" : " The same words stand in " + sweepHits.size()
                    + " other " + (sweepHits.size() == 1 ? "story" : "stories") + "; see below."));
        });
    }

    public void dismiss(FindingView f) {
        act(() -> {
            desk.dismiss(story().id(), f.id(), reasons.get(f.id()), user.actor());
            Messages.info("Dismissed.");
        });
    }

    public void addToDictionary(FindingView f) {
        act(() -> {
            findings = desk.addToDictionary(story().id(), f.covered(), user.actor());
            Messages.info("“" + f.covered() + "” is in the newsroom dictionary now.");
        });
    }

    public void sweep() {
        List<Long> ids = new ArrayList<>();
        sweepChosen.forEach((id, chosen) -> {
            if (Boolean.TRUE.equals(chosen)) {
                ids.add(id);
            }
        });
        if (ids.isEmpty()) {
            Messages.error(null, "Choose at least one story to fix.");
            return;
        }
        act(() -> {
            int fixed = desk.sweep(sweepBefore, sweepAfter, ids, user.actor());
            Messages.info("Fixed " + fixed + " occurrence" + (fixed == 1 ? "" : "s") + " in " + ids.size()
                    + " stor" + (ids.size() == 1 ? "y" : "ies") + " as typo corrections.");
            sweepHits = List.of();
        });
    }

    public void propose() {
        act(() -> {
            corrections.propose(story().id(), kind, blockKey, before, after, reason, notice, user.actor());
            Messages.info("Correction proposed; an editor approves it.");
            before = null;
            after = null;
            reason = null;
            notice = null;
        });
    }

    public void applyCorrection(CorrectionView c) {
        act(() -> {
            corrections.apply(c.id(), null, null, null, null, null, user.actor());
            Messages.info(c.kind().label() + " applied; readers see it now.");
        });
    }

    public void rejectCorrection(CorrectionView c) {
        act(() -> {
            corrections.reject(c.id(), reasons.get(c.id()), user.actor());
            Messages.info("Rejected.");
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (NotPermittedException | IllegalArgumentException | NotFoundException e) {
            Messages.error(null, e.getMessage());
        } catch (org.copydesk.domain.workflow.TransitionRefusedException e) {
            Messages.error(null, e.getMessage(), String.join(" ", e.reasons()));
        } catch (RuntimeException e) {
            if (!Messages.storyBusy(e, "")) {
                throw e;
            }
        }
        findings = null;
        storyCorrections = null;
        blockingClaims = null;
        editor.reload();
    }

    public boolean isCopyDesk() {
        return Policy.allows(user.actor(), Permission.DECIDE_FINDINGS);
    }

    public boolean isDictionaryKeeper() {
        return Policy.allows(user.actor(), Permission.MANAGE_DICTIONARY);
    }

    public boolean isPublished() {
        return story().state() == StoryState.PUBLISHED;
    }

    public boolean mayDecide(CorrectionView c) {
        return Policy.approveCorrection(user.actor(), c.kind() == CorrectionKind.TYPO).isEmpty();
    }

    public CorrectionKind[] getKinds() {
        return CorrectionKind.values();
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public List<SweepHit> getSweepHits() {
        return sweepHits;
    }

    public Map<Long, Boolean> getSweepChosen() {
        return sweepChosen;
    }

    public String getSweepBefore() {
        return sweepBefore;
    }

    public String getSweepAfter() {
        return sweepAfter;
    }

    public CorrectionKind getKind() {
        return kind;
    }

    public void setKind(CorrectionKind kind) {
        this.kind = kind;
    }

    public String getBlockKey() {
        return blockKey;
    }

    public void setBlockKey(String blockKey) {
        this.blockKey = blockKey;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }
}
