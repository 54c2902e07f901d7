package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.copydesk.persistence.DatabaseBackup;

/** {@code /api/admin}: operations for admins. */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminResource {

    @Inject
    DatabaseBackup backups;

    /** Takes an online backup of the embedded database now; answers the file written. */
    @POST
    @Path("backups")
    public Response backup() {
        return Response.status(Response.Status.CREATED).entity(backups.backup()).build();
    }
}
