package org.copydesk.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.copydesk.application.ScheduleService;
import org.copydesk.application.StaleStoryException;
import org.copydesk.application.StoryDetails;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.exception.TransitionRefusedException;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.workflow.StoryState;
import org.copydesk.web.Formats;
import org.copydesk.web.security.CurrentUser;

/**
 * The story page's schedule panel: an editor sets or cancels the time a ready story is published; an editor or
 * the story's reporter sets or lifts its embargo until it is published. Times are typed in the newsroom's time
 * zone ({@link Formats#zone()}); every change names the version the page showed, so a story changed meanwhile
 * is refused with a message, never overwritten.
 */
@Named
@ViewScoped
public class ScheduleBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** What a datetime-local field sends: "2026-12-24T06:00" (seconds when the browser adds them). */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    StoryEditorBean editor;

    @Inject
    ScheduleService schedules;

    @Inject
    CurrentUser user;

    @Inject
    Formats formats;

    private String publishAt;
    private String embargoUntil;
    private String deadline;
    private Integer lengthTarget;
    private boolean planRead;

    private StoryDetails story() {
        return editor.getStory();
    }

    /** Editors schedule a story that is ready to publish. */
    public boolean isMaySchedule() {
        return story().state() == StoryState.READY && user.actor().has(Role.EDITOR);
    }

    /** Editors and the story's reporter embargo it until it is published. */
    public boolean isMayEmbargo() {
        StoryState state = story().state();
        return state != StoryState.PUBLISHED
                && state != StoryState.RETRACTED
                && (user.actor().has(Role.EDITOR)
                        || user.actor().is(story().reporter()) && user.actor().has(Role.REPORTER));
    }

    /** Editors set the story's deadline and length target for the budget. */
    public boolean isMayPlan() {
        return user.actor().has(Role.EDITOR);
    }

    /** Whether the panel shows at all: something to see or something the user may do. */
    public boolean isShown() {
        return isMaySchedule()
                || isMayEmbargo()
                || isMayPlan()
                || story().publishAt() != null
                || story().embargoUntil() != null
                || story().deadline() != null;
    }

    /** Whether the panel opens unfolded: a time is set, or the reader is an editor on a ready story. */
    public boolean isUnfolded() {
        return isMaySchedule()
                || story().publishAt() != null
                || story().embargoUntil() != null
                || story().deadline() != null
                || story().lengthTarget() != null
                || jakarta.faces.context.FacesContext.getCurrentInstance()
                                .getMessageList("schedule:embargoUntil")
                                .size()
                        > 0;
    }

    public String schedule() {
        Instant at = parse(publishAt, "schedule:publishAt", "the publishing time");
        if (at == null) {
            return null;
        }
        return change(
                () -> schedules.schedule(story().id(), at, user.actor(), story().version()),
                "schedule:publishAt",
                "Scheduled for " + formats.dateTime(at) + " " + formats.getZoneName() + ".");
    }

    /** Saves the deadline and length target (blank fields clear them). */
    public String plan() {
        Instant due = null;
        if (deadline != null && !deadline.isBlank()) {
            due = parse(deadline, "schedule:deadline", "the deadline");
            if (due == null) {
                return null;
            }
        }
        Instant at = due;
        return change(
                () -> schedules.plan(story().id(), at, lengthTarget, user.actor(), story().version()),
                "schedule:deadline",
                at == null
                        ? "The deadline is cleared."
                        : "Deadline " + formats.dateTime(at) + " " + formats.getZoneName()
                                + (lengthTarget == null ? "." : ", " + lengthTarget + " words."));
    }

    public String unschedule() {
        return change(
                () -> schedules.unschedule(story().id(), user.actor(), story().version()),
                null,
                "The schedule is cancelled: the story stays ready until someone publishes it.");
    }

    public String embargo() {
        Instant until = parse(embargoUntil, "schedule:embargoUntil", "the embargo's end");
        if (until == null) {
            return null;
        }
        return change(
                () -> schedules.embargo(story().id(), until, user.actor(), story().version()),
                "schedule:embargoUntil",
                "Embargoed until " + formats.dateTime(until) + " " + formats.getZoneName()
                        + ": it cannot be published before then.");
    }

    public String lift() {
        return change(
                () -> schedules.embargo(story().id(), null, user.actor(), story().version()),
                null,
                "The embargo is lifted.");
    }

    private String change(Supplier<StoryDetails> change, String field, String done) {
        try {
            change.get();
            Messages.info(done);
            return editor.backToStory();
        } catch (StaleStoryException e) {
            Messages.warn(
                    "Someone changed this story since the page was loaded; nothing was changed.",
                    "Reload the story to see the newest version, then try again.");
        } catch (TransitionRefusedException e) {
            refuse(field, e.getMessage() + " " + String.join(" ", e.reasons()));
        } catch (IllegalArgumentException | NotPermittedException e) {
            refuse(field, e.getMessage());
        }
        return null;
    }

    /** A refusal next to the field (p:message shows a message's detail), or at the top for a button alone. */
    private static void refuse(String field, String why) {
        if (field == null) {
            Messages.error(null, why);
        } else {
            Messages.error(field, why, why);
        }
    }

    private Instant parse(String typed, String field, String what) {
        if (typed == null || typed.isBlank()) {
            refuse(field, "Give " + what + ": a date and a time.");
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip(), TYPED)
                    .atZone(formats.zone())
                    .toInstant();
        } catch (DateTimeParseException e) {
            refuse(field, "“" + typed.strip() + "” is not a date and time such as 2026-12-24T06:00.");
            return null;
        }
    }

    /** The earliest time the fields offer: now, in the newsroom's zone, to the minute. */
    public String getNow() {
        return SHOWN.format(LocalDateTime.ofInstant(Instant.now(), formats.zone()));
    }

    /** The field offers the time set, if any, to change. */
    public String getPublishAt() {
        if (publishAt == null && story() != null && story().publishAt() != null) {
            publishAt = SHOWN.format(LocalDateTime.ofInstant(story().publishAt(), formats.zone()));
        }
        return publishAt;
    }

    public void setPublishAt(String publishAt) {
        this.publishAt = publishAt;
    }

    private void readPlan() {
        if (!planRead && story() != null) {
            planRead = true;
            if (story().deadline() != null) {
                deadline = SHOWN.format(LocalDateTime.ofInstant(story().deadline(), formats.zone()));
            }
            lengthTarget = story().lengthTarget();
        }
    }

    public String getDeadline() {
        readPlan();
        return deadline;
    }

    public void setDeadline(String deadline) {
        planRead = true;
        this.deadline = deadline;
    }

    public Integer getLengthTarget() {
        readPlan();
        return lengthTarget;
    }

    public void setLengthTarget(Integer lengthTarget) {
        planRead = true;
        this.lengthTarget = lengthTarget;
    }

    public String getEmbargoUntil() {
        if (embargoUntil == null && story() != null && story().embargoUntil() != null) {
            embargoUntil = SHOWN.format(LocalDateTime.ofInstant(story().embargoUntil(), formats.zone()));
        }
        return embargoUntil;
    }

    public void setEmbargoUntil(String embargoUntil) {
        this.embargoUntil = embargoUntil;
    }
}
