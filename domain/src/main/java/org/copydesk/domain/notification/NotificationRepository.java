package org.copydesk.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A user's notifications, newest first. */
public interface NotificationRepository {

    Notification store(Notification notification);

    Optional<Notification> find(long id);

    List<Notification> of(String recipient, boolean unreadOnly, int offset, int limit);

    long count(String recipient, boolean unreadOnly);

    /** Marks every unread notification of the user read; answers how many were. */
    int markAllRead(String recipient, Instant now);
}
