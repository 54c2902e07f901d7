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
import org.copydesk.application.StoryDetails.BlockView;
import org.copydesk.application.StoryQueries;
import org.copydesk.application.StoryService;
import org.copydesk.application.TransitionView;
import org.copydesk.application.WorkflowOptionView;
import org.copydesk.application.WorkflowService;
import org.copydesk.domain.revision.WordDiff;
import org.copydesk.domain.story.BlockType;
import org.copydesk.domain.story.StoryContent;
import org.copydesk.domain.story.StoryState;
import org.copydesk.domain.workflow.NotPermittedException;
import org.copydesk.domain.workflow.TransitionRefusedException;
import org.copydesk.web.security.CurrentUser;

/**
 * The story editor: the form (headline, standfirst, byline, sections, blocks), saving with a reason,
 * the workflow moves open to the user, the history with a word diff, and the workflow log. A save on
 * a story someone else saved meanwhile keeps the user's text and shows what changed.
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
    CurrentUser user;

    private Long id;
    private StoryDetails story;
    private String editRefusal;

    private String headline;
    private String standfirst;
    private String byline;
    private List<String> sections = new ArrayList<>();
    private List<EditableBlock> blocks = new ArrayList<>();
    private String reason;
    private long version;

    private StoryDetails conflict;
    private String conflictDiff;

    private List<WorkflowOptionView> options = List.of();
    private StoryState pendingMove;
    private String moveNote;

    private List<RevisionSummary> history = List.of();
    private List<TransitionView> log = List.of();
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
        blocks = new ArrayList<>(details.blocks().stream().map(EditableBlock::of).toList());
        reason = null;
        conflict = null;
        conflictDiff = null;
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

    public void save() {
        try {
            StoryContent content = formContent();
            show(stories.update(story.id(), version, content, user.actor(), reason));
            Messages.info("Saved as revision " + story.revision() + ".");
        } catch (StaleStoryException e) {
            conflict = e.current();
            conflictDiff = WordDiff.toHtml(WordDiff.between(conflict.content().asText(), safeFormText()));
            Messages.warn("Someone else saved this story while you were editing.",
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
    }

    /** After a conflict: save the user's text on top of the newer version; theirs stays a revision. */
    public void saveMineAnyway() {
        if (conflict != null) {
            version = conflict.version();
            conflict = null;
            save();
        }
    }

    /** After a conflict: drop the user's text and show the newer version. */
    public void takeTheirs() {
        show(queries.find(story.id()));
        Messages.info("Showing the newer version.");
    }

    private StoryContent formContent() {
        List<BlockView> views = blocks.stream()
                .filter(b -> b.getText() != null && !b.getText().isBlank())
                .map(EditableBlock::toView).toList();
        return new StoryContent(headline, standfirst, byline, sections, views.stream().map(BlockView::toBlock)
                .toList());
    }

    private String safeFormText() {
        try {
            return formContent().asText();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    public void addBlock(int index, BlockType type) {
        blocks.add(Math.min(Math.max(index, 0), blocks.size()), new EditableBlock(null, type, ""));
    }

    public void moveUp(int index) {
        if (index > 0 && index < blocks.size()) {
            blocks.add(index - 1, blocks.remove(index));
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < blocks.size() - 1) {
            blocks.add(index + 1, blocks.remove(index));
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < blocks.size()) {
            blocks.remove(index);
        }
    }

    /** Starts a move: those that need a note open the note dialog first. */
    public void prepareMove(StoryState to) {
        pendingMove = to;
        moveNote = null;
    }

    public void move() {
        if (pendingMove == null) {
            return;
        }
        try {
            StoryDetails moved = workflow.move(story.id(), pendingMove, moveNote, user.actor(), null);
            show(moved);
            Messages.info("The story is now in " + label(moved.state()) + ".");
        } catch (TransitionRefusedException e) {
            Messages.error(null, e.getMessage(), String.join(" ", e.reasons()));
            refreshSideData();
        } catch (NotPermittedException e) {
            Messages.error(null, e.getMessage());
        } finally {
            pendingMove = null;
            moveNote = null;
        }
    }

    public void compare() {
        if (diffFrom != null && diffTo != null) {
            diffHtml = WordDiff.toHtml(revisions.diff(story.id(), diffFrom, diffTo).segments());
        }
    }

    public static String label(StoryState state) {
        return switch (state) {
            case DRAFT -> "draft";
            case SOURCING_REVIEW -> "sourcing review";
            case COPY_EDIT -> "copy edit";
            case READY -> "ready";
            case PUBLISHED -> "published";
            case RETRACTED -> "retracted";
        };
    }

    public BlockType[] getBlockTypes() {
        return BlockType.values();
    }

    public boolean isEditable() {
        return editRefusal == null;
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

    public List<EditableBlock> getBlocks() {
        return blocks;
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

    public String getDiffHtml() {
        return diffHtml;
    }
}
