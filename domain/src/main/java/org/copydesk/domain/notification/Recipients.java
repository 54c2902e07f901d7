package org.copydesk.domain.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.user.User;
import org.copydesk.domain.workflow.StoryState;

/**
 * Who is told what (docs/collaboration.md), as plain rules: never the one who made the change, each
 * person once, the most specific reason first.
 */
public final class Recipients {

    /** The queues a role works: a story entering one of these states is news for everyone with the role. */
    public static final Map<StoryState, Role> QUEUES = Map.of(
            StoryState.SOURCING_REVIEW, Role.EDITOR,
            StoryState.READY, Role.EDITOR,
            StoryState.COPY_EDIT, Role.COPY_EDITOR);

    private Recipients() {}

    /** A move: the story's reporter (MOVED), then everyone whose role works the queue it entered (QUEUE). */
    public static Map<String, NotificationKind> ofMove(
            StoryState to, String by, String reporter, Collection<User> users) {
        Map<String, NotificationKind> told = new LinkedHashMap<>();
        if (!by.equals(reporter)) {
            told.put(reporter, NotificationKind.MOVED);
        }
        Role role = QUEUES.get(to);
        if (role != null) {
            for (User user : users) {
                if (user.getRoles().contains(role) && !user.getUsername().equals(by)) {
                    told.putIfAbsent(user.getUsername(), NotificationKind.QUEUE);
                }
            }
        }
        return told;
    }

    /** A save: the story's reporter and whoever has the story open (SAVED). */
    public static Map<String, NotificationKind> ofSave(String by, String reporter, Collection<String> watching) {
        Map<String, NotificationKind> told = new LinkedHashMap<>();
        told.put(reporter, NotificationKind.SAVED);
        watching.forEach(w -> told.put(w, NotificationKind.SAVED));
        told.remove(by);
        return told;
    }

    /** An assignment: the new assignee (ASSIGNED), unless they assigned it to themselves or nobody. */
    public static Map<String, NotificationKind> ofAssignment(String by, String assignee) {
        Map<String, NotificationKind> told = new LinkedHashMap<>();
        if (assignee != null && !assignee.equals(by)) {
            told.put(assignee, NotificationKind.ASSIGNED);
        }
        return told;
    }

    /**
     * A reader's report on a published story: every editor (REPORT), who decides it. Readers are not users,
     * so there is no one to leave out.
     */
    public static Map<String, NotificationKind> ofReport(Collection<User> users) {
        Map<String, NotificationKind> told = new LinkedHashMap<>();
        for (User user : users) {
            if (user.getRoles().contains(Role.EDITOR)) {
                told.put(user.getUsername(), NotificationKind.REPORT);
            }
        }
        return told;
    }

    /** A correction applied to a story: its reporter (CORRECTED), unless they applied it themselves. */
    public static Map<String, NotificationKind> ofCorrection(String by, String reporter) {
        Map<String, NotificationKind> told = new LinkedHashMap<>();
        if (reporter != null && !reporter.equals(by)) {
            told.put(reporter, NotificationKind.CORRECTED);
        }
        return told;
    }

    /** A note: the users it mentions (MENTION), then the others who wrote in the thread (REPLY). */
    public static Map<String, NotificationKind> ofNote(String by, List<String> mentioned, List<String> threadAuthors) {
        Map<String, NotificationKind> told = new LinkedHashMap<>();
        mentioned.forEach(m -> told.put(m, NotificationKind.MENTION));
        threadAuthors.forEach(a -> told.putIfAbsent(a, NotificationKind.REPLY));
        told.remove(by);
        return told;
    }
}
