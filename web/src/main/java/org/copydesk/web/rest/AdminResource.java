package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.copydesk.application.Page;
import org.copydesk.application.PeopleService;
import org.copydesk.application.PeopleService.ActionView;
import org.copydesk.persistence.DatabaseBackup;
import org.copydesk.web.Problem;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/** {@code /api/admin}: operations for admins. */
@Tag(name = "Operations")
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class);

    /** The API's rate limit: requests a minute each account may make on this server; 0 for none. */
    public record RateLimit(@NotNull @Min(0) @Max(1_000_000) Integer perMinute) {}

    @Inject
    DatabaseBackup backups;

    @Inject
    RateLimits limits;

    @Inject
    CurrentUser user;

    @Inject
    PeopleService people;

    @Operation(
            operationId = "listAdminActions",
            summary = "The administrators' log",
            description = "Every account added, changed, disabled, enabled or given a new password: who did it, when, "
                    + "to whom and what changed; newest first, a page at a time.")
    @GET
    @Path("actions")
    public Page<ActionView> actions(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return people.log(page, size, user.actor());
    }

    /**
     * Takes an online backup of the embedded database now; answers the file written. On PostgreSQL 501: the
     * database's own tools (pg_dump, continuous archiving) back it up, not the application.
     */
    @APIResponseSchema(
            value = org.copydesk.persistence.DatabaseBackup.Backup.class,
            responseCode = "201",
            responseDescription = "The backup written.")
    @Operation(
            operationId = "backupDatabase",
            summary = "Back up the database now",
            description = "Takes an online backup of the embedded database now; answers the file written. On "
                    + "PostgreSQL 501: the database's own tools (pg_dump, continuous archiving) back it up, not "
                    + "the application.")
    @POST
    @Path("backups")
    public Response backup() {
        if (!backups.supported()) {
            return Problem.response(
                    Response.Status.NOT_IMPLEMENTED,
                    "Copydesk backs up only its embedded H2 "
                            + "database. This one is PostgreSQL: back it up with pg_dump or continuous archiving "
                            + "(docs/operations.md, \"PostgreSQL\").");
        }
        return Response.status(Response.Status.CREATED).entity(backups.backup()).build();
    }

    @Operation(
            operationId = "getRateLimit",
            summary = "Read the API's rate limit",
            description = "The requests a minute each account may make on this server (0: no limit).")
    @GET
    @Path("rate-limit")
    public RateLimit rateLimit() {
        return new RateLimit(limits.perMinute());
    }

    @Operation(
            operationId = "setRateLimit",
            summary = "Change the API's rate limit",
            description = "Sets the requests a minute each account may make on this server until it restarts "
                    + "(0: no limit); at start it is copydesk.api.requests-per-minute, 1,200 unless set. Admin "
                    + "operations are never counted, so an admin can always change it back.")
    @PUT
    @Path("rate-limit")
    @Consumes(MediaType.APPLICATION_JSON)
    public RateLimit setRateLimit(@Valid @NotNull RateLimit limit) {
        int before = limits.perMinute();
        limits.perMinute(limit.perMinute());
        LOG.infof(
                "%s changed the API rate limit from %d to %d requests a minute per account",
                user.actor().username(), before, limit.perMinute());
        return new RateLimit(limits.perMinute());
    }
}
