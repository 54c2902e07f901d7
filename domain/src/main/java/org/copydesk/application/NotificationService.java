package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.domain.correction.Correction;
import org.copydesk.domain.notification.Notification;
import org.copydesk.domain.notification.NotificationKind;
import org.copydesk.domain.notification.NotificationRepository;
import org.copydesk.domain.notification.Recipients;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.UserRepository;
import org.copydesk.domain.workflow.StoryState;

/**
 * Each user's notifications: reading them, marking them read, and making them from what happened (a
 * story moved or saved, a note written). Who is told what is decided here (docs/collaboration.md).
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    /** A page of a user's notifications and how many of all of them are unread. */
    public record Inbox(List<NotificationView> items, long total, int page, int size, long unread)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** One notification made, with the recipient's unread count after it. */
    public record Made(String recipient, NotificationView notification, long unread) {}

    @Inject
    NotificationRepository notifications;

    @Inject
    StoryRepository stories;

    @Inject
    UserRepository users;

    @Inject
    @Any
    Instance<StoryWatchers> watchers;

    @Inject
    Clock clock;

    public Inbox inbox(String username, boolean unreadOnly, int page, int size) {
        int offset = Page.offset(page, size);
        List<NotificationView> items = notifications.of(username, unreadOnly, offset, size).stream()
                .map(NotificationView::of)
                .toList();
        return new Inbox(
                items, notifications.count(username, unreadOnly), page, size, notifications.count(username, true));
    }

    public long unread(String username) {
        return notifications.count(username, true);
    }

    /** Marks one of the user's notifications read; someone else's is not found. */
    public NotificationView markRead(long id, Actor by) {
        Notification n = notifications
                .find(id)
                .filter(x -> x.getRecipient().equals(by.username()))
                .orElseThrow(() -> new NotFoundException("No notification " + id + " of yours"));
        n.markRead(clock.instant());
        return NotificationView.of(n);
    }

    public int markAllRead(Actor by) {
        return notifications.markAllRead(by.username(), clock.instant());
    }

    /**
     * The notifications a committed story change makes: a move tells the role whose queue the story
     * entered and the story's reporter; a save tells the reporter and whoever has the story open. Never
     * the one who made the change.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Made> forStory(StoryChanged event) {
        Optional<Story> found = stories.find(event.storyId());
        if (found.isEmpty()) {
            return List.of();
        }
        Story story = found.get();
        String headline = "“" + story.getHeadline() + "”";
        Map<String, NotificationKind> told;
        if (event.kind() == StoryChanged.Kind.MOVED) {
            told = Recipients.ofMove(event.state(), event.by(), story.getReporter(), users.all());
        } else if (event.kind() == StoryChanged.Kind.SAVED) {
            Set<String> watching = new LinkedHashSet<>();
            for (StoryWatchers w : watchers) {
                watching.addAll(w.watching(story.getId()));
            }
            told = Recipients.ofSave(event.by(), story.getReporter(), watching);
        } else if (event.kind() == StoryChanged.Kind.ASSIGNED) {
            told = Recipients.ofAssignment(event.by(), story.getAssignee());
        } else {
            told = Map.of();
        }
        List<Notification> made = new ArrayList<>();
        told.forEach((name, kind) -> made.add(new Notification(
                name,
                kind,
                story.getId(),
                null,
                event.by(),
                storyMessage(kind, event, headline, name.equals(story.getReporter())),
                clock.instant())));
        return store(made);
    }

    private static String storyMessage(NotificationKind kind, StoryChanged event, String headline, boolean reporter) {
        return switch (kind) {
            case MOVED ->
                event.state() == StoryState.DRAFT
                        ? event.by() + " returned your story " + headline + " to draft"
                        : event.by() + " moved your story " + headline + " to " + label(event.state());
            case QUEUE -> headline + " entered " + label(event.state()) + " (moved by " + event.by() + ")";
            case ASSIGNED -> event.by() + " assigned " + headline + " to you";
            default ->
                reporter
                        ? event.by() + " saved your story " + headline
                        : event.by() + " saved " + headline + ", which you have open";
        };
    }

    /** The notifications a committed reader's report makes: every editor is told, with the report's first words. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Made> forReport(ReaderReported event) {
        Optional<Story> found = stories.find(event.storyId());
        if (found.isEmpty()) {
            return List.of();
        }
        String headline = "“" + found.get().getHeadline() + "”";
        List<Notification> made = new ArrayList<>();
        Recipients.ofReport(users.all())
                .forEach((name, kind) -> made.add(new Notification(
                        name,
                        kind,
                        event.storyId(),
                        null,
                        Correction.READER,
                        "A reader reported an error in " + headline + ": " + excerpt(event.excerpt()),
                        clock.instant())));
        return store(made);
    }

    /** The notifications a committed correction makes: the story's reporter is told what changed. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Made> forCorrection(CorrectionApplied event) {
        Optional<Story> found = stories.find(event.storyId());
        if (found.isEmpty()) {
            return List.of();
        }
        Story story = found.get();
        String what = event.kind().label().toLowerCase(java.util.Locale.ROOT);
        String message = event.by() + " applied " + (what.startsWith("u") ? "an " : "a ") + what + " to your story “"
                + story.getHeadline() + "”"
                + (event.resolvedReports() == 0
                        ? ""
                        : event.resolvedReports() == 1
                                ? ", resolving a reader's report"
                                : ", resolving " + event.resolvedReports() + " reader reports");
        List<Notification> made = new ArrayList<>();
        Recipients.ofCorrection(event.by(), story.getReporter())
                .forEach((name, kind) -> made.add(
                        new Notification(name, kind, story.getId(), null, event.by(), message, clock.instant())));
        return store(made);
    }

    /** The editor whose scheduled publication was refused is told why; the schedule was dropped. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Made> forRefusedSchedule(ScheduleService.Refused event) {
        String message = "The scheduled publication of “" + event.headline() + "” was refused, and its schedule "
                + "dropped: " + String.join(" ", event.reasons());
        return store(List.of(new Notification(
                event.editor(),
                NotificationKind.SCHEDULE,
                event.storyId(),
                null,
                "scheduler",
                message,
                clock.instant())));
    }

    private static String excerpt(String text) {
        String oneLine = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 159) + "…" : oneLine;
    }

    /** The notifications a committed note makes: the users it mentions, and for a reply the thread's writers. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Made> forNote(NoteAdded event) {
        Optional<Story> found = stories.find(event.storyId());
        if (found.isEmpty()) {
            return List.of();
        }
        String headline = "“" + found.get().getHeadline() + "”";
        List<Notification> made = new ArrayList<>();
        Recipients.ofNote(event.by(), event.mentioned(), event.threadAuthors())
                .forEach((name, kind) -> made.add(new Notification(
                        name,
                        kind,
                        event.storyId(),
                        event.noteId(),
                        event.by(),
                        event.by() + (kind == NotificationKind.MENTION ? " mentioned you on " : " replied on ")
                                + headline + ": " + event.excerpt(),
                        clock.instant())));
        return store(made);
    }

    private List<Made> store(Iterable<Notification> made) {
        List<Notification> stored = new ArrayList<>();
        for (Notification n : made) {
            stored.add(notifications.store(n));
        }
        List<Made> answer = new ArrayList<>();
        for (Notification n : stored) {
            answer.add(new Made(n.getRecipient(), NotificationView.of(n), notifications.count(n.getRecipient(), true)));
        }
        return answer;
    }

    static String label(StoryState state) {
        return switch (state) {
            case SOURCING_REVIEW -> "sourcing review";
            case COPY_EDIT -> "the copy desk";
            case READY -> "ready to publish";
            default -> state.name().toLowerCase().replace('_', ' ');
        };
    }
}
