package org.copydesk.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.copydesk.persistence.DatabaseHealth;
import org.copydesk.persistence.DatabaseMigrator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/health}: UP when the database answers and the schema is migrated. */
@Tag(name = "Operations")
@Path("health")
public class HealthResource {

    /** What the check found: UP only when the database answers and this deployment migrated it. */
    public record Health(String status, String database, String schema) {
        static Health of(boolean databaseUp, boolean migrated) {
            boolean up = databaseUp && migrated;
            return new Health(up ? "UP" : "DOWN", databaseUp ? "UP" : "DOWN", migrated ? "MIGRATED" : "PENDING");
        }

        boolean up() {
            return "UP".equals(status);
        }
    }

    @Inject
    DatabaseHealth database;

    @Inject
    DatabaseMigrator migrator;

    @APIResponse(
            responseCode = "200",
            description = "UP.",
            content = @Content(schema = @Schema(implementation = Health.class)))
    @APIResponse(
            responseCode = "503",
            description = "DOWN: the database does not answer or is not migrated.",
            content = @Content(schema = @Schema(implementation = Health.class)))
    @Operation(
            operationId = "getHealth",
            summary = "Check the server's health",
            description = "UP (200) when the database answers and its schema is migrated; DOWN (503) otherwise. "
                    + "Needs no sign-in.")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Health health = Health.of(database.isUp(), migrator.isMigrated());
        return Response.status(health.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(health)
                .build();
    }
}
