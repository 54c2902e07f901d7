package org.copydesk.web.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.copydesk.application.StoryWatchers;

/**
 * Who has which story open, from the story page's websocket ({@code story} channel): it connects with the
 * key "storyId:username" and the Faces websocket tells when each connection opens and closes. Knows only
 * the connections to this server.
 */
@ApplicationScoped
public class StoryWatchRegistry implements StoryWatchers {

    static final String CHANNEL = "story";

    /** Open connections per key: one user may have the same story open in two tabs. */
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    /** The websocket user key of one user's story page. */
    public static String key(long storyId, String username) {
        return storyId + ":" + username;
    }

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent event) {
        String key = keyOf(event);
        if (key != null) {
            open.merge(key, 1, Integer::sum);
        }
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent event) {
        String key = keyOf(event);
        if (key != null) {
            open.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    private static String keyOf(WebsocketEvent event) {
        Serializable user = event.getUser();
        return CHANNEL.equals(event.getChannel()) && user != null ? user.toString() : null;
    }

    /** The keys of everyone connected to the story's page here. */
    Set<String> keys(long storyId) {
        String prefix = storyId + ":";
        return open.keySet().stream().filter(k -> k.startsWith(prefix)).collect(Collectors.toSet());
    }

    @Override
    public Set<String> watching(long storyId) {
        String prefix = storyId + ":";
        return keys(storyId).stream().map(k -> k.substring(prefix.length())).collect(Collectors.toSet());
    }
}
