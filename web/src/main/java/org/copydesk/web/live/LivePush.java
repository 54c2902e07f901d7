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
 * save or note to the pages that have the story open ({@code story} channel).
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
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "notification");
        message.put("kind", event.notification().kind());
        message.put("unread", event.unread());
        message.put("storyId", event.notification().storyId());
        message.put("by", event.notification().actor());
        message.put("text", event.notification().message());
        send(notify, message, Set.of(event.recipient()));
    }

    void onStory(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryChanged event) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", event.kind().name().toLowerCase());
        message.put("storyId", event.storyId());
        message.put("state", event.state().name());
        message.put("by", event.by());
        send(story, message, watchers.keys(event.storyId()));
    }

    void onNote(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoteAdded event) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "note");
        message.put("storyId", event.storyId());
        message.put("by", event.by());
        send(story, message, watchers.keys(event.storyId()));
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
