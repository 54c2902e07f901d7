package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.copydesk.application.DeskMetrics;
import org.copydesk.application.MetricsService;
import org.copydesk.domain.metrics.MetricsPeriod;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/metrics?period=90d}: the desk metrics (editors and admins); periods 30d, 90d, 365d, all. */
@Tag(name = "Operations")
@Path("metrics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"EDITOR", "ADMIN"})
public class MetricsResource {

    @Inject
    MetricsService metrics;

    @Inject
    CurrentUser user;

    @Operation(
            operationId = "getDeskMetrics",
            summary = "Read the desk's figures",
            description = "Stories per state, times through the workflow and corrections, for editors and admins.")
    @GET
    public DeskMetrics metrics(@QueryParam("period") @Size(max = 10) String period) {
        return metrics.metrics(MetricsPeriod.parse(period), user.actor());
    }
}
