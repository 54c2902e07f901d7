package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.copydesk.application.NotificationService;
import org.copydesk.application.NotificationService.Inbox;
import org.copydesk.application.NotificationView;
import org.copydesk.application.Page;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/notifications}: the signed-in user's own notifications, newest first, and marking them read. */
@Tag(name = "Notifications")
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser user;

    /** A page of the user's notifications ({@code unread=true}: only unread ones) and the unread count. */
    @Operation(
            operationId = "listNotifications",
            summary = "List my notifications",
            description = "A page of the user's notifications (unread=true: only unread ones) and the unread count.")
    @GET
    public Inbox list(
            @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return notifications.inbox(user.actor().username(), unreadOnly, page, size);
    }

    @Operation(
            operationId = "markNotificationRead",
            summary = "Mark a notification read",
            description = "Marks one notification of the signed-in user read.")
    @POST
    @Path("{id}/read")
    public NotificationView read(@PathParam("id") long id) {
        return notifications.markRead(id, user.actor());
    }

    @Operation(
            operationId = "markAllNotificationsRead",
            summary = "Mark all my notifications read",
            description = "Marks every notification of the signed-in user read.")
    @POST
    @Path("read-all")
    public Map<String, Object> readAll() {
        int marked = notifications.markAllRead(user.actor());
        return Map.of(
                "marked", marked, "unread", notifications.unread(user.actor().username()));
    }
}
