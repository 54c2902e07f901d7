package org.copydesk.domain.story;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One writer's unsaved edits of one story, kept by the server a few seconds after typing stops so that a
 * closed tab, a crash or a lost connection loses nothing. It is not a revision: nobody else sees it, it
 * carries no reason, and it is gone once that writer saves the story. It remembers the version of the
 * story it was typed on, so that restoring it and saving over a newer version is a conflict, not an
 * overwrite.
 */
@Entity
@Table(name = "working_copy")
public class WorkingCopy {

    @Id
    @SequenceGenerator(name = "working_copy_seq", sequenceName = "working_copy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "working_copy_seq")
    private Long id;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Column(nullable = false, length = 40)
    private String username;

    @Column(name = "base_version", nullable = false)
    private long baseVersion;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(length = StoryContent.HEADLINE_MAX)
    private String headline;

    @Column(length = StoryContent.STANDFIRST_MAX)
    private String standfirst;

    @Column(length = StoryContent.BYLINE_MAX)
    private String byline;

    @ElementCollection
    @CollectionTable(name = "working_copy_section", joinColumns = @JoinColumn(name = "working_copy_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = StoryContent.SECTION_MAX)
    private List<String> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "working_copy_block", joinColumns = @JoinColumn(name = "working_copy_id"))
    @OrderColumn(name = "position")
    private List<Block> blocks = new ArrayList<>();

    protected WorkingCopy() {
        // for JPA
    }

    public WorkingCopy(long storyId, String username, long baseVersion, Instant savedAt, Draft draft) {
        this.storyId = storyId;
        this.username = Objects.requireNonNull(username, "username");
        keep(baseVersion, savedAt, draft);
    }

    /** Replaces what is kept with the newest draft. */
    public final void keep(long baseVersion, Instant savedAt, Draft draft) {
        this.baseVersion = baseVersion;
        this.savedAt = Objects.requireNonNull(savedAt, "savedAt");
        this.headline = draft.headline();
        this.standfirst = draft.standfirst();
        this.byline = draft.byline();
        this.sections.clear();
        this.sections.addAll(draft.sections());
        this.blocks.clear();
        this.blocks.addAll(draft.blocks());
    }

    public Draft draft() {
        return new Draft(headline, standfirst, byline, sections, blocks);
    }

    public long storyId() {
        return storyId;
    }

    public String username() {
        return username;
    }

    public long baseVersion() {
        return baseVersion;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
