package org.copydesk.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.user.User;
import org.junit.jupiter.api.Test;

/** Who hears of a reader's report and of an applied correction. */
class CorrectionRecipientsTest {

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
    void aReadersReportTellsEveryEditorAndNoOneElse() {
        assertEquals(
                Map.of(
                        "editor",
                        NotificationKind.REPORT,
                        "editor2",
                        NotificationKind.REPORT,
                        "boss",
                        NotificationKind.REPORT),
                Recipients.ofReport(desk));
        assertEquals(Map.of(), Recipients.ofReport(List.of(user("reporter", Role.REPORTER))));
    }

    @Test
    void anAppliedCorrectionTellsTheStorysReporterUnlessTheyAppliedIt() {
        assertEquals(Map.of("reporter", NotificationKind.CORRECTED), Recipients.ofCorrection("editor", "reporter"));
        assertEquals(Map.of(), Recipients.ofCorrection("editor", "editor"), "an editor's own story, applied by them");
        assertEquals(Map.of(), Recipients.ofCorrection("editor", null));
    }
}
