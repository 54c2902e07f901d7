package org.copydesk.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.user.User;
import org.copydesk.domain.workflow.StoryState;
import org.junit.jupiter.api.Test;

class RecipientsTest {

    private static User user(String name, Role... roles) {
        return new User(name, name, "x", Set.of(roles));
    }

    private final List<User> desk = List.of(
            user("reporter", Role.REPORTER),
            user("editor", Role.EDITOR),
            user("editor2", Role.EDITOR),
            user("copyeditor", Role.COPY_EDITOR),
            user("admin", Role.ADMIN),
            user("boss", Role.EDITOR, Role.COPY_EDITOR));

    @Test
    void aStoryEnteringSourcingReviewTellsTheEditorsButNotTheOneWhoMovedIt() {
        assertEquals(
                Map.of(
                        "editor",
                        NotificationKind.QUEUE,
                        "editor2",
                        NotificationKind.QUEUE,
                        "boss",
                        NotificationKind.QUEUE),
                Recipients.ofMove(StoryState.SOURCING_REVIEW, "reporter", "reporter", desk));
        assertEquals(
                Map.of(
                        "reporter",
                        NotificationKind.MOVED,
                        "editor2",
                        NotificationKind.QUEUE,
                        "boss",
                        NotificationKind.QUEUE),
                Recipients.ofMove(StoryState.SOURCING_REVIEW, "editor", "reporter", desk));
    }

    @Test
    void theCopyDeskQueueTellsCopyEditorsAndAReturnTellsOnlyTheReporter() {
        assertEquals(
                Map.of(
                        "reporter",
                        NotificationKind.MOVED,
                        "copyeditor",
                        NotificationKind.QUEUE,
                        "boss",
                        NotificationKind.QUEUE),
                Recipients.ofMove(StoryState.COPY_EDIT, "editor", "reporter", desk));
        assertEquals(
                Map.of("reporter", NotificationKind.MOVED),
                Recipients.ofMove(StoryState.DRAFT, "editor", "reporter", desk));
        assertEquals(
                Map.of("reporter", NotificationKind.MOVED),
                Recipients.ofMove(StoryState.PUBLISHED, "editor", "reporter", desk),
                "published is nobody's queue");
    }

    @Test
    void aReporterWhoWorksTheQueueIsToldOnceAsTheReporter() {
        List<User> users = List.of(user("ed", Role.REPORTER, Role.EDITOR), user("editor", Role.EDITOR));
        assertEquals(Map.of("ed", NotificationKind.MOVED), Recipients.ofMove(StoryState.READY, "editor", "ed", users));
    }

    @Test
    void aSaveTellsTheReporterAndTheWatchersButNotTheSaver() {
        assertEquals(
                Map.of("reporter", NotificationKind.SAVED, "copyeditor", NotificationKind.SAVED),
                Recipients.ofSave("editor", "reporter", List.of("editor", "copyeditor")));
        assertEquals(Map.of(), Recipients.ofSave("reporter", "reporter", List.of("reporter")));
    }

    @Test
    void aNoteTellsTheMentionedFirstThenTheThreadButNeverTheWriter() {
        assertEquals(
                Map.of("copyeditor", NotificationKind.MENTION, "reporter", NotificationKind.REPLY),
                Recipients.ofNote("editor", List.of("copyeditor", "editor"), List.of("reporter", "copyeditor")));
    }

    @Test
    void anAssignmentTellsTheAssigneeUnlessTheyTookItThemselvesOrItWasCleared() {
        assertEquals(Map.of("copyeditor", NotificationKind.ASSIGNED), Recipients.ofAssignment("editor", "copyeditor"));
        assertEquals(Map.of(), Recipients.ofAssignment("editor", "editor"));
        assertEquals(Map.of(), Recipients.ofAssignment("editor", null));
    }
}
