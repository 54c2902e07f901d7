package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.copydesk.application.Page;
import org.copydesk.application.SourceView;
import org.copydesk.application.SourcingService;
import org.copydesk.domain.sourcing.Source;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.sourcing.VerificationStatus;
import org.copydesk.web.security.CurrentUser;

/** {@code /api/sources}: the source registry, its verification and merging. */
@Path("sources")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class SourceResource {

    /** A new source. */
    public record NewSource(@NotBlank @Size(max = Source.NAME_MAX) String name, @NotNull SourceKind kind,
            @Size(max = 300) String role, @Size(max = 500) String reference) {
    }

    /** A verification decision; a note is required for anything but VERIFIED. */
    public record Verification(@NotNull VerificationStatus status, @Size(max = 2000) String note) {
    }

    /** Which duplicate record to merge into this one. */
    public record Merge(@NotNull Long duplicateId) {
    }

    @Inject
    SourcingService sourcing;

    @Inject
    CurrentUser user;

    @GET
    public Page<SourceView> search(@QueryParam("q") @Size(max = 200) String text,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return sourcing.searchSources(text, page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"REPORTER", "EDITOR"})
    public Response create(@Valid @NotNull NewSource source, @Context UriInfo uri) {
        SourceView created = sourcing.createSource(source.name(), source.kind(), source.role(), source.reference(),
                user.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public SourceView find(@PathParam("id") long id) {
        return sourcing.source(id);
    }

    @PUT
    @Path("{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("EDITOR")
    public SourceView verify(@PathParam("id") long id, @Valid @NotNull Verification verification) {
        return sourcing.verify(id, verification.status(), verification.note(), user.actor());
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("EDITOR")
    public SourceView merge(@PathParam("id") long id, @Valid @NotNull Merge merge) {
        return sourcing.merge(id, merge.duplicateId(), user.actor());
    }
}
