package org.copydesk.domain.story;

import org.copydesk.domain.policy.Refusal;
import org.copydesk.domain.policy.Policy;
import org.copydesk.domain.policy.Permission;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.workflow.Decision;
import org.copydesk.domain.workflow.NotPermittedException;
import org.copydesk.domain.workflow.StoryFacts;
import org.copydesk.domain.workflow.TransitionRefusedException;
import org.copydesk.domain.workflow.Workflow;

/**
 * A news story: the aggregate root of the editorial workflow. It refuses illegal moves and edits
 * itself; every change of content yields a {@link Revision}, every move a {@link TransitionRecord}.
 */
@Entity
@Table(name = "story")
@NamedQuery(name = "Story.findBySlug", query = "select s from Story s where s.slug = :slug")
@NamedQuery(name = "Story.findByFingerprint", query = "select s from Story s where s.fingerprint = :fingerprint")
public class Story {

    @Id
    @SequenceGenerator(name = "story_seq", sequenceName = "story_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false, length = StoryContent.HEADLINE_MAX)
    private String headline;

    @Column(length = StoryContent.STANDFIRST_MAX)
    private String standfirst;

    @Column(length = StoryContent.BYLINE_MAX)
    private String byline;

    @ElementCollection
    @CollectionTable(name = "story_section", joinColumns = @JoinColumn(name = "story_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = StoryContent.SECTION_MAX)
    private List<String> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "story_block", joinColumns = @JoinColumn(name = "story_id"))
    @OrderColumn(name = "position")
    private List<Block> blocks = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StoryState state;

    @Column(nullable = false, length = 40)
    private String reporter;

    /** Who on the desk is to work on the story now; null when nobody is assigned. */
    @Column(length = 40)
    private String assignee;

    @Column(length = 64, unique = true)
    private String fingerprint;

    @Column(name = "current_revision", nullable = false)
    private int currentRevision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "story_transition", joinColumns = @JoinColumn(name = "story_id"))
    @OrderColumn(name = "position")
    private List<TransitionRecord> transitions = new ArrayList<>();

    @Version
    private long version;

    /** Whether revision 1 was handed out; a new story hands it out once, after it gets its id. */
    @jakarta.persistence.Transient
    private boolean firstRevisionMade;

    protected Story() {
        // for JPA
    }

    private Story(String slug, StoryContent content, String reporter, String fingerprint, Instant now) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.fingerprint = fingerprint;
        this.state = StoryState.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.currentRevision = 1;
        apply(content, reporter, now);
    }

    /** A new draft by a reporter or an editor; the first revision is {@link #firstRevision(String)}. */
    public static Story draft(String slug, StoryContent content, Actor author, String fingerprint, Instant now) {
        Policy.require(author, Permission.CREATE_STORY);
        return new Story(slug, content, author.username(), fingerprint, now);
    }

    /** Revision 1, once the story has its id. */
    public Revision firstRevision(String reason) {
        if (id == null || currentRevision != 1 || firstRevisionMade) {
            throw new IllegalStateException("The first revision is made once, after the story is stored");
        }
        firstRevisionMade = true;
        return new Revision(id, 1, updatedBy, updatedAt, reason == null ? "Created" : reason, content());
    }

    /** Saves new content; empty when nothing changed. */
    public Optional<Revision> revise(StoryContent content, Actor by, String reason, Instant now) {
        String refusal = editRefusal(by);
        if (refusal != null) {
            throw new NotPermittedException(refusal);
        }
        if (content.equals(content())) {
            return Optional.empty();
        }
        apply(content, by.username(), now);
        currentRevision++;
        return Optional.of(new Revision(id, currentRevision, by.username(), now, reason, content));
    }

    /**
     * Replaces words in one block (or the headline, block key {@code "headline"}) as a correction: the
     * only way a published story's text changes. The caller has checked who may approve it. The words
     * are looked for at {@code near} first, then anywhere in the block.
     */
    public Revision correct(String blockKey, int near, String before, String after, Actor by, String reason,
            Instant now) {
        if (state == StoryState.RETRACTED) {
            throw new IllegalArgumentException("A retracted story is not corrected.");
        }
        if (before == null || before.isEmpty()) {
            throw new IllegalArgumentException("Say which words change.");
        }
        String replacement = after == null ? "" : after;
        if ("headline".equals(blockKey)) {
            headline = new StoryContent(replaceNear(headline, near, before, replacement), standfirst, byline,
                    sections, blocks).headline();
        } else {
            int index = -1;
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i).key().equals(blockKey)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new IllegalArgumentException("The story has no block " + blockKey + ".");
            }
            Block block = blocks.get(index);
            blocks.set(index, block.withText(block.type(), replaceNear(block.text(), near, before, replacement)));
        }
        updatedAt = now;
        updatedBy = by.username();
        currentRevision++;
        return new Revision(id, currentRevision, by.username(), now, reason, content());
    }

    private static String replaceNear(String text, int near, String before, String after) {
        int at = near >= 0 && text.startsWith(before, near) ? near : text.indexOf(before);
        if (at < 0) {
            throw new IllegalArgumentException("“" + before + "” is no longer in the text; it was changed meanwhile.");
        }
        return text.substring(0, at) + after + text.substring(at + before.length());
    }

    /** Null when the actor may edit the story's text now, otherwise why not. */
    public String editRefusal(Actor actor) {
        return Policy.edit(actor, state, reporter).map(Refusal::message).orElse(null);
    }

    /** Moves the story, or refuses with every reason. */
    public TransitionRecord moveTo(StoryState target, Actor by, StoryFacts facts, String note, Instant now) {
        Decision decision = Workflow.decide(state, target, by, reporter, facts, note);
        switch (decision.outcome()) {
            case NOT_PERMITTED -> throw new NotPermittedException(decision.reasons().get(0));
            case NO_SUCH_TRANSITION -> throw new TransitionRefusedException(decision.reasons().get(0),
                    decision.reasons());
            case GUARDS_UNMET -> throw new TransitionRefusedException(
                    "The story cannot move to " + target + " yet.", decision.reasons());
            case ALLOWED -> {
                // go on
            }
        }
        TransitionRecord record = new TransitionRecord(state, target, by.username(), now, note);
        transitions.add(record);
        state = target;
        updatedAt = now;
        updatedBy = by.username();
        if (target == StoryState.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
        return record;
    }

    /**
     * Assigns the story to a user (null unassigns). Editors and admins assign; the caller has checked that
     * the user exists. Returns whether anything changed. Not a content change: no revision.
     */
    public boolean assign(String username, Actor by) {
        Policy.require(by, Permission.ASSIGN);
        String wanted = username == null || username.isBlank() ? null : username.strip();
        if (Objects.equals(wanted, assignee)) {
            return false;
        }
        assignee = wanted;
        return true;
    }

    /** The facts the guards need that the story knows itself. */
    public StoryFacts facts() {
        return StoryFacts.of(headline != null && !headline.isBlank(), blocks.size());
    }

    public StoryContent content() {
        return new StoryContent(headline, standfirst, byline, sections, blocks);
    }

    private void apply(StoryContent content, String by, Instant now) {
        this.headline = content.headline();
        this.standfirst = content.standfirst();
        this.byline = content.byline();
        this.sections.clear();
        this.sections.addAll(content.sections());
        this.blocks.clear();
        this.blocks.addAll(content.blocks());
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getHeadline() {
        return headline;
    }

    public StoryState getState() {
        return state;
    }

    public String getReporter() {
        return reporter;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<TransitionRecord> getTransitions() {
        return List.copyOf(transitions);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Story other && slug.equals(other.slug));
    }

    @Override
    public int hashCode() {
        return slug.hashCode();
    }

    @Override
    public String toString() {
        return "Story[" + slug + ", " + state + "]";
    }
}
