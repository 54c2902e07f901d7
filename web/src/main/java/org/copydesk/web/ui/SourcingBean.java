package org.copydesk.web.ui;

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
import org.copydesk.application.LinkAllResult;
import org.copydesk.application.NotFoundException;
import org.copydesk.application.SourceView;
import org.copydesk.application.SourcingDeskView;
import org.copydesk.application.SourcingService;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryDetails.BlockView;
import org.copydesk.application.WorkflowOptionView;
import org.copydesk.application.WorkflowService;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.exception.TransitionRefusedException;
import org.copydesk.domain.revision.WordDiff;
import org.copydesk.domain.sourcing.AttributionStatus;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.sourcing.VerificationStatus;
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;
import org.copydesk.domain.workflow.StoryState;
import org.copydesk.web.Formats;
import org.copydesk.web.security.CurrentUser;
import org.primefaces.PrimeFaces;

/**
 * The sourcing review screen: the story with its attributions highlighted by verification status, and
 * a panel to link each one to a source (existing or new), verify or dispute the source, waive or reject
 * it, or mark a claim the detector missed.
 *
 * <p>Every action is an ajax request that re-renders only what it changed: the cards whose attribution
 * changed (verifying a source changes every card resting on it; a new source changes the suggestion of
 * every other card proposing that name), the highlights in the text, the gate line and the messages.
 * The whole list is re-rendered only when claims come or go. So the panel keeps its scroll position and
 * the page is never reloaded (docs/sourcing.md, "The sourcing desk").
 */
@Named
@ViewScoped
public class SourcingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SourcingService sourcing;

    @Inject
    WorkflowService workflow;

    @Inject
    CurrentUser user;

    private Long id;
    private StoryDetails story;
    private List<AttributionView> attributions = List.of();
    private List<WorkflowOptionView> options = List.of();
    /** The claim the panel's "another source" search links (the focused card, set by sourcing.js). */
    private Long target;

    private SourceView picked;
    private final Map<Long, String> notes = new HashMap<>();
    /** The inline proposal editor's fields, per attribution; refilled from the proposals on every refresh. */
    private final Map<Long, ProposalForm> proposals = new HashMap<>();
    /**
     * "Why was anonymity granted?" per card, kept across refreshes until the claim is linked (a refused link
     * keeps what the editor typed); and the panel search's own, for a source picked there.
     */
    private final Map<Long, String> reasons = new HashMap<>();

    private String pickedReason;

    private String selBlockKey;
    private Integer selStart;
    private Integer selEnd;

    public void load() {
        try {
            refresh(id == null ? -1 : id);
        } catch (NotFoundException e) {
            DeskErrors.noSuchStory(id == null ? null : String.valueOf(id));
        }
    }

    private void refresh() {
        refresh(story.id());
    }

    private void refresh(long storyId) {
        SourcingDeskView desk = sourcing.desk(storyId);
        story = desk.story();
        attributions = desk.attributions();
        options = workflow.options(story.id(), user.actor()).stream()
                .filter(o -> o.to() == StoryState.COPY_EDIT || o.to() == StoryState.DRAFT)
                .toList();
        proposals.clear();
        for (AttributionView a : attributions) {
            proposals.put(a.id(), new ProposalForm(a.proposedName(), a.proposedKind(), a.proposedRole()));
        }
    }

    /** Sources whose name, alias or role matches what the editor typed. */
    public List<SourceView> completeSource(String query) {
        return sourcing.searchSources(query, 0, 10).items();
    }

    /**
     * Links the focused claim to the source picked in the panel's search: one search for all cards (a
     * search box on every card made every re-rendered card start a widget).
     */
    public void linkPicked() {
        AttributionView a = target == null
                ? null
                : attributions.stream()
                        .filter(x -> x.id() == target)
                        .findFirst()
                        .orElse(null);
        if (a == null) {
            Messages.error(null, "Choose the claim first: click its card or its highlight, or press j.");
            rerender(attributions);
            return;
        }
        SourceView source = picked;
        if (source == null) {
            Messages.error(null, "Pick a source from the list first, or create one from the proposal.");
            rerender(attributions);
            return;
        }
        FacesContext.getCurrentInstance().getPartialViewContext().getRenderIds().add("sourcing:pickBox");
        if (source.kind() == SourceKind.ANONYMOUS && blank(pickedReason)) {
            whyMissing(PICK_WHY, a.id(), source.name());
            rerender(attributions);
            return;
        }
        boolean done = linkAsking(PICK_WHY, a, () -> {
            sourcing.link(story.id(), a.id(), source.id(), pickedReason, user.actor());
            return "Linked “" + a.span() + "” to " + source.name() + ".";
        });
        if (done) {
            picked = null;
            pickedReason = null;
        }
    }

    /** The panel search's "Why was anonymity granted?" (shown once an anonymous source is picked). */
    static final String PICK_WHY = "sourcing:pickWhy";

    public void linkSuggested(AttributionView a) {
        if (needsReason(a) && blank(reasons.get(a.id()))) {
            whyMissing(whyField(a), a.id(), a.suggested().name());
            rerender(attributions);
            return;
        }
        linkAsking(whyField(a), a, () -> {
            sourcing.link(story.id(), a.id(), a.suggested().id(), reasons.get(a.id()), user.actor());
            return "Linked to " + a.suggested().name() + ".";
        });
    }

    /**
     * Whether linking the card's claim asks why anonymity was granted: its registry match is anonymous, or,
     * with none, the new source would be (the kind in the card's proposal editor).
     */
    public boolean needsReason(AttributionView a) {
        if (a.status() == AttributionStatus.LINKED || a.status() == AttributionStatus.REJECTED) {
            return false;
        }
        if (a.suggested() != null) {
            return a.suggested().kind() == SourceKind.ANONYMOUS;
        }
        ProposalForm form = proposals.get(a.id());
        return (form == null ? a.proposedKind() : form.getKind()) == SourceKind.ANONYMOUS;
    }

    /** The client id of a card's "Why was anonymity granted?" field (the row of the cards' ui:repeat). */
    private String whyField(AttributionView a) {
        for (int i = 0; i < attributions.size(); i++) {
            if (attributions.get(i).id() == a.id()) {
                return "sourcing:list:" + i + ":why";
            }
        }
        return null;
    }

    /**
     * The reason is missing: said next to the field (its card, or the panel's search, is re-rendered to show it;
     * sourcing.js focuses the field); nothing is linked.
     */
    private static void whyMissing(String field, long attributionId, String sourceName) {
        Messages.error(field, "Say why anonymity was granted: “" + sourceName + "” is an anonymous source.");
        renderFieldOf(field);
        PrimeFaces.current().ajax().addCallbackParam("needsWhy", attributionId);
    }

    /** Re-renders what holds the field: its card ("sourcing:list:3:why" → "sourcing:list:3:card") or itself. */
    private static void renderFieldOf(String field) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (field != null && faces != null && faces.getPartialViewContext().isAjaxRequest()) {
            faces.getPartialViewContext()
                    .getRenderIds()
                    .add(field.endsWith(":why") ? field.replaceFirst(":why$", ":card") : "sourcing:pickBox");
        }
    }

    /**
     * Runs a link that may be refused for its reason (too short, too long): then the message stands next to the
     * field and the reason typed stays; any other answer as {@link #act}. Answers whether it linked.
     */
    private boolean linkAsking(String field, AttributionView a, java.util.function.Supplier<String> link) {
        List<AttributionView> before = attributions;
        boolean done = false;
        try {
            Messages.info(link.get());
            reasons.remove(a.id());
            done = true;
        } catch (org.copydesk.domain.sourcing.AnonymityReasonException e) {
            Messages.error(field, e.getMessage());
            renderFieldOf(field);
            PrimeFaces.current().ajax().addCallbackParam("needsWhy", a.id());
        } catch (NotPermittedException | IllegalArgumentException | NotFoundException e) {
            Messages.error(null, e.getMessage());
        }
        refresh();
        rerender(before);
        return done;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Links to a new source made from the proposal as the card's editor shows it (an edit typed there and
     * not saved yet is saved first). With no name, nothing is made: the editor is asked to type one.
     */
    public void linkNew(AttributionView a) {
        ProposalForm form = proposals.getOrDefault(a.id(), new ProposalForm(null, null, null));
        if (form.getName() == null || form.getName().isBlank()) {
            Messages.error(
                    null,
                    "Type the new source's name in “Edit proposal” first: nothing in “" + a.span() + "” names it.");
            PrimeFaces.current().ajax().addCallbackParam("needsName", a.id());
            rerender(attributions);
            return;
        }
        if (form.getKind() == null) {
            Messages.error(null, "Choose what kind of source “" + form.getName().strip() + "” is, next to its name.");
            PrimeFaces.current().ajax().addCallbackParam("needsKind", a.id());
            rerender(attributions);
            return;
        }
        if (form.getKind() == SourceKind.ANONYMOUS && blank(reasons.get(a.id()))) {
            whyMissing(whyField(a), a.id(), form.getName().strip());
            rerender(attributions);
            return;
        }
        linkAsking(whyField(a), a, () -> {
            if (form.differsFrom(a)) {
                sourcing.editProposal(story.id(), a.id(), form.getName(), form.getKind(), form.getRole(), user.actor());
            }
            AttributionView linked = sourcing.linkNew(
                    story.id(),
                    a.id(),
                    form.getName(),
                    form.getKind(),
                    form.getRole(),
                    reasons.get(a.id()),
                    user.actor());
            return "Linked to " + linked.source().name() + ".";
        });
    }

    /** Saves the card's proposal editor: the name, kind and role a new source would be made from. */
    public void saveProposal(AttributionView a) {
        ProposalForm form = proposals.get(a.id());
        if (form == null) {
            return;
        }
        act(() -> {
            AttributionView saved = sourcing.editProposal(
                    story.id(), a.id(), form.getName(), form.getKind(), form.getRole(), user.actor());
            return "Proposal saved: " + saved.proposedName() + ".";
        });
    }

    /** Links every undecided claim to its registry match, or to a new source made from its proposal. */
    public void linkAll() {
        List<AttributionView> before = attributions;
        try {
            LinkAllResult result = sourcing.linkAll(story.id(), user.actor());
            if (result.left().isEmpty()) {
                Messages.info(result.summary());
            } else {
                Messages.warn(result.summary(), "");
            }
        } catch (NotPermittedException | IllegalArgumentException | NotFoundException e) {
            Messages.error(null, e.getMessage());
        }
        refresh();
        rerender(before);
    }

    public void reject(AttributionView a) {
        act(() -> sourcing.reject(story.id(), a.id(), notes.get(a.id()), user.actor()), "Rejected: not a claim.");
    }

    /** Keeps the decision on a claim whose words changed since it was reviewed (docs/sourcing.md). */
    public void confirm(AttributionView a) {
        act(
                () -> sourcing.confirm(story.id(), a.id(), user.actor()),
                "Confirmed: the decision stands for the new words.");
    }

    public void waive(AttributionView a) {
        act(() -> sourcing.waive(story.id(), a.id(), notes.get(a.id()), user.actor()), "Waived.");
    }

    public void verify(AttributionView a, VerificationStatus status) {
        act(
                () -> sourcing.verify(a.source().id(), status, notes.get(a.id()), user.actor()),
                a.source().name() + " is now " + status.name().toLowerCase() + ".");
    }

    /** Marks the text the editor selected as an attribution. */
    public void addSelection() {
        if (selBlockKey == null || selStart == null || selEnd == null) {
            Messages.error(null, "Select the words that attribute a claim in the story first.");
            rerender(attributions);
            return;
        }
        act(() -> {
            AttributionView added = sourcing.add(story.id(), selBlockKey, selStart, selEnd, user.actor());
            PrimeFaces.current().ajax().addCallbackParam("focus", added.id());
            if (added.proposedName() == null) {
                PrimeFaces.current().ajax().addCallbackParam("needsName", added.id());
                return "Claim marked. Nothing in “" + added.span() + "” names its source: type the name in"
                        + " “Edit proposal” on its card.";
            }
            return "Claim marked; proposed source: " + added.proposedName() + ". Check it on its card.";
        });
        selBlockKey = null;
        selStart = null;
        selEnd = null;
    }

    public void move(StoryState to, String note) {
        try {
            workflow.move(story.id(), to, note, user.actor(), null);
            Messages.info("The story moved to " + Formats.state(to) + ".");
            Messages.keepForRedirect();
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .redirect(FacesContext.getCurrentInstance()
                                    .getExternalContext()
                                    .getRequestContextPath() + "/desk/story.xhtml?id=" + story.id());
        } catch (TransitionRefusedException e) {
            Messages.error(null, e.getMessage(), String.join(" ", e.reasons()));
        } catch (NotPermittedException e) {
            Messages.error(null, e.getMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void act(Runnable action, String done) {
        act(() -> {
            action.run();
            return done;
        });
    }

    /** Runs an action that answers what it did, shows that (or why it was refused), and re-renders what changed. */
    private void act(java.util.function.Supplier<String> action) {
        List<AttributionView> before = attributions;
        try {
            Messages.info(action.get());
        } catch (NotPermittedException | IllegalArgumentException | NotFoundException e) {
            Messages.error(null, e.getMessage());
        }
        refresh();
        rerender(before);
    }

    /**
     * Adds to an ajax answer what changed since {@code before}: the messages, the gate, the highlights,
     * and each card whose attribution changed, or the whole list when claims came or went (the cards are
     * rows of one ui:repeat, addressed by their row index, which holds while the list keeps its claims).
     */
    private void rerender(List<AttributionView> before) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !faces.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        java.util.Collection<String> ids = faces.getPartialViewContext().getRenderIds();
        ids.add("sourcing:messages");
        ids.add("sourcing:gate");
        boolean sameClaims = before.size() == attributions.size();
        for (int i = 0; sameClaims && i < before.size(); i++) {
            sameClaims = before.get(i).id() == attributions.get(i).id();
        }
        if (!sameClaims) {
            ids.add("sourcing:text");
            ids.add("sourcing:panelHead");
            ids.add("sourcing:cards");
            return;
        }
        List<Integer> changed = new ArrayList<>();
        java.util.Set<String> blockKeys = new java.util.HashSet<>();
        for (int i = 0; i < attributions.size(); i++) {
            if (!attributions.get(i).equals(before.get(i))) {
                changed.add(i);
                blockKeys.add(attributions.get(i).blockKey());
            }
        }
        // a card's highlight lives in its block: only the blocks holding a changed claim
        List<BlockView> blocks = story.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            if (blockKeys.contains(blocks.get(b).key())) {
                ids.add("sourcing:blocks:" + b + ":block");
            }
        }
        if (changed.size() > MOST_CARDS_APART) {
            ids.add("sourcing:cards"); // one replacement is cheaper in the browser than many
        } else {
            changed.forEach(i -> ids.add("sourcing:list:" + i + ":card"));
        }
    }

    /** Beyond this many changed cards the whole list is re-rendered at once (linking every claim). */
    private static final int MOST_CARDS_APART = 4;

    /** PrimeFaces' look for the plain inputs of the cards (no widget to start on each re-rendered card). */
    public String getInputClass() {
        return "ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all";
    }

    /** The block's text as HTML with each attribution marked; every piece of text is escaped. */
    public String highlighted(BlockView block) {
        List<AttributionView> here = new ArrayList<>(attributions.stream()
                .filter(a -> a.present() && a.blockKey().equals(block.key()))
                .toList());
        here.sort(Comparator.comparingInt(AttributionView::start));
        StringBuilder html = new StringBuilder();
        int at = 0;
        String text = block.text();
        for (AttributionView a : here) {
            if (a.start() < at || a.end() > text.length()) {
                continue; // overlapping or out of range: shown in the panel only
            }
            html.append(WordDiff.escapeHtml(text.substring(at, a.start())));
            html.append("<mark class=\"cd-attr cd-attr-")
                    .append(cssState(a))
                    .append("\" id=\"attr-")
                    .append(a.id())
                    .append("\" title=\"")
                    .append(WordDiff.escapeHtml(sourceLabel(a)))
                    .append("\">")
                    .append(WordDiff.escapeHtml(text.substring(a.start(), a.end())))
                    .append("</mark>");
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

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }

    public SourceView getPicked() {
        return picked;
    }

    public void setPicked(SourceView picked) {
        this.picked = picked;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public Map<Long, ProposalForm> getProposals() {
        return proposals;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getPickedReason() {
        return pickedReason;
    }

    public void setPickedReason(String pickedReason) {
        this.pickedReason = pickedReason;
    }

    /** Whether the source picked in the panel's search is anonymous (its "why" field is shown then). */
    public boolean isPickedAnonymous() {
        return picked != null && picked.kind() == SourceKind.ANONYMOUS;
    }

    /** How many claims are still undecided and in the text: what "Link every claim" would act on. */
    public long getUndecidedCount() {
        return attributions.stream()
                .filter(a -> a.present() && a.status() == AttributionStatus.PROPOSED)
                .count();
    }

    /** The fields of a card's proposal editor. */
    public static final class ProposalForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private SourceKind kind;
        private String role;

        ProposalForm(String name, SourceKind kind, String role) {
            this.name = name;
            this.kind = kind;
            this.role = role;
        }

        boolean differsFrom(AttributionView a) {
            return !java.util.Objects.equals(blankToNull(name), a.proposedName())
                    || kind != a.proposedKind()
                    || !java.util.Objects.equals(blankToNull(role), a.proposedRole());
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public SourceKind getKind() {
            return kind;
        }

        public void setKind(SourceKind kind) {
            this.kind = kind;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
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
