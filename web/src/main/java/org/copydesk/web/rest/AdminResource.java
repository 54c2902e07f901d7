package org.copydesk.web.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.copydesk.persistence.DatabaseBackup;

/** {@code /api/admin}: operations for admins. */
@Tag(name = "Operations")
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminResource {

    @Inject
    DatabaseBackup backups;

    /**
     * Takes an online backup of the embedded database now; answers the file written. On PostgreSQL 501: the
     * database's own tools (pg_dump, continuous archiving) back it up, not the application.
     */
    @APIResponseSchema(value = org.copydesk.persistence.DatabaseBackup.Backup.class, responseCode = "201",
            responseDescription = "The backup written.")
    @Operation(operationId = "backupDatabase", summary = "Back up the database now",
            description = "Takes an online backup of the embedded database now; answers the file written. On "
                    + "PostgreSQL 501: the database's own tools (pg_dump, continuous archiving) back it up, not "
                    + "the application.")
    @POST
    @Path("backups")
    public Response backup() {
        if (!backups.supported()) {
            return Problem.response(Response.Status.NOT_IMPLEMENTED, "Copydesk backs up only its embedded H2 "
                    + "database. This one is PostgreSQL: back it up with pg_dump or continuous archiving "
                    + "(docs/operations.md, \"PostgreSQL\").");
        }
        return Response.status(Response.Status.CREATED).entity(backups.backup()).build();
    }
}
