package org.copydesk.web.rest;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.copydesk.application.Page;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryService;
import org.copydesk.application.StorySummary;
import org.copydesk.domain.story.Story;

/** {@code /api/stories}: list and create stories, read one. */
@Path("stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    /** What a client sends to create a story. */
    public record NewStory(
            @NotBlank @Size(max = Story.HEADLINE_MAX) String headline,
            @NotNull @Size(max = Story.BODY_MAX) String body) {
    }

    @Inject
    StoryService stories;

    @GET
    public Page<StorySummary> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return stories.list(page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull NewStory story, @Context UriInfo uri) {
        StoryDetails created = stories.create(story.headline(), story.body());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(etag(created))
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public Response find(@PathParam("id") long id) {
        StoryDetails story = stories.find(id);
        return Response.ok(story).tag(etag(story)).build();
    }

    static EntityTag etag(StoryDetails story) {
        return new EntityTag(String.valueOf(story.version()));
    }
}
