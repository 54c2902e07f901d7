package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.copydesk.application.SectionService;
import org.copydesk.application.SectionService.SectionView;
import org.copydesk.domain.section.Section;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/sections}: the newsroom's section list (everyone), and its upkeep (admins): add a section, rename one
 * (its stories move with it), retire one (offered for no new story, kept on the stories filed in it) or restore it.
 */
@Tag(name = "Sections")
@Path("sections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class SectionResource {

    /** A new section's name. */
    public record NewSection(@NotBlank @Size(max = Section.NAME_MAX) String name) {}

    /** A section's name and whether it is retired, as they are to be. */
    public record SectionChange(@NotBlank @Size(max = Section.NAME_MAX) String name, @NotNull Boolean retired) {}

    @Inject
    SectionService sections;

    @Inject
    CurrentUser user;

    @Operation(
            operationId = "listSections",
            summary = "List the sections",
            description = "The sections a story can be filed in (retired ones are not offered).")
    @GET
    public List<String> list() {
        return sections.names();
    }

    @Operation(
            operationId = "listSectionEntries",
            summary = "List every section, retired ones too",
            description = "Each section with its id, place in the list, whether it is retired and its version.")
    @GET
    @Path("entries")
    @RolesAllowed("ADMIN")
    public List<SectionView> entries() {
        return sections.list(user.actor());
    }

    @APIResponseSchema(value = SectionView.class, responseCode = "201", responseDescription = "The section added.")
    @Operation(
            operationId = "createSection",
            summary = "Add a section",
            description = "At the end of the list; a name another section has (whatever its case) is a 409.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Response create(@Valid @NotNull NewSection section, @Context UriInfo uri) {
        SectionView made = sections.add(section.name(), user.actor());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(made.id()))
                        .build())
                .tag(etag(made))
                .entity(made)
                .build();
    }

    @Operation(
            operationId = "updateSection",
            summary = "Rename, retire or restore a section",
            description = "A new name moves the section's stories with it (each story's version is raised, so an open "
                    + "copy with the old name is a conflict, not an overwrite); retired: true offers it for no new "
                    + "story and keeps it on the stories filed in it; a name another section has is a 409.")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Response update(
            @PathParam("id") long id,
            @Parameter(description = OpenApiContract.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SectionChange change) {
        SectionView section =
                sections.update(id, Versions.optional(ifMatch), change.name(), change.retired(), user.actor());
        return Response.ok(section).tag(etag(section)).build();
    }

    private static EntityTag etag(SectionView section) {
        return new EntityTag(String.valueOf(section.version()));
    }
}
