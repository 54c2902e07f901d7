package org.copydesk.web.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.application.NoteAdded;
import org.copydesk.application.NotificationView;
import org.copydesk.application.Notified;
import org.copydesk.application.StoryChanged;
import org.copydesk.application.StoryCorrected;
import org.copydesk.application.UserAccess;
import org.copydesk.application.UserAccessChanged;
import org.copydesk.domain.workflow.StoryState;
import org.copydesk.persistence.NodeChannel;
import org.copydesk.web.reader.PublicPageCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers' relays on one channel, without a database: what one sends, the other does for its own users and
 * readers (the database's part, LISTEN/NOTIFY, is tried by TwoNodeClusterIT).
 */
class ClusterRelayTest {

    /** The channel: every message sent reaches every relay, the sender's own too, as PostgreSQL does. */
    static final class Channel extends NodeChannel {
        final List<ClusterRelay> relays = new ArrayList<>();
        final List<String> sent = new ArrayList<>();

        @Override
        public boolean isShared() {
            return true;
        }

        @Override
        public void send(String message) {
            sent.add(message);
            relays.forEach(r -> r.received(message));
        }
    }

    /** What a server pushed to its browsers. */
    static final class Pushes extends LivePush {
        final List<String> pushed = new ArrayList<>();

        @Override
        public void story(long storyId, String type, String state, String by) {
            pushed.add("story " + storyId + " " + type + " " + state + " " + by);
        }

        @Override
        public void note(long storyId, String by) {
            pushed.add("note " + storyId + " " + by);
        }

        @Override
        public void notification(String recipient, String kind, long unread, long storyId, String by, String text) {
            pushed.add("notification " + recipient + " " + kind + " " + unread + " " + storyId + " " + by + " "
                    + text.length());
        }
    }

    /** What a server forgot of its users' access. */
    static final class Access extends UserAccess {
        final List<String> forgotten = new ArrayList<>();

        @Override
        public void forget(String username) {
            forgotten.add(username);
        }
    }

    private final Channel channel = new Channel();
    private ClusterRelay one;
    private ClusterRelay two;
    private Pushes onTwo;

    private ClusterRelay server(Pushes pushes) {
        ClusterRelay relay = new ClusterRelay();
        relay.channel = channel;
        relay.push = pushes;
        relay.pages = new PublicPageCache();
        relay.access = new Access();
        channel.relays.add(relay);
        return relay;
    }

    @BeforeEach
    void twoServers() {
        one = server(new Pushes());
        onTwo = new Pushes();
        two = server(onTwo);
    }

    @Test
    void aChangeOnOneServerDropsThePageAndTellsTheDeskPagesOnTheOther() {
        two.pages.put("tokyo-metro", 42, new byte[] {1}, "text/html");
        one.onStory(new StoryChanged(42, "tokyo-metro", StoryState.PUBLISHED, "editor", StoryChanged.Kind.MOVED));
        assertNull(two.pages.get("tokyo-metro"), "the other server's page cache forgot the page");
        assertEquals(List.of("story 42 moved PUBLISHED editor"), onTwo.pushed);
        assertEquals(1, channel.sent.size());
    }

    @Test
    void aCorrectionDropsThePageByItsIdWhenTheSlugIsUnknown() {
        two.pages.put("old-slug", 7, new byte[] {1}, "text/html");
        two.pages.put("other", 8, new byte[] {1}, "text/html");
        one.onCorrected(new StoryCorrected(7, null));
        assertNull(two.pages.get("old-slug"));
        assertNotNull(two.pages.get("other"));
        assertEquals(List.of(), onTwo.pushed, "a correction pushes nothing to the desk");
    }

    @Test
    void notesAndNotificationsReachTheOtherServerOnlyOnce() {
        one.onNote(new NoteAdded(42, 1, 1, false, "copyeditor", List.of("editor"), List.of(), "Check the name"));
        String longText = "x".repeat(5_000);
        one.onNotified(new Notified(
                "editor", new NotificationView(3, "MENTION", 42, 1L, "copyeditor", longText, Instant.now(), false), 4));
        assertEquals(
                List.of("note 42 copyeditor", "notification editor MENTION 4 42 copyeditor " + ClusterRelay.TEXT_MAX),
                onTwo.pushed,
                "the text is cut to keep the message within the database's limit");
    }

    @Test
    void anAccountChangeOnOneServerMakesTheOtherForgetWhatItKnewOfTheAccount() {
        one.onAccess(new UserAccessChanged("rita"));
        assertEquals(List.of("rita"), ((Access) two.access).forgotten, "the other server reads the account again");
        assertEquals(List.of(), ((Access) one.access).forgotten, "the sender forgot it itself, after its commit");
        assertEquals(List.of(), onTwo.pushed);
    }

    @Test
    void aMessageThisServerDoesNotKnowIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> two.received("{\"from\":\"elsewhere\",\"what\":\"reboot\",\"id\":1}"));
    }
}
