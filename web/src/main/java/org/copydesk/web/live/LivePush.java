package org.copydesk.web.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.application.NoteAdded;
import org.copydesk.application.Notified;
import org.copydesk.application.StoryChanged;

/**
 * Pushes what happened to the browsers that should see it at once: each new notification to its
 * recipient's pages ({@code notify} channel: the bell's count, the dashboard's queues), and each committed
 * save or note to the pages that have the story open ({@code story} channel). It pushes to the pages open on
 * this server; {@link ClusterRelay} calls the same methods on the other servers of a cluster.
 */
@ApplicationScoped
public class LivePush {

    private static final Logger LOG = Logger.getLogger(LivePush.class.getName());

    @Inject
    @Push(channel = "notify")
    PushContext notify;

    @Inject
    @Push(channel = StoryWatchRegistry.CHANNEL)
    PushContext story;

    @Inject
    StoryWatchRegistry watchers;

    void onNotified(@Observes Notified event) {
        notification(
                event.recipient(),
                event.notification().kind(),
                event.unread(),
                event.notification().storyId(),
                event.notification().actor(),
                event.notification().message());
    }

    void onStory(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryChanged event) {
        story(event.storyId(), event.kind().name().toLowerCase(), event.state().name(), event.by());
    }

    void onNote(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoteAdded event) {
        note(event.storyId(), event.by());
    }

    /** A new notification to its recipient's pages on this server (the bell's count, the dashboard's queues). */
    public void notification(String recipient, String kind, long unread, long storyId, String by, String text) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "notification");
        message.put("kind", kind);
        message.put("unread", unread);
        message.put("storyId", storyId);
        message.put("by", by);
        message.put("text", text);
        send(notify, message, Set.of(recipient));
    }

    /** A story saved, moved or assigned ({@code type}), to the pages on this server that have it open. */
    public void story(long storyId, String type, String state, String by) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", type);
        message.put("storyId", storyId);
        message.put("state", state);
        message.put("by", by);
        send(story, message, watchers.keys(storyId));
    }

    /** A note written on a story, to the pages on this server that have it open. */
    public void note(long storyId, String by) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "note");
        message.put("storyId", storyId);
        message.put("by", by);
        send(story, message, watchers.keys(storyId));
    }

    private static void send(PushContext channel, Map<String, Object> message, Set<String> users) {
        if (users.isEmpty()) {
            return;
        }
        try {
            channel.send(message, users);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not push " + message.get("type") + " to " + users, e);
        }
    }
}
