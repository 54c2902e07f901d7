package org.copydesk.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.application.NotFoundException;
import org.copydesk.application.Page;
import org.copydesk.application.RevisionService;
import org.copydesk.application.RevisionService.RevisionSummary;
import org.copydesk.application.StaleStoryException;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryQueries;
import org.copydesk.application.StoryService;
import org.copydesk.application.TransitionView;
import org.copydesk.application.WorkflowOptionView;
import org.copydesk.application.WorkflowService;
import org.copydesk.application.WorkingCopyService;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.exception.TransitionRefusedException;
import org.copydesk.domain.revision.WordDiff;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.Draft;
import org.copydesk.domain.story.StoryContent;
import org.copydesk.domain.workflow.StoryState;
import org.copydesk.engine.importing.EditorHtml;
import org.copydesk.web.Formats;
import org.copydesk.web.security.CurrentUser;

/**
 * The story editor: the form (headline, standfirst, byline, sections, and the body on one continuous
 * writing surface, docs/editor.md), saving with a reason,
 * the workflow moves open to the user, the history with a word diff, and the workflow log. A save on
 * a story someone else saved meanwhile keeps the user's text and shows what changed. Nothing typed is
 * lost (docs/editor.md): the form is kept as a working copy a few seconds after typing stops and offered
 * back on return, a move first saves the edits in the form, and every save or move that succeeds
 * redirects to the story's own address (post-redirect-get), so reload and bookmarks show the story.
 */
@Named
@ViewScoped
public class StoryEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StoryQueries queries;

    @Inject
    StoryService stories;

    @Inject
    WorkflowService workflow;

    @Inject
    RevisionService revisions;

    @Inject
    WorkingCopyService workingCopies;

    @Inject
    Formats formats;

    @Inject
    CurrentUser user;

    @Inject
    NotesBean notes;

    private Long id;
    private StoryDetails story;
    private String editRefusal;

    private String headline;
    private String standfirst;
    private String byline;
    private List<String> sections = new ArrayList<>();
    /** The body as the writing surface holds it (HTML of the model's blocks; EditorHtml reads it back). */
    private String body;
    /** The blocks the surface was loaded with: the keys of the blocks read back are found among them. */
    private List<Block> loadedBlocks = List.of();

    private String reason;
    private long version;

    private StoryDetails conflict;
    private String conflictDiff;

    private List<WorkflowOptionView> options = List.of();
    private StoryState pendingMove;
    private String moveNote;

    private List<RevisionSummary> history = List.of();
    private List<TransitionView> log = List.of();
    /** Unsaved changes kept from an earlier visit, offered back until restored or discarded. */
    private WorkingCopyService.Offer offer;
    /** What the offered working copy changes in the story as saved (deleted struck through, added underlined). */
    private String offerDiff;
    /** When the form was last kept as a working copy, or why it could not be. */
    private String kept;
    /** The form holds text that is not saved (a save refused, a working copy restored). */
    private boolean unsaved;
    /** A move asked for while the form held edits: saved first, then moved (saveThenMove). */
    private StoryState thenMove;

    private String thenNote;

    private Integer diffFrom;
    private Integer diffTo;
    private String diffHtml;

    /** Loads the story named by the view parameter; a missing or unknown id answers 404 saying so (DeskErrors). */
    public void load() {
        if (id == null) {
            DeskErrors.noSuchStory(null);
            return;
        }
        try {
            show(queries.find(id));
        } catch (NotFoundException e) {
            DeskErrors.noSuchStory(String.valueOf(id));
            return;
        }
        offer = isEditable() ? workingCopies.offer(id, user.actor()).orElse(null) : null;
        if (offer != null) {
            Draft d = offer.draft();
            String kept = new StoryContent(
                            d.headline() == null ? "(no headline)" : d.headline(),
                            d.standfirst(),
                            d.byline(),
                            d.sections(),
                            d.blocks())
                    .asText();
            offerDiff = WordDiff.toHtml(WordDiff.between(story.content().asText(), kept));
        }
    }

    /** Shows the story as it is now (after a change made elsewhere on the page, e.g. an applied fix). */
    public void reload() {
        show(queries.find(story.id()));
    }

    private void show(StoryDetails details) {
        story = details;
        version = details.version();
        headline = details.headline();
        standfirst = details.standfirst();
        byline = details.byline();
        sections = new ArrayList<>(details.sections());
        loadedBlocks =
                details.blocks().stream().map(StoryDetails.BlockView::toBlock).toList();
        body = EditorHtml.render(loadedBlocks);
        reason = null;
        conflict = null;
        conflictDiff = null;
        unsaved = false;
        refreshSideData();
    }

    private void refreshSideData() {
        editRefusal = queries.editRefusal(story.id(), user.actor());
        options = workflow.options(story.id(), user.actor());
        Page<RevisionSummary> page = revisions.history(story.id(), 0, Page.MAX_SIZE);
        history = page.items();
        log = workflow.log(story.id());
        if (!history.isEmpty()) {
            diffTo = history.get(0).number();
            diffFrom = history.size() > 1 ? history.get(1).number() : diffTo;
            compare();
        }
    }

    /** Saves the form; on success the browser is sent to the story's address with the message. */
    public String save() {
        return trySave() ? backToStory() : null;
    }

    /** Saves the form as a new revision; false (with a message, the text kept in the form) if it was not saved. */
    private boolean trySave() {
        unsaved = true;
        try {
            StoryContent content = formContent();
            show(stories.update(story.id(), version, content, user.actor(), reason));
            Messages.info("Saved as revision " + story.revision() + ".");
            return true;
        } catch (StaleStoryException e) {
            conflict = e.current();
            conflictDiff = WordDiff.toHtml(WordDiff.between(conflict.content().asText(), safeFormText()));
            Messages.warn(
                    "Someone else saved this story while you were editing.",
                    conflict.updatedBy() + " saved it. Your text is still in the form below; compare, then "
                            + "save yours on top of theirs (theirs stays in the history) or take theirs.");
        } catch (NotPermittedException e) {
            Messages.error(null, e.getMessage());
        } catch (TransitionRefusedException e) {
            // a save the sourcing guard refused (a story ready to publish would hold an unsourced claim)
            Messages.error(null, e.getMessage(), String.join(" ", e.reasons()));
        } catch (IllegalArgumentException e) {
            Messages.error("editor:headline", "The story cannot be saved: " + e.getMessage());
        } catch (RuntimeException e) {
            // another change held the story longer than a save waits (copydesk.db.lock.timeout): the API's 409
            if (!Messages.storyBusy(e, ", and your text is still in the form")) {
                throw e;
            }
        }
        return false;
    }

    /** Post-redirect-get: the story's own address, with this request's messages carried over. */
    String backToStory() {
        Messages.keepForRedirect();
        return "/desk/story?faces-redirect=true&id=" + story.id();
    }

    /**
     * A move asked for while the form held edits: the edits are saved first (the reason says so when the
     * writer gave none), then the story moves. If the save does not go through, the story does not move
     * and the writer is told why, with the text still in the form.
     */
    public String saveThenMove() {
        if (thenMove == null) {
            return save();
        }
        StoryState to = thenMove;
        String note = thenNote;
        thenMove = null;
        thenNote = null;
        String label = options.stream()
                .filter(o -> o.to() == to)
                .map(WorkflowOptionView::label)
                .findFirst()
                .orElse("move to " + Formats.state(to));
        if (reason == null || reason.isBlank()) {
            reason = "Saved before: " + label;
        }
        if (!trySave()) {
            Messages.warn(
                    "The story was not moved.",
                    "Your edits had to be saved first and were not; they are " + "still in the form.");
            return null;
        }
        pendingMove = to;
        moveNote = note;
        return move();
    }

    /**
     * Keeps the form as the writer's working copy (not a revision; nobody else sees it). Called by the
     * page a few seconds after typing stops; answers in {@link #getKept()}.
     */
    public void autosave() {
        if (story == null || !isEditable()) {
            return;
        }
        try {
            java.time.Instant at = workingCopies.keep(
                    story.id(), version, new Draft(headline, standfirst, byline, sections, formBlocks()), user.actor());
            kept = "Unsaved changes kept at " + formats.time(at) + " — save to make them a revision.";
        } catch (IllegalArgumentException e) {
            kept = "Your changes could not be kept: " + e.getMessage() + ".";
        } catch (NotPermittedException e) {
            kept = "Your changes could not be kept: " + e.getMessage();
        }
    }

    /** Puts the kept working copy into the form; saving it later is checked against the version it was typed on. */
    public void restore() {
        if (offer == null) {
            return;
        }
        Draft draft = offer.draft();
        headline = draft.headline();
        standfirst = draft.standfirst();
        byline = draft.byline();
        sections = new ArrayList<>(draft.sections());
        loadedBlocks = List.copyOf(draft.blocks());
        body = EditorHtml.render(loadedBlocks);
        version = offer.baseVersion();
        unsaved = true;
        Messages.info("Restored your unsaved changes from " + formats.time(offer.savedAt()) + ". "
                + (offer.storyChangedSince()
                        ? "The story was saved by someone since: when you save, you will see what differs."
                        : "Save them (with a reason) to make them a revision."));
        offer = null;
    }

    /** Makes an earlier revision the story's content again, as a new revision (the History tab's *Restore*). */
    public String restoreRevision(int number) {
        try {
            show(stories.restore(story.id(), number, version, user.actor(), null));
            Messages.info("Restored revision " + number + " as revision " + story.revision() + ".");
            return backToStory();
        } catch (StaleStoryException e) {
            Messages.warn(
                    "Someone else saved this story meanwhile; nothing was restored.",
                    e.current().updatedBy() + " saved it. Look at the newest version, then restore again.");
        } catch (NotPermittedException | IllegalArgumentException | NotFoundException e) {
            Messages.error(null, e.getMessage());
        } catch (TransitionRefusedException e) {
            Messages.error(null, e.getMessage(), String.join(" ", e.reasons()));
        }
        return null;
    }

    public void discardWorkingCopy() {
        workingCopies.discard(story.id(), user.actor());
        offer = null;
        Messages.info("Discarded your unsaved changes; the form shows the story as saved.");
    }

    /** After a conflict: save the user's text on top of the newer version; theirs stays a revision. */
    public String saveMineAnyway() {
        if (conflict != null) {
            version = conflict.version();
            conflict = null;
            return save();
        }
        return null;
    }

    /** After a conflict: drop the user's text and show the newer version. */
    public void takeTheirs() {
        show(queries.find(story.id()));
        Messages.info("Showing the newer version.");
    }

    private StoryContent formContent() {
        return new StoryContent(headline, standfirst, byline, sections, formBlocks());
    }

    /** The body's blocks as written on the surface, with the keys of the blocks they were (EditorHtml). */
    List<Block> formBlocks() {
        return EditorHtml.read(body, loadedBlocks);
    }

    /**
     * "Note on this line": the surface names the block the cursor is in (request parameter {@code line},
     * its index in the body); the note is anchored to it. A block typed since the last save has no
     * place in the story yet, so the writer is asked to save first.
     */
    public void noteOnLine() {
        String line = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("line");
        List<Block> current;
        try {
            current = formBlocks();
        } catch (IllegalArgumentException e) {
            Messages.error(null, "The body cannot be read: " + e.getMessage());
            return;
        }
        int index;
        try {
            index = Integer.parseInt(line == null ? "" : line.strip());
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= current.size()) {
            Messages.warn("Put the cursor in the paragraph the note is about.", null);
            return;
        }
        String key = current.get(index).key();
        boolean saved = story.blocks().stream().anyMatch(b -> b.key().equals(key));
        if (!saved) {
            Messages.warn("Save the story first: a note is anchored to a saved paragraph, and this one is new.", null);
            return;
        }
        notes.anchorToBlock(key);
    }

    private String safeFormText() {
        try {
            return formContent().asText();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Starts a move: those that need a note open the note dialog first. */
    public void prepareMove(StoryState to) {
        pendingMove = to;
        moveNote = null;
    }

    public String move() {
        if (pendingMove == null) {
            return null;
        }
        try {
            StoryDetails moved = workflow.move(story.id(), pendingMove, moveNote, user.actor(), null);
            show(moved);
            Messages.info("The story is now in " + Formats.state(moved.state()) + ".");
            return backToStory();
        } catch (TransitionRefusedException e) {
            Messages.error(null, e.getMessage(), String.join(" ", e.reasons()));
            refreshSideData();
        } catch (NotPermittedException e) {
            Messages.error(null, e.getMessage());
        } finally {
            pendingMove = null;
            moveNote = null;
        }
        return null;
    }

    public void compare() {
        if (diffFrom != null && diffTo != null) {
            diffHtml =
                    WordDiff.toHtml(revisions.diff(story.id(), diffFrom, diffTo).segments());
        }
    }

    /** A block type as the writer reads it: "Paragraph", not "PARAGRAPH". */
    public String typeLabel(BlockType type) {
        return switch (type) {
            case PARAGRAPH -> "Paragraph";
            case SUBHEADING -> "Subheading";
            case QUOTE -> "Quote";
            case CAPTION -> "Caption";
            case LIST -> "List";
            case IMAGE -> "Picture";
        };
    }

    /** The key that gives a line this type, with Ctrl+Alt (the numbers of word processors' heading and list keys). */
    public String typeKey(BlockType type) {
        return switch (type) {
            case PARAGRAPH -> "0";
            case SUBHEADING -> "2";
            case QUOTE -> "7";
            case LIST -> "8";
            case CAPTION -> "9";
            case IMAGE -> "";
        };
    }

    /** The types the surface's toolbar offers, in the order a writer reaches for them. */
    public List<BlockType> getBlockTypes() {
        return List.of(BlockType.PARAGRAPH, BlockType.SUBHEADING, BlockType.QUOTE, BlockType.LIST, BlockType.CAPTION);
    }

    public boolean isEditable() {
        return editRefusal == null;
    }

    /** Whether the signed-in user may see the story's preview ({@code /preview/{id}}). */
    public boolean isMayPreview() {
        return story != null
                && org.copydesk.domain.workflow.Policy.preview(user.actor(), story.reporter())
                        .isEmpty();
    }

    public String getEditRefusal() {
        return editRefusal;
    }

    public WorkflowOptionView getPendingOption() {
        return options.stream().filter(o -> o.to() == pendingMove).findFirst().orElse(null);
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

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getStandfirst() {
        return standfirst;
    }

    public void setStandfirst(String standfirst) {
        this.standfirst = standfirst;
    }

    public String getByline() {
        return byline;
    }

    public void setByline(String byline) {
        this.byline = byline;
    }

    public List<String> getSections() {
        return sections;
    }

    public void setSections(List<String> sections) {
        this.sections = sections == null ? new ArrayList<>() : new ArrayList<>(sections);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public StoryDetails getConflict() {
        return conflict;
    }

    public String getConflictDiff() {
        return conflictDiff;
    }

    public List<WorkflowOptionView> getOptions() {
        return options;
    }

    public StoryState getPendingMove() {
        return pendingMove;
    }

    public String getMoveNote() {
        return moveNote;
    }

    public void setMoveNote(String moveNote) {
        this.moveNote = moveNote;
    }

    public List<RevisionSummary> getHistory() {
        return history;
    }

    public List<TransitionView> getLog() {
        return log;
    }

    /**
     * Why the story came back to its reporter: the note of the move that returned it, while it is still a draft
     * after that move; null otherwise.
     */
    public TransitionView getReturnNote() {
        if (story == null || story.state() != StoryState.DRAFT || log == null || log.isEmpty()) {
            return null;
        }
        TransitionView last = log.get(log.size() - 1);
        boolean returned = last.to() == StoryState.DRAFT
                && (last.from() == StoryState.SOURCING_REVIEW || last.from() == StoryState.COPY_EDIT);
        return returned && last.note() != null ? last : null;
    }

    public Integer getDiffFrom() {
        return diffFrom;
    }

    public void setDiffFrom(Integer diffFrom) {
        this.diffFrom = diffFrom;
    }

    public Integer getDiffTo() {
        return diffTo;
    }

    public void setDiffTo(Integer diffTo) {
        this.diffTo = diffTo;
    }

    public WorkingCopyService.Offer getOffer() {
        return offer;
    }

    public String getOfferDiff() {
        return offerDiff;
    }

    public String getKept() {
        return kept;
    }

    public boolean isUnsaved() {
        return unsaved;
    }

    public StoryState getThenMove() {
        return thenMove;
    }

    public void setThenMove(StoryState thenMove) {
        this.thenMove = thenMove;
    }

    public String getThenNote() {
        return thenNote;
    }

    public void setThenNote(String thenNote) {
        this.thenNote = thenNote;
    }

    public String getDiffHtml() {
        return diffHtml;
    }
}
