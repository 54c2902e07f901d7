package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.copydesk.application.UserService;
import org.copydesk.domain.user.PasswordPolicy;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/me}: the signed-in user's own account. */
@Tag(name = "People")
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class MeResource {

    /** The current password and the new one. */
    public record PasswordChange(
            @NotNull @Size(max = PasswordPolicy.MAX * 4) String currentPassword,
            @NotNull @Size(max = PasswordPolicy.MAX * 4) String newPassword) {}

    @Inject
    UserService users;

    @Inject
    CurrentUser user;

    @Operation(
            operationId = "changeOwnPassword",
            summary = "Change your password",
            description = "The current password (a one-time password included) and a new one of at least 12 "
                    + "characters that is not the username and not on the list of common passwords shipped with "
                    + "Copydesk. The account's other sessions and API sign-ins end. The only call a one-time "
                    + "password may make.")
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@Valid @NotNull PasswordChange change) {
        users.changeOwnPassword(user.actor().username(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }
}
