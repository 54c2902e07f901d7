package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.copydesk.application.CorrectionService;
import org.copydesk.application.MediaService;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryQueries;
import org.copydesk.web.reader.Feeds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/stories/{id}/ninjs}: a story as an IPTC ninjs 2.2 news item ({@link Ninjs}). */
@Tag(name = "Stories")
@Path("stories/{id}/ninjs")
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class NinjsResource {

    @Inject
    StoryQueries queries;

    @Inject
    CorrectionService corrections;

    @Inject
    MediaService media;

    @Context
    HttpServletRequest request;

    @APIResponse(
            responseCode = "200",
            description = "The story as an IPTC ninjs " + Ninjs.VERSION + " item (" + Ninjs.SCHEMA + ").",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.OBJECT, description = "An IPTC ninjs news item.")))
    @Operation(
            operationId = "getStoryNinjs",
            summary = "Read a story as an IPTC ninjs item",
            description = "The story for partners and apps in IPTC ninjs " + Ninjs.VERSION + ": headline, "
                    + "standfirst, the body as HTML and plain text, byline, sections as subjects, pictures with "
                    + "their renditions, and the dated correction notices. pubstatus is usable once published, "
                    + "canceled once retracted, withheld before. The ETag is the story's version.")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response item(@PathParam("id") long id) {
        StoryDetails story = queries.find(id);
        return Response.ok(Ninjs.item(story, corrections.notices(id), Feeds.base(request), media::find))
                .tag(StoryResource.etag(story))
                .build();
    }
}
