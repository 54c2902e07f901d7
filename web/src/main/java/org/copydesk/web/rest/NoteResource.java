package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.copydesk.application.NoteEditView;
import org.copydesk.application.NoteService;
import org.copydesk.application.NoteView;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/stories/{id}/notes}: the newsroom's notes on a story — threads, replies, anchors to a block
 * or an attribution, edits and deletes by their author with the history kept. Never public.
 */
@Tag(name = "Notes")
@Path("stories/{storyId}/notes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class NoteResource {

    /** A new note: its text, and either the note it replies to or what it is anchored to (if anything). */
    public record NewNote(
            @Size(max = 20_000) String text, @Size(max = 12) String blockKey, Long attributionId, Long replyTo) {}

    /** An edit: the new text. */
    public record NoteText(@Size(max = 20_000) String text) {}

    @Inject
    NoteService notes;

    @Inject
    CurrentUser user;

    @Operation(
            operationId = "listNotes",
            summary = "List the notes on a story",
            description = "The notes on the story, in threads, oldest first.")
    @GET
    public List<NoteView> list(@PathParam("storyId") long storyId) {
        return notes.ofStory(storyId);
    }

    @APIResponseSchema(value = NoteView.class, responseCode = "201", responseDescription = "The note written.")
    @Operation(
            operationId = "writeNote",
            summary = "Write a note on a story",
            description = "Writes a note (or a reply) on the story.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(@PathParam("storyId") long storyId, @Valid @NotNull NewNote note, @Context UriInfo uri) {
        NoteView created =
                notes.write(storyId, note.text(), note.blockKey(), note.attributionId(), note.replyTo(), user.actor());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .tag(etag(created))
                .entity(created)
                .build();
    }

    @APIResponseSchema(value = NoteView.class, responseDescription = "The note.")
    @Operation(
            operationId = "getNote",
            summary = "Read a note",
            description = "One note; the ETag header is the version to send back in If-Match.")
    @GET
    @Path("{noteId}")
    public Response find(@PathParam("storyId") long storyId, @PathParam("noteId") long noteId) {
        NoteView note = notes.find(storyId, noteId);
        return Response.ok(note).tag(etag(note)).build();
    }

    /** Edits a note (its author only). Needs {@code If-Match} with the ETag read: missing → 428, stale → 412. */
    @APIResponseSchema(value = NoteView.class, responseDescription = "The note as edited.")
    @Operation(
            operationId = "editNote",
            summary = "Edit a note",
            description = "Edits a note (its author only). Needs If-Match with the ETag read: missing → 428, stale "
                    + "→ 412.")
    @PUT
    @Path("{noteId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(
            @PathParam("storyId") long storyId,
            @PathParam("noteId") long noteId,
            @Parameter(description = OpenApiContract.IF_MATCH_REQUIRED, required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull NoteText text) {
        NoteView edited = notes.edit(storyId, noteId, Versions.required(ifMatch), text.text(), user.actor());
        return Response.ok(edited).tag(etag(edited)).build();
    }

    /** Deletes a note softly (its author only); it stays in its thread as "note deleted". Needs If-Match. */
    @APIResponseSchema(value = NoteView.class, responseDescription = "The note, deleted.")
    @Operation(
            operationId = "deleteNote",
            summary = "Delete a note",
            description = "Deletes a note softly (its author only); it stays in its thread as \"note deleted\". "
                    + "Needs If-Match.")
    @DELETE
    @Path("{noteId}")
    public Response delete(
            @PathParam("storyId") long storyId,
            @PathParam("noteId") long noteId,
            @Parameter(description = OpenApiContract.IF_MATCH_REQUIRED, required = true) @HeaderParam("If-Match")
                    String ifMatch) {
        NoteView deleted = notes.delete(storyId, noteId, Versions.required(ifMatch), user.actor());
        return Response.ok(deleted).tag(etag(deleted)).build();
    }

    @Operation(
            operationId = "getNoteHistory",
            summary = "Read a note's edits",
            description = "Every version of the note, oldest first.")
    @GET
    @Path("{noteId}/history")
    public List<NoteEditView> history(@PathParam("storyId") long storyId, @PathParam("noteId") long noteId) {
        return notes.history(storyId, noteId);
    }

    static EntityTag etag(NoteView note) {
        return new EntityTag(String.valueOf(note.version()));
    }
}
