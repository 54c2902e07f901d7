package org.copydesk.application;

import java.io.Serializable;
import java.time.Instant;
import org.copydesk.domain.notification.Notification;

/** A notification as its recipient sees it. */
public record NotificationView(
        long id, String kind, long storyId, Long noteId, String actor, String message, Instant createdAt, boolean read)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static NotificationView of(Notification n) {
        return new NotificationView(
                n.getId(),
                n.getKind().name(),
                n.getStoryId(),
                n.getNoteId(),
                n.getActor(),
                n.getMessage(),
                n.getCreatedAt(),
                n.isRead());
    }
}
