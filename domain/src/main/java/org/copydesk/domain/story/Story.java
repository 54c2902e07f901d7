package org.copydesk.domain.story;

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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.exception.TransitionRefusedException;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.workflow.Decision;
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;
import org.copydesk.domain.workflow.Refusal;
import org.copydesk.domain.workflow.StoryFacts;
import org.copydesk.domain.workflow.StoryState;
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

    /** How far ahead a story may be scheduled or embargoed. */
    public static final Duration FURTHEST_AHEAD = Duration.ofDays(366);

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

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

    /** When the story is to be published by the scheduler; only a READY story has one. */
    @Column(name = "publish_at")
    private Instant publishAt;

    /** The editor who set {@link #publishAt}: the scheduled publication is theirs. */
    @Column(name = "scheduled_by", length = 40)
    private String scheduledBy;

    /** Until when nobody outside the desk may see the story: publishing before then is refused. */
    @Column(name = "embargo_until")
    private Instant embargoUntil;

    /** When the desk needs the story filed (the budget's deadline); null when none is set. */
    @Column(name = "deadline")
    private Instant deadline;

    /** How long the desk wants the story, in words; null when no target is set. */
    @Column(name = "length_target")
    private Integer lengthTarget;

    @ElementCollection
    @CollectionTable(name = "story_schedule_log", joinColumns = @JoinColumn(name = "story_id"))
    @OrderColumn(name = "position")
    private List<ScheduleRecord> scheduleLog = new ArrayList<>();

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
    public Revision correct(
            String blockKey, int near, String before, String after, Actor by, String reason, Instant now) {
        if (state == StoryState.RETRACTED) {
            throw new IllegalArgumentException("A retracted story is not corrected.");
        }
        if (before == null || before.isEmpty()) {
            throw new IllegalArgumentException("Say which words change.");
        }
        String replacement = after == null ? "" : after;
        if ("headline".equals(blockKey)) {
            headline = new StoryContent(
                            replaceNear(headline, near, before, replacement), standfirst, byline, sections, blocks)
                    .headline();
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
            case NOT_PERMITTED ->
                throw new NotPermittedException(decision.reasons().get(0));
            case NO_SUCH_TRANSITION ->
                throw new TransitionRefusedException(decision.reasons().get(0), decision.reasons());
            case GUARDS_UNMET ->
                throw new TransitionRefusedException(
                        "The story cannot move to " + target + " yet.", decision.reasons());
            case ALLOWED -> {
                // go on
            }
        }
        if (target == StoryState.PUBLISHED && embargoedAt(now)) {
            throw new TransitionRefusedException(
                    "The story cannot move to " + target + " yet.", List.of(embargoReason()));
        }
        if (state == StoryState.READY && publishAt != null) {
            if (target != StoryState.PUBLISHED) {
                scheduleLog.add(new ScheduleRecord(
                        ScheduleRecord.Action.DROPPED,
                        by.username(),
                        now,
                        publishAt,
                        "The story left Ready (" + target + "); schedule it again when it is ready."));
            }
            publishAt = null;
            scheduledBy = null;
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
     * Sets the time the scheduler publishes the story: an editor's decision, for a story ready to publish, at
     * a time still to come (within {@link #FURTHEST_AHEAD}) and not before its embargo ends. A new time
     * replaces the old one.
     */
    public void schedule(Instant at, Actor by, Instant now) {
        Policy.require(by, Permission.SCHEDULE_PUBLISHING);
        Objects.requireNonNull(at, "at");
        if (state != StoryState.READY) {
            throw new TransitionRefusedException(
                    "Only a story that is ready to publish can be scheduled.",
                    List.of("The story is in " + state + "; it is scheduled once it is READY."));
        }
        requireAhead(at, now, "The publishing time");
        if (embargoUntil != null && at.isBefore(embargoUntil)) {
            throw new TransitionRefusedException(
                    "The story cannot be scheduled before its embargo ends.",
                    List.of(embargoReason() + " Schedule it at " + when(embargoUntil) + " or later."));
        }
        publishAt = at;
        scheduledBy = by.username();
        scheduleLog.add(new ScheduleRecord(ScheduleRecord.Action.SCHEDULED, by.username(), now, at, null));
        updatedAt = now;
        updatedBy = by.username();
    }

    /** Cancels the scheduled publication; false when none was set. */
    public boolean unschedule(Actor by, Instant now) {
        Policy.require(by, Permission.SCHEDULE_PUBLISHING);
        if (publishAt == null) {
            return false;
        }
        scheduleLog.add(new ScheduleRecord(
                ScheduleRecord.Action.UNSCHEDULED, by.username(), now, null, "Was due " + when(publishAt)));
        publishAt = null;
        scheduledBy = null;
        updatedAt = now;
        updatedBy = by.username();
        return true;
    }

    /**
     * Embargoes the story until a time to come (null lifts the embargo): an editor, or the story's reporter,
     * before it is published. A story scheduled before the new end of its embargo is refused: move the
     * schedule first. Returns whether anything changed.
     */
    public boolean embargo(Instant until, Actor by, Instant now) {
        Policy.require(by, Permission.EMBARGO);
        if (!by.has(Role.EDITOR) && !by.is(reporter)) {
            throw new NotPermittedException("Only editors and the story's reporter may set its embargo.");
        }
        if (state == StoryState.PUBLISHED || state == StoryState.RETRACTED) {
            throw new TransitionRefusedException(
                    "A story that was published is not embargoed.",
                    List.of("The story is " + state + " already; an embargo only keeps a story back before it is "
                            + "published."));
        }
        if (Objects.equals(until, embargoUntil)) {
            return false;
        }
        if (until == null) {
            scheduleLog.add(new ScheduleRecord(
                    ScheduleRecord.Action.EMBARGO_LIFTED, by.username(), now, null, "Was until " + when(embargoUntil)));
        } else {
            requireAhead(until, now, "The embargo's end");
            if (publishAt != null && publishAt.isBefore(until)) {
                throw new TransitionRefusedException(
                        "The embargo would end after the scheduled publication.",
                        List.of("The story is scheduled for " + when(publishAt) + "; schedule it at " + when(until)
                                + " or later first."));
            }
            scheduleLog.add(new ScheduleRecord(ScheduleRecord.Action.EMBARGOED, by.username(), now, until, null));
        }
        embargoUntil = until;
        updatedAt = now;
        updatedBy = by.username();
        return true;
    }

    /** The shortest and longest length target an editor may set, in words. */
    public static final int LENGTH_MIN = 50;

    public static final int LENGTH_MAX = 20_000;

    /**
     * Sets the story's place in the day's budget: its deadline and its length target in words (either may be null
     * to clear it). Editors plan; a change is logged. Returns whether anything changed.
     */
    public boolean plan(Instant newDeadline, Integer newLengthTarget, Actor by, Instant now) {
        Policy.require(by, Permission.PLAN);
        if (newLengthTarget != null && (newLengthTarget < LENGTH_MIN || newLengthTarget > LENGTH_MAX)) {
            throw new IllegalArgumentException("A length target is " + LENGTH_MIN + " to " + LENGTH_MAX + " words; "
                    + newLengthTarget + " is not.");
        }
        if (newDeadline != null
                && (newDeadline.isBefore(now.minus(FURTHEST_AHEAD)) || newDeadline.isAfter(now.plus(FURTHEST_AHEAD)))) {
            throw new IllegalArgumentException("The deadline " + when(newDeadline) + " is more than a year away.");
        }
        if (Objects.equals(newDeadline, deadline) && Objects.equals(newLengthTarget, lengthTarget)) {
            return false;
        }
        deadline = newDeadline;
        lengthTarget = newLengthTarget;
        scheduleLog.add(new ScheduleRecord(
                ScheduleRecord.Action.PLANNED,
                by.username(),
                now,
                newDeadline,
                newLengthTarget == null ? "No length target" : "Length target " + newLengthTarget + " words"));
        updatedAt = now;
        updatedBy = by.username();
        return true;
    }

    /** The words of the story's text as it stands: headline, standfirst and every block but pictures. */
    public int wordCount() {
        return content().wordCount();
    }

    /**
     * Drops the schedule because the scheduled publication was refused (a guard unmet at the time, the editor
     * no longer one), with the reasons; false when there was nothing to drop.
     */
    public boolean scheduleRefused(List<String> reasons, Instant now) {
        if (publishAt == null) {
            return false;
        }
        scheduleLog.add(new ScheduleRecord(
                ScheduleRecord.Action.REFUSED, scheduledBy, now, publishAt, String.join(" ", reasons)));
        publishAt = null;
        scheduledBy = null;
        return true;
    }

    /** Whether the scheduler should publish the story now. */
    public boolean dueAt(Instant now) {
        return state == StoryState.READY && publishAt != null && !publishAt.isAfter(now);
    }

    /** Whether the story is under an embargo that has not ended at {@code now}. */
    public boolean embargoedAt(Instant now) {
        return embargoUntil != null && now.isBefore(embargoUntil);
    }

    /** Why an embargoed story is not published yet, in words. */
    public String embargoReason() {
        return "The story is embargoed until " + when(embargoUntil) + ".";
    }

    private static void requireAhead(Instant at, Instant now, String what) {
        if (!at.isAfter(now)) {
            throw new IllegalArgumentException(what + " " + when(at) + " has passed; give a time to come.");
        }
        if (at.isAfter(now.plus(FURTHEST_AHEAD))) {
            throw new IllegalArgumentException(what + " " + when(at) + " is more than a year ahead.");
        }
    }

    /** A time as the log and refusals write it: 2026-12-24 06:00:00 UTC. */
    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
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

    public Instant getPublishAt() {
        return publishAt;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public Instant getEmbargoUntil() {
        return embargoUntil;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Integer getLengthTarget() {
        return lengthTarget;
    }

    public List<ScheduleRecord> getScheduleLog() {
        return List.copyOf(scheduleLog);
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
