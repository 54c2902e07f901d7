package org.copydesk.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.copydesk.persistence.DatabaseHealth;
import org.copydesk.persistence.DatabaseMigrator;

/** {@code /api/health}: UP when the database answers and the schema is migrated. */
@Path("health")
public class HealthResource {

    public record Health(String status, String database, String schema) {
    }

    @Inject
    DatabaseHealth database;

    @Inject
    DatabaseMigrator migrator;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean dbUp = database.isUp();
        boolean migrated = migrator.isMigrated();
        boolean up = dbUp && migrated;
        Health health = new Health(up ? "UP" : "DOWN", dbUp ? "UP" : "DOWN", migrated ? "MIGRATED" : "PENDING");
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(health).build();
    }
}
