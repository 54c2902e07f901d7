package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.copydesk.application.SectionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/sections}: the newsroom's section list. */
@Tag(name = "Sections")
@Path("sections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class SectionResource {

    @Inject
    SectionService sections;

    @Operation(operationId = "listSections", summary = "List the sections",
            description = "The sections a story can be filed in.")
    @GET
    public List<String> list() {
        return sections.names();
    }
}
