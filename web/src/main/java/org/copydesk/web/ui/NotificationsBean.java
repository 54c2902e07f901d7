package org.copydesk.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.copydesk.application.NotFoundException;
import org.copydesk.application.NotificationService;
import org.copydesk.application.NotificationService.Inbox;
import org.copydesk.application.NotificationView;
import org.copydesk.web.security.CurrentUser;

/** The signed-in user's notifications page: newest first, unread marked, each links to its story. */
@Named
@ViewScoped
public class NotificationsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SIZE = 50;

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser user;

    private boolean unreadOnly;
    private Inbox inbox;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        inbox = notifications.inbox(user.actor().username(), unreadOnly, 0, SIZE);
    }

    public void markRead(NotificationView n) {
        try {
            notifications.markRead(n.id(), user.actor());
        } catch (NotFoundException e) {
            Messages.error(null, e.getMessage());
        }
        refresh();
    }

    /**
     * Opens what the notification is about, marked read: the note itself (a mention, a reply), the schedule
     * panel (a refused publication), the workflow buttons (a move, a story arriving in a queue), else the story.
     */
    public void open(NotificationView n) throws java.io.IOException {
        try {
            if (!n.read()) {
                notifications.markRead(n.id(), user.actor());
            }
        } catch (NotFoundException e) {
            // gone meanwhile: the story is still worth opening
        }
        jakarta.faces.context.ExternalContext external =
                jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/desk/story.xhtml?id=" + n.storyId() + fragment(n));
    }

    /** Where on the story page a notification leads. */
    static String fragment(NotificationView n) {
        if (n.noteId() != null) {
            return "#note-" + n.noteId();
        }
        return switch (n.kind()) {
            case "SCHEDULE" -> "#schedule";
            case "QUEUE", "MOVED", "ASSIGNED" -> "#workflow";
            case "REPORT", "CORRECTED" -> "#tabs";
            default -> "";
        };
    }

    public void markAllRead() {
        int marked = notifications.markAllRead(user.actor());
        Messages.info(marked == 1 ? "1 notification marked read." : marked + " notifications marked read.");
        refresh();
    }

    public List<NotificationView> getItems() {
        return inbox.items();
    }

    public long getTotal() {
        return inbox.total();
    }

    public long getUnread() {
        return inbox.unread();
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }
}
