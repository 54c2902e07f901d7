package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.copydesk.application.SectionService;

/** {@code /api/sections}: the newsroom's section list. */
@Path("sections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class SectionResource {

    @Inject
    SectionService sections;

    @GET
    public List<String> list() {
        return sections.names();
    }
}
