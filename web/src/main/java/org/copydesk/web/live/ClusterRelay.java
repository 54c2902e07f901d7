package org.copydesk.web.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletContext;
import java.io.StringReader;
import java.util.UUID;
import org.copydesk.application.NoteAdded;
import org.copydesk.application.Notified;
import org.copydesk.application.StoryChanged;
import org.copydesk.application.StoryCorrected;
import org.copydesk.application.UserAccess;
import org.copydesk.application.UserAccessChanged;
import org.copydesk.persistence.NodeChannel;
import org.copydesk.web.reader.PublicPageCache;

/**
 * Tells the other servers of a cluster what this one did, so that their users and readers see it at once: each
 * committed change of a story (their public page cache drops the page; the desk pages that have it open are told),
 * each note, each notification (the recipient's bell, on whichever server the recipient is signed in), each change
 * that ends an account's sessions (the other servers forget what they knew of it). The
 * messages go through the shared database ({@link NodeChannel}: PostgreSQL LISTEN/NOTIFY); each server
 * ignores its own. On H2 — one server — nothing is sent.
 *
 * <p>A message: {@code {"from": <server>, "what": "story"|"corrected"|"note"|"notification"|"user", ...fields}}.
 */
@ApplicationScoped
public class ClusterRelay {

    /** This server, for as long as it runs: its own messages come back to it and are skipped. */
    final String server = UUID.randomUUID().toString();
    /** A notification's text is cut to this in a message (the bell shows less). */
    static final int TEXT_MAX = 500;

    @Inject
    NodeChannel channel;

    @Inject
    LivePush push;

    @Inject
    PublicPageCache pages;

    @Inject
    UserAccess access;

    void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        channel.listen(this::received);
    }

    void onStory(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryChanged e) {
        send(message("story")
                .add("id", e.storyId())
                .add("slug", text(e.slug()))
                .add("type", e.kind().name().toLowerCase())
                .add("state", e.state().name())
                .add("by", text(e.by())));
    }

    void onCorrected(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryCorrected e) {
        send(message("corrected").add("id", e.storyId()).add("slug", text(e.slug())));
    }

    void onNote(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoteAdded e) {
        send(message("note").add("id", e.storyId()).add("by", text(e.by())));
    }

    void onAccess(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserAccessChanged e) {
        send(message("user").add("name", e.username()));
    }

    void onNotified(@Observes Notified e) {
        String body = text(e.notification().message());
        send(message("notification")
                .add("to", e.recipient())
                .add("kind", text(e.notification().kind()))
                .add("unread", e.unread())
                .add("id", e.notification().storyId())
                .add("by", text(e.notification().actor()))
                .add("text", body.length() > TEXT_MAX ? body.substring(0, TEXT_MAX - 1) + "…" : body));
    }

    private void send(JsonObjectBuilder message) {
        if (channel.isShared()) {
            channel.send(message.build().toString());
        }
    }

    private JsonObjectBuilder message(String what) {
        return Json.createObjectBuilder().add("from", server).add("what", what);
    }

    /** A message from the channel: another server's change, done here for this server's users and readers. */
    void received(String raw) {
        JsonObject m;
        try (var reader = Json.createReader(new StringReader(raw))) {
            m = reader.readObject();
        }
        if (server.equals(m.getString("from", null))) {
            return;
        }
        String what = m.getString("what", "");
        if (what.equals("user")) {
            access.forget(m.getString("name"));
            return;
        }
        long id = m.getJsonNumber("id").longValue();
        switch (what) {
            case "story" -> {
                pages.forget(id, blankToNull(m.getString("slug", "")));
                push.story(id, m.getString("type"), m.getString("state"), m.getString("by"));
            }
            case "corrected" -> pages.forget(id, blankToNull(m.getString("slug", "")));
            case "note" -> push.note(id, m.getString("by"));
            case "notification" ->
                push.notification(
                        m.getString("to"),
                        m.getString("kind"),
                        m.getJsonNumber("unread").longValue(),
                        id,
                        m.getString("by"),
                        m.getString("text"));
            default -> throw new IllegalArgumentException("Not a message this server knows: " + raw);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
