package org.copydesk.web.ui;

import org.copydesk.domain.policy.Policy;
import org.copydesk.domain.policy.Permission;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.application.AttributionView;
import org.copydesk.application.NotFoundException;
import org.copydesk.application.SourceView;
import org.copydesk.application.SourcingService;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryDetails.BlockView;
import org.copydesk.application.StoryQueries;
import org.copydesk.application.WorkflowOptionView;
import org.copydesk.application.WorkflowService;
import org.copydesk.domain.revision.WordDiff;
import org.copydesk.domain.sourcing.AttributionStatus;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.sourcing.VerificationStatus;
import org.copydesk.domain.story.StoryState;
import org.copydesk.domain.workflow.NotPermittedException;
import org.copydesk.domain.workflow.TransitionRefusedException;
import org.copydesk.web.security.CurrentUser;

/**
 * The sourcing review screen: the story with its attributions highlighted by verification status, and
 * a panel to link each one to a source (existing or new), verify or dispute the source, waive or reject
 * it, or mark a claim the detector missed.
 */
@Named
@ViewScoped
public class SourcingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SourcingService sourcing;

    @Inject
    StoryQueries queries;

    @Inject
    WorkflowService workflow;

    @Inject
    CurrentUser user;

    private Long id;
    private StoryDetails story;
    private List<AttributionView> attributions = List.of();
    private List<WorkflowOptionView> options = List.of();
    private final Map<Long, SourceView> chosen = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    private String selBlockKey;
    private Integer selStart;
    private Integer selEnd;

    public void load() {
        try {
            story = queries.find(id == null ? -1 : id);
            refresh();
        } catch (NotFoundException e) {
            DeskErrors.noSuchStory(id == null ? null : String.valueOf(id));
        }
    }

    private void refresh() {
        story = queries.find(story.id());
        attributions = sourcing.attributions(story.id());
        options = workflow.options(story.id(), user.actor()).stream()
                .filter(o -> o.to() == StoryState.COPY_EDIT || o.to() == StoryState.DRAFT).toList();
    }

    /** Sources whose name, alias or role matches what the editor typed. */
    public List<SourceView> completeSource(String query) {
        return sourcing.searchSources(query, 0, 10).items();
    }

    public void link(AttributionView a) {
        SourceView source = chosen.get(a.id());
        if (source == null) {
            Messages.error(null, "Pick a source from the list first, or create one from the proposal.");
            return;
        }
        act(() -> sourcing.link(story.id(), a.id(), source.id(), user.actor()), "Linked to " + source.name() + ".");
    }

    public void linkSuggested(AttributionView a) {
        act(() -> sourcing.link(story.id(), a.id(), a.suggested().id(), user.actor()),
                "Linked to " + a.suggested().name() + ".");
    }

    public void linkNew(AttributionView a) {
        act(() -> sourcing.linkNew(story.id(), a.id(), a.proposedName(), a.proposedKind(), a.proposedRole(),
                user.actor()), "Linked to " + a.proposedName() + ".");
    }

    public void reject(AttributionView a) {
        act(() -> sourcing.reject(story.id(), a.id(), notes.get(a.id()), user.actor()), "Rejected: not a claim.");
    }

    public void waive(AttributionView a) {
        act(() -> sourcing.waive(story.id(), a.id(), notes.get(a.id()), user.actor()), "Waived.");
    }

    public void verify(AttributionView a, VerificationStatus status) {
        act(() -> sourcing.verify(a.source().id(), status, notes.get(a.id()), user.actor()),
                a.source().name() + " is now " + status.name().toLowerCase() + ".");
    }

    /** Marks the text the editor selected as an attribution. */
    public void addSelection() {
        if (selBlockKey == null || selStart == null || selEnd == null) {
            Messages.error(null, "Select the words that attribute a claim in the story first.");
            return;
        }
        act(() -> sourcing.add(story.id(), selBlockKey, selStart, selEnd, user.actor()), "Attribution added.");
        selBlockKey = null;
        selStart = null;
        selEnd = null;
    }

    public void move(StoryState to, String note) {
        try {
            workflow.move(story.id(), to, note, user.actor(), null);
            Messages.info("The story moved to " + StoryEditorBean.label(to) + ".");
            Messages.keepForRedirect();
            FacesContext.getCurrentInstance().getExternalContext().redirect(FacesContext.getCurrentInstance()
                    .getExternalContext().getRequestContextPath() + "/desk/story.xhtml?id=" + story.id());
        } catch (TransitionRefusedException e) {
            Messages.error(null, e.getMessage(), String.join(" ", e.reasons()));
        } catch (NotPermittedException e) {
            Messages.error(null, e.getMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
        } catch (NotPermittedException | IllegalArgumentException | NotFoundException e) {
            Messages.error(null, e.getMessage());
        }
        refresh();
    }

    /** The block's text as HTML with each attribution marked; every piece of text is escaped. */
    public String highlighted(BlockView block) {
        List<AttributionView> here = new ArrayList<>(attributions.stream()
                .filter(a -> a.present() && a.blockKey().equals(block.key())).toList());
        here.sort(Comparator.comparingInt(AttributionView::start));
        StringBuilder html = new StringBuilder();
        int at = 0;
        String text = block.text();
        for (AttributionView a : here) {
            if (a.start() < at || a.end() > text.length()) {
                continue; // overlapping or out of range: shown in the panel only
            }
            html.append(WordDiff.escapeHtml(text.substring(at, a.start())));
            html.append("<mark class=\"cd-attr cd-attr-").append(cssState(a)).append("\" id=\"attr-").append(a.id())
                    .append("\" title=\"").append(WordDiff.escapeHtml(sourceLabel(a))).append("\">")
                    .append(WordDiff.escapeHtml(text.substring(a.start(), a.end()))).append("</mark>");
            at = a.end();
        }
        html.append(WordDiff.escapeHtml(text.substring(at)));
        return html.toString();
    }

    public static String cssState(AttributionView a) {
        if (a.status() == AttributionStatus.REJECTED) {
            return "rejected";
        }
        if (a.source() == null) {
            return "unlinked";
        }
        return a.waived() ? "waived" : a.source().status().name().toLowerCase();
    }

    public static String sourceLabel(AttributionView a) {
        if (a.source() != null) {
            return a.source().label() + " · " + a.source().status().name().toLowerCase();
        }
        return a.proposedName() == null ? "no source yet" : "proposed: " + a.proposedName();
    }

    public long getBlockingCount() {
        return attributions.stream().filter(AttributionView::blocks).count();
    }

    public boolean isEditor() {
        return Policy.allows(user.actor(), Permission.RUN_SOURCING_REVIEW);
    }

    public SourceKind[] getKinds() {
        return SourceKind.values();
    }

    public VerificationStatus[] getStatuses() {
        return VerificationStatus.values();
    }

    public Map<Long, SourceView> getChosen() {
        return chosen;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public StoryDetails getStory() {
        return story;
    }

    public List<AttributionView> getAttributions() {
        return attributions;
    }

    public List<WorkflowOptionView> getOptions() {
        return options;
    }

    public String getSelBlockKey() {
        return selBlockKey;
    }

    public void setSelBlockKey(String selBlockKey) {
        this.selBlockKey = selBlockKey;
    }

    public Integer getSelStart() {
        return selStart;
    }

    public void setSelStart(Integer selStart) {
        this.selStart = selStart;
    }

    public Integer getSelEnd() {
        return selEnd;
    }

    public void setSelEnd(Integer selEnd) {
        this.selEnd = selEnd;
    }
}
