package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.copydesk.application.Page;
import org.copydesk.application.RevisionService;
import org.copydesk.application.RevisionService.DiffView;
import org.copydesk.application.RevisionService.RevisionSummary;
import org.copydesk.application.RevisionService.RevisionView;

/** A story's history: {@code /api/stories/{id}/revisions} and {@code …/diff?from=&to=}. */
@Path("stories/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class RevisionResource {

    @Inject
    RevisionService revisions;

    @GET
    @Path("revisions")
    public Page<RevisionSummary> history(@PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return revisions.history(id, page, size);
    }

    @GET
    @Path("revisions/{number}")
    public RevisionView revision(@PathParam("id") long id, @PathParam("number") int number) {
        return revisions.revision(id, number);
    }

    @GET
    @Path("diff")
    public DiffView diff(@PathParam("id") long id, @QueryParam("from") @NotNull @Min(1) Integer from,
            @QueryParam("to") @NotNull @Min(1) Integer to) {
        return revisions.diff(id, from, to);
    }
}
