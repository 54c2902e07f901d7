package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.Set;
import org.copydesk.application.Page;
import org.copydesk.application.PeopleService;
import org.copydesk.application.PeopleService.Handover;
import org.copydesk.application.PeopleService.UserView;
import org.copydesk.domain.user.Role;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/users} (admins): the newsroom's accounts — add one (answered with a one-time password its owner
 * replaces at first sign-in), change its name, roles and whether it is enabled, reset its password. Disabling an
 * account, new roles or a reset end its sessions and API sign-ins at once on every server. Every action is in the
 * administrators' log ({@code GET /api/admin/actions}).
 */
@Tag(name = "People")
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class UserResource {

    /** A new account: its username, the name colleagues know, and its roles. */
    public record NewUser(
            @NotBlank @Size(max = 40) String username,
            @NotBlank @Size(max = 120) String displayName,
            @NotEmpty @Size(max = 4) Set<@NotNull Role> roles) {}

    /** An account's name, roles and whether it is enabled, as they are to be. */
    public record UserChange(
            @NotBlank @Size(max = 120) String displayName,
            @NotEmpty @Size(max = 4) Set<@NotNull Role> roles,
            @NotNull Boolean enabled) {}

    @Inject
    PeopleService people;

    @Inject
    CurrentUser user;

    @Operation(
            operationId = "listUsers",
            summary = "List the accounts",
            description = "Every account in username order, a page at a time, without passwords.")
    @GET
    public Page<UserView> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return people.list(page, size, user.actor());
    }

    @APIResponseSchema(
            value = Handover.class,
            responseCode = "201",
            responseDescription = "The account, with the one-time password to hand over (shown this once).")
    @Operation(
            operationId = "createUser",
            summary = "Add an account",
            description = "The account is enabled, with a one-time password its owner must replace at first sign-in "
                    + "(PUT /api/me/password); a username already taken is a 409.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull NewUser account, @Context UriInfo uri) {
        Handover made =
                people.add(account.username(), account.displayName(), EnumSet.copyOf(account.roles()), user.actor());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(made.user().username())
                        .build())
                .tag(etag(made.user()))
                .entity(made)
                .build();
    }

    @Operation(
            operationId = "getUser",
            summary = "Read an account",
            description = "The account with its ETag, for a change sent with If-Match.")
    @GET
    @Path("{username}")
    public Response get(@PathParam("username") String username) {
        UserView account = people.get(username, user.actor());
        return Response.ok(account).tag(etag(account)).build();
    }

    @Operation(
            operationId = "updateUser",
            summary = "Change an account",
            description = "Its display name, roles and whether it is enabled. With If-Match (the ETag read), a change "
                    + "made meanwhile is a 412. Disabling, enabling or new roles end the account's sessions and API "
                    + "sign-ins at once. The last enabled administrator cannot be disabled or lose the role, and no "
                    + "administrator disables themselves (409).")
    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(
            @PathParam("username") String username,
            @Parameter(description = OpenApiContract.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UserChange change) {
        UserView account = people.update(
                username,
                Versions.optional(ifMatch),
                change.displayName(),
                EnumSet.copyOf(change.roles()),
                change.enabled(),
                user.actor());
        return Response.ok(account).tag(etag(account)).build();
    }

    @Operation(
            operationId = "resetPassword",
            summary = "Reset an account's password",
            description = "A new one-time password, answered this once; the old password stops working and the "
                    + "account's sessions end. Its owner replaces it at the next sign-in.")
    @POST
    @Path("{username}/password-reset")
    public Handover resetPassword(@PathParam("username") String username) {
        return people.resetPassword(username, user.actor());
    }

    static EntityTag etag(UserView account) {
        return new EntityTag(String.valueOf(account.version()));
    }
}
