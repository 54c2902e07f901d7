package org.copydesk.web.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
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
import org.copydesk.domain.correction.CorrectionKind;
import org.copydesk.domain.correction.CorrectionStatus;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;
import org.copydesk.domain.workflow.Refusal;
import org.copydesk.domain.workflow.StoryState;
import org.copydesk.web.security.CurrentUser;
import org.primefaces.component.tabview.Tab;

/**
 * The copy check and corrections tabs of the story page: findings to apply or dismiss, words to add to
 * the dictionary, the archive sweep offered after a fix, and corrections proposed, applied or rejected.
 * A reader's report is answered here: turned into a correction (the proposal form filled from it, the
 * proposal resolving it) or linked to a correction the story already has. The dashboard's queue opens the
 * story with {@code ?report=} to answer one.
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

    /** Per correction, the source an editor names for a claim the correction adds. */
    private final Map<Long, org.copydesk.application.SourceView> claimSources = new HashMap<>();

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

    /** The reader's report the proposal form answers (it resolves the report), or null. */
    private CorrectionView answering;
    /** The report named in the address (?report=), to answer it on arrival. */
    private Long reportParam;
    /** How to answer it: "link" shows it among the corrections to link it; otherwise the form is filled from it. */
    private String reportMode;
    /** The report shown highlighted in the list (to link it), or null. */
    private Long focusReport;
    /** For each open report: the correction chosen to link it to. */
    private final Map<Long, Long> linkChoice = new HashMap<>();
    /** Per correction: why the user may not apply it ("" when they may); asked again after every action. */
    private final Map<Long, String> applyRefusals = new HashMap<>();

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
                    .filter(org.copydesk.application.AttributionView::blocks)
                    .toList();
        }
        return blockingClaims;
    }

    /**
     * What the writing surface highlights (surface.js): each open copy-check finding and each claim, with the
     * block's text as checked — a block edited since no longer matches and shows none of its highlights until
     * the next check. JSON, for a data attribute.
     */
    public String getSurfaceMarks() {
        java.util.Map<String, String> texts = new HashMap<>();
        for (StoryDetails.BlockView b : story().blocks()) {
            texts.put(b.key(), b.text());
        }
        jakarta.json.JsonArrayBuilder marks = jakarta.json.Json.createArrayBuilder();
        for (FindingView f : getFindings()) {
            String text = f.blockKey() == null ? null : texts.get(f.blockKey());
            if (f.open() && text != null && f.end() <= text.length()) {
                marks.add(mark(
                        "finding",
                        f.blockIndex(),
                        text,
                        f.start(),
                        f.end(),
                        "Copy check: " + f.message()
                                + (f.suggestion() == null ? "" : " Suggested: \u201c" + f.suggestion() + "\u201d.")));
            }
        }
        for (org.copydesk.application.AttributionView a : sourcing.attributions(story().id())) {
            String text = texts.get(a.blockKey());
            if (!a.present()
                    || text == null
                    || a.end() > text.length()
                    || a.status() == org.copydesk.domain.sourcing.AttributionStatus.REJECTED) {
                continue;
            }
            String said = a.source() == null
                    ? "not linked to a source yet"
                    : "source: " + a.source().name() + " ("
                            + a.source().status().name().toLowerCase(java.util.Locale.ROOT) + ")";
            marks.add(mark(
                    a.blocks() ? "claim-open" : "claim",
                    a.blockIndex(),
                    text,
                    a.start(),
                    a.end(),
                    "Claim \u201c" + a.span() + "\u201d, " + said + "."));
        }
        return marks.build().toString();
    }

    private static jakarta.json.JsonObject mark(String kind, int index, String text, int start, int end, String title) {
        return jakarta.json.Json.createObjectBuilder()
                .add("kind", kind)
                .add("index", index)
                .add("text", text)
                .add("start", start)
                .add("end", end)
                .add("title", title)
                .build();
    }

    /** Editors source a claim in place on the sourcing screen; copy editors send the story back. */
    public boolean isMaySource() {
        return Policy.allows(user.actor(), Permission.RUN_SOURCING_REVIEW);
    }

    public Map<Long, org.copydesk.application.SourceView> getClaimSources() {
        return claimSources;
    }

    /** Sources whose name, alias or role matches what the editor typed. */
    public List<org.copydesk.application.SourceView> completeSource(String query) {
        return sourcing.searchSources(query, 0, 10).items();
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
                    + (sweepHits.isEmpty()
                            ? ""
                            : " The same words stand in " + sweepHits.size() + " other "
                                    + (sweepHits.size() == 1 ? "story" : "stories") + "; see below."));
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
            Messages.info("Fixed " + fixed + " occurrence" + (fixed == 1 ? "" : "s") + " in " + ids.size() + " stor"
                    + (ids.size() == 1 ? "y" : "ies") + " as typo corrections.");
            sweepHits = List.of();
        });
    }

    public void propose() {
        act(() -> {
            Long resolves = answering == null ? null : answering.id();
            corrections.propose(story().id(), kind, blockKey, before, after, reason, notice, resolves, user.actor());
            Messages.info(kind.label() + " proposed; an editor approves it."
                    + (resolves == null ? "" : " The reader's report is resolved when it is applied."));
            before = null;
            after = null;
            reason = null;
            notice = null;
            answering = null;
        });
    }

    /** On arrival with ?report=: answers that report of this story, if it is still open. */
    public void openReport() {
        if (reportParam == null || story() == null) {
            return;
        }
        getCorrections().stream()
                .filter(c -> c.id() == reportParam)
                .findFirst()
                .ifPresentOrElse(
                        report -> {
                            if (isOpenReport(report) && "link".equals(reportMode)) {
                                focusReport = report.id();
                                Messages.info("Reader report #" + report.id()
                                        + " is highlighted below: choose the correction that"
                                        + " answers it and link it.");
                            } else if (isOpenReport(report)) {
                                answer(report);
                            } else {
                                Messages.warn(
                                        "Reader report " + reportParam + " is answered already.", statusLine(report));
                            }
                        },
                        () -> Messages.warn(
                                "This story has no reader report " + reportParam + ".",
                                "Answer reports from the story they are about."));
    }

    /** Fills the proposal form from a reader's report: the proposal will resolve it. */
    public void answer(CorrectionView report) {
        answering = report;
        kind = CorrectionKind.CORRECTION;
        reason = "Reader report: " + report.reason();
        notice = null;
        before = null;
        after = null;
    }

    public void stopAnswering() {
        answering = null;
        reason = null;
    }

    /** Links an open reader's report to the correction chosen for it. */
    public void link(CorrectionView report) {
        Long chosen = linkChoice.get(report.id());
        if (chosen == null) {
            Messages.error(null, "Choose the correction that answers the report.");
            return;
        }
        act(() -> {
            CorrectionView linked = corrections.resolve(report.id(), chosen, user.actor());
            Messages.info(
                    linked.status() == CorrectionStatus.RESOLVED
                            ? "The reader's report is resolved by correction " + chosen + "."
                            : "The reader's report waits for correction " + chosen
                                    + "; it is resolved when that is applied.");
            if (answering != null && answering.id() == report.id()) {
                stopAnswering();
            }
        });
    }

    /** A reader's report nobody has answered yet: no correction linked, not rejected. */
    public boolean isOpenReport(CorrectionView c) {
        return c.fromReader() && c.status() == CorrectionStatus.PROPOSED && c.resolvedBy() == null;
    }

    /** The corrections of this story a report can be linked to: proposed or applied, not reports themselves. */
    public List<CorrectionView> getAnswers() {
        return getCorrections().stream()
                .filter(c -> !c.fromReader()
                        && (c.status() == CorrectionStatus.PROPOSED || c.status() == CorrectionStatus.APPLIED))
                .toList();
    }

    /** A correction as a choice in a list: its number, kind, state and words. */
    public String label(CorrectionView c) {
        String words = c.before() == null ? c.reason() : "“" + c.before() + "” → “" + c.after() + "”";
        String line =
                "#" + c.id() + " " + c.kind().label() + " (" + c.status().name().toLowerCase() + "): " + words;
        return line.length() > 90 ? line.substring(0, 89) + "…" : line;
    }

    /** Where a correction or report stands, in words (a report names the correction that answers it). */
    public String statusLine(CorrectionView c) {
        if (c.fromReader() && c.status() == CorrectionStatus.RESOLVED) {
            return "Resolved by correction #" + c.resolvedBy() + ".";
        }
        if (c.waiting()) {
            return "Waiting for correction #" + c.resolvedBy() + ", which resolves it when applied.";
        }
        return c.status().name().charAt(0) + c.status().name().substring(1).toLowerCase();
    }

    /** Why the signed-in user may not apply this correction (e.g. the four-eyes rule), or null if they may. */
    public String applyRefusal(CorrectionView c) {
        return applyRefusals.computeIfAbsent(c.id(), id -> corrections
                .applyRefusal(id, user.actor())
                .map(Refusal::message)
                .orElse(""));
    }

    public void applyCorrection(CorrectionView c) {
        act(() -> {
            org.copydesk.application.SourceView source = claimSources.get(c.id());
            corrections.apply(c.id(), null, null, null, null, null, source == null ? null : source.id(), user.actor());
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
        } catch (org.copydesk.domain.exception.TransitionRefusedException e) {
            Messages.error(null, e.getMessage(), String.join(" ", e.reasons()));
        } catch (RuntimeException e) {
            if (!Messages.storyBusy(e, "")) {
                throw e;
            }
        }
        findings = null;
        storyCorrections = null;
        blockingClaims = null;
        applyRefusals.clear();
        focusReport = null;
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
        return Policy.approveCorrection(user.actor(), c.kind() == CorrectionKind.TYPO)
                .isEmpty();
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

    public CorrectionView getAnswering() {
        return answering;
    }

    public Long getReportParam() {
        return reportParam;
    }

    public void setReportParam(Long reportParam) {
        this.reportParam = reportParam;
    }

    public String getReportMode() {
        return reportMode;
    }

    public void setReportMode(String reportMode) {
        this.reportMode = reportMode;
    }

    public Long getFocusReport() {
        return focusReport;
    }

    public Map<Long, Long> getLinkChoice() {
        return linkChoice;
    }

    /**
     * The tab the story page opens on: the Corrections tab while a report is being answered, else the first.
     * Found by the tab's id among the rendered tabs, so adding a tab elsewhere does not move it.
     */
    public int getActiveTab() {
        if (answering == null && focusReport == null) {
            return 0;
        }
        UIComponent tabs = FacesContext.getCurrentInstance().getViewRoot().findComponent("tabs");
        int index = 0;
        for (UIComponent child : tabs == null ? List.<UIComponent>of() : tabs.getChildren()) {
            if (child instanceof Tab && child.isRendered()) {
                if ("correctionsTab".equals(child.getId())) {
                    return index;
                }
                index++;
            }
        }
        return 0;
    }

    /** The tab view may write its index back; the page decides it, so nothing is kept. */
    public void setActiveTab(int index) {
        // the active tab follows what the user answers (getActiveTab), not what the browser last showed
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
