package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.copydesk.application.MediaService;
import org.copydesk.application.MediaService.MediaView;
import org.copydesk.application.Page;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.ImageCaption;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/media}: pictures. Upload one (the image itself as the body; its type is read from its bytes), find
 * one, or page through the library. The picture's files are served at {@code /copydesk/media/{id}?w=640}.
 */
@Tag(name = "Media")
@Path("media")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class MediaResource {

    @Inject
    MediaService media;

    @Inject
    CurrentUser user;

    /** A picture as the API shows it: {@code url} serves it (add {@code ?w=} for a width). */
    public record Picture(
            long id,
            int width,
            int height,
            String url,
            String contentType,
            long byteSize,
            String credit,
            String alt,
            String fileName,
            String uploadedBy,
            Instant uploadedAt,
            List<Integer> widths,
            long uses) {

        static Picture of(MediaView m, UriInfo uri) {
            String url = uri.getBaseUri().resolve("../media/" + m.id()).getPath();
            return new Picture(
                    m.id(),
                    m.width(),
                    m.height(),
                    url,
                    m.contentType(),
                    m.byteSize(),
                    m.credit(),
                    m.alt(),
                    m.fileName(),
                    m.uploadedBy(),
                    m.uploadedAt(),
                    m.widths(),
                    m.uses());
        }
    }

    /**
     * Stores a picture: JPEG, PNG or WebP, at most 10 MiB (413), recognised by its bytes (anything else 415).
     * 201 with the new picture; 200 with the stored one when the same bytes were uploaded before.
     */
    @APIResponse(
            responseCode = "201",
            description = "The picture stored.",
            content = @Content(schema = @Schema(implementation = Picture.class)))
    @APIResponse(
            responseCode = "200",
            description = "The same bytes were uploaded before: the stored picture.",
            content = @Content(schema = @Schema(implementation = Picture.class)))
    @Operation(
            operationId = "uploadPicture",
            summary = "Upload a picture",
            description = "Stores a picture: JPEG, PNG or WebP, at most 10 MiB (413), recognised by its bytes "
                    + "(anything else 415). 201 with the new picture; 200 with the stored one when the same bytes "
                    + "were uploaded before.")
    @POST
    @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR"})
    public Response upload(
            @NotNull byte[] body,
            @QueryParam("credit") @Size(max = ImageCaption.CREDIT_MAX) String credit,
            @QueryParam("alt") @Size(max = Block.ALT_MAX) String alt,
            @QueryParam("name") @Size(max = 200) String name,
            @Context UriInfo uri) {
        MediaService.Uploaded uploaded = media.upload(body, name, credit, alt, user.actor());
        Picture picture = Picture.of(uploaded.media(), uri);
        if (!uploaded.created()) {
            return Response.ok(picture)
                    .contentLocation(URI.create("media/" + picture.id()))
                    .build();
        }
        return Response.created(uri.getBaseUriBuilder()
                        .path("media")
                        .path(String.valueOf(picture.id()))
                        .build())
                .entity(picture)
                .build();
    }

    @Operation(
            operationId = "getPicture",
            summary = "Read a picture's record",
            description = "A picture's record: size, type, credit, alt text and the address of its renditions.")
    @GET
    @Path("{id}")
    public Picture find(@PathParam("id") long id, @Context UriInfo uri) {
        return Picture.of(media.find(id), uri);
    }

    /** The library, newest first; {@code q} finds words in the credit, alt text or file name. */
    @Operation(
            operationId = "listPictures",
            summary = "List the picture library",
            description = "The library, newest first; q finds words in the credit, alt text or file name.")
    @GET
    public Page<Picture> library(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size,
            @Context UriInfo uri) {
        Page<MediaView> found = media.library(q, page, size);
        return new Page<>(found.items().stream().map(m -> Picture.of(m, uri)).toList(), found.total(), page, size);
    }
}
