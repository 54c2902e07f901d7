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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Supplier;
import org.copydesk.application.MergePreview;
import org.copydesk.application.Page;
import org.copydesk.application.SourceRegistryService;
import org.copydesk.application.SourceView;
import org.copydesk.application.SourcingService;
import org.copydesk.domain.sourcing.Source;
import org.copydesk.domain.sourcing.SourceEdit;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.domain.sourcing.SourceUse;
import org.copydesk.domain.sourcing.VerificationStatus;
import org.copydesk.persistence.LostRaces;
import org.copydesk.web.Problem;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/sources}: the source registry: search, create, read with an ETag, edit against it
 * ({@code If-Match}), the history, the stories that link a source, verification, merge preview and merge.
 */
@Tag(name = "Sources")
@Path("sources")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class SourceResource {

    /** A new source. */
    public record NewSource(
            @NotBlank @Size(max = Source.NAME_MAX) String name,
            @NotNull SourceKind kind,
            @Size(max = 300) String role,
            @Size(max = 500) String reference) {}

    /** A verification decision; a note is required for anything but VERIFIED. */
    public record Verification(@NotNull VerificationStatus status, @Size(max = 2000) String note) {}

    /** Which duplicate record to merge into this one; the versions seen in a preview, if any; why. */
    public record Merge(@NotNull Long duplicateId, Long duplicateVersion, @Size(max = Source.NOTE_MAX) String note) {}

    /**
     * A source as it should read after the edit; {@code aliases} left out keeps them as they are.
     * {@code anonymityReason}: why anonymity was granted, asked when the edit makes the source {@code ANONYMOUS}
     * while claims linked to it have no reason (written on each of them); 400 without it.
     */
    public record Edit(
            @NotBlank @Size(max = Source.NAME_MAX) String name,
            @NotNull SourceKind kind,
            @Size(max = Source.ROLE_MAX) String role,
            @Size(max = Source.REFERENCE_MAX) String reference,
            @Size(max = Source.ALIASES_MAX) List<@Size(max = Source.NAME_MAX) String> aliases,
            @Size(max = Source.NOTE_MAX) String note,
            String anonymityReason) {}

    @Inject
    SourcingService sourcing;

    @Inject
    SourceRegistryService registry;

    @Inject
    CurrentUser user;

    @Operation(
            operationId = "listSources",
            summary = "Search the source registry",
            description = "Sources by name or alias, kind and verification status, a page at a time.")
    @GET
    public Page<SourceView> search(
            @QueryParam("q") @Size(max = 200) String text,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return sourcing.searchSources(text, page, size);
    }

    @APIResponseSchema(value = SourceView.class, responseCode = "201", responseDescription = "The source registered.")
    @Operation(
            operationId = "createSource",
            summary = "Register a source",
            description = "Registers a new source (reporters, editors); an anonymous one says why anonymity was "
                    + "granted.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"REPORTER", "EDITOR"})
    public Response create(@Valid @NotNull NewSource source, @Context UriInfo uri) {
        SourceView created =
                sourcing.createSource(source.name(), source.kind(), source.role(), source.reference(), user.actor());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @APIResponseSchema(value = SourceView.class, responseDescription = "The source.")
    @Operation(
            operationId = "getSource",
            summary = "Read a source",
            description = "A source with its kind, role, aliases and verification; the ETag header is the version "
                    + "to send back.")
    @GET
    @Path("{id}")
    public Response find(@PathParam("id") long id) {
        SourceView source = registry.source(id);
        return Response.ok(source).tag(etag(source)).build();
    }

    /**
     * Edits the source (editors). Needs {@code If-Match} with the ETag read: missing → 428, stale → 412; a
     * name another source has → 400 naming it ({@code existing}).
     */
    @APIResponseSchema(value = SourceView.class, responseDescription = "The source as edited.")
    @Operation(
            operationId = "editSource",
            summary = "Edit a source",
            description = "Edits the source (editors). Needs If-Match with the ETag read: missing → 428, stale → "
                    + "412; a name another source has → 400 naming it (existing).")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("EDITOR")
    public Response edit(
            @PathParam("id") long id,
            @Parameter(description = OpenApiContract.IF_MATCH_REQUIRED, required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull Edit edit) {
        long expected = required(ifMatch);
        SourceView saved = racing(() -> registry.edit(
                id,
                expected,
                new SourceEdit(edit.name(), edit.kind(), edit.role(), edit.reference(), edit.aliases(), edit.note()),
                edit.anonymityReason(),
                user.actor()));
        return Response.ok(saved).tag(etag(saved)).build();
    }

    /** Creation, verification decisions, edits and merges, oldest first. */
    @Operation(
            operationId = "getSourceHistory",
            summary = "Read a source's history",
            description = "Creation, verification decisions, edits and merges, oldest first.")
    @GET
    @Path("{id}/history")
    public List<SourceView.Check> history(@PathParam("id") long id) {
        return registry.history(id);
    }

    /** The stories whose attributions link the source, most recently changed first. */
    @Operation(
            operationId = "listSourceStories",
            summary = "List the stories that cite a source",
            description = "The stories whose attributions link the source, most recently changed first.")
    @GET
    @Path("{id}/stories")
    public Page<SourceUse> stories(
            @PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return registry.uses(id, page, size);
    }

    /** What merging {@code duplicateId} into this source would do; changes nothing. */
    @Operation(
            operationId = "previewSourceMerge",
            summary = "Preview merging a duplicate source",
            description = "What merging duplicateId into this source would do; changes nothing.")
    @GET
    @Path("{id}/merge-preview")
    @RolesAllowed("EDITOR")
    public MergePreview mergePreview(@PathParam("id") long id, @QueryParam("duplicateId") @NotNull Long duplicateId) {
        return registry.mergePreview(id, duplicateId, user.actor());
    }

    @Operation(
            operationId = "verifySource",
            summary = "Record a source's verification",
            description = "Verifies, disputes or marks a source unreachable, with a note (editors); claims resting "
                    + "on it follow.")
    @PUT
    @Path("{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("EDITOR")
    public SourceView verify(@PathParam("id") long id, @Valid @NotNull Verification verification) {
        return sourcing.verify(id, verification.status(), verification.note(), user.actor());
    }

    /**
     * Merges the duplicate into this source. {@code If-Match} (this source's ETag) and
     * {@code duplicateVersion} are optional; when given, a record changed since answers 412.
     */
    @APIResponseSchema(value = SourceView.class, responseDescription = "The source that remains.")
    @Operation(
            operationId = "mergeSources",
            summary = "Merge a duplicate source",
            description = "Merges the duplicate into this source. If-Match (this source's ETag) and "
                    + "duplicateVersion are optional; when given, a record changed since answers 412.")
    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("EDITOR")
    public Response merge(
            @PathParam("id") long id,
            @Parameter(description = OpenApiContract.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Merge merge) {
        Long expected = Versions.optional(ifMatch);
        SourceView survivor = racing(() -> registry.merge(
                id, merge.duplicateId(), expected, merge.duplicateVersion(), merge.note(), user.actor()));
        return Response.ok(survivor).tag(etag(survivor)).build();
    }

    static EntityTag etag(SourceView source) {
        return new EntityTag(String.valueOf(source.version()));
    }

    private static long required(String ifMatch) {
        Long version = Versions.optional(ifMatch);
        if (version == null) {
            throw new WebApplicationException(Problem.response(
                    Response.Status.fromStatusCode(428),
                    "Send the source's ETag in If-Match, so a change made meanwhile is not overwritten."));
        }
        return version;
    }

    /** A change that lost a race for the source's row (lock wait ran out, deadlock): 409, in the source's words. */
    private static SourceView racing(Supplier<SourceView> change) {
        try {
            return change.get();
        } catch (RuntimeException e) {
            if (LostRaces.lostARace(e)) {
                throw new WebApplicationException(Problem.response(
                        Response.Status.CONFLICT,
                        "Someone else is changing this source at this moment. Read it again and retry."));
            }
            throw e;
        }
    }
}
