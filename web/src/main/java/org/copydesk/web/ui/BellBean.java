package org.copydesk.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.copydesk.application.NotificationService;
import org.copydesk.web.security.CurrentUser;

/** The header's bell: the signed-in user's unread count (kept current on the page by the websocket). */
@Named("bell")
@RequestScoped
public class BellBean {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser user;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = user.find().map(a -> notifications.unread(a.username())).orElse(0L);
        }
        return unread;
    }
}
