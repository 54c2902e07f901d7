package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.copydesk.application.CorrectionService;
import org.copydesk.application.CorrectionView;
import org.copydesk.domain.correction.Correction;
import org.copydesk.domain.correction.CorrectionKind;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/stories/{id}/corrections}: propose a correction to a story, and list its corrections. */
@Tag(name = "Corrections")
@Path("stories/{storyId}/corrections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class StoryCorrectionResource {

    /**
     * A proposed correction: which words of which block, the new words, why, and the public notice;
     * {@code resolves}, optionally, the id of the reader's report on this story that it answers.
     */
    public record Proposal(
            @NotNull CorrectionKind kind,
            @NotBlank @Size(max = 12) String blockKey,
            @NotBlank @Size(max = Correction.TEXT_MAX) String before,
            @Size(max = Correction.TEXT_MAX) String after,
            @NotBlank @Size(max = 2000) String reason,
            @Size(max = Correction.NOTICE_MAX) String notice,
            Long resolves) {}

    @Inject
    CorrectionService corrections;

    @Inject
    CurrentUser user;

    @APIResponseSchema(
            value = CorrectionView.class,
            responseCode = "201",
            responseDescription = "The correction proposed.")
    @Operation(
            operationId = "proposeCorrection",
            summary = "Propose a correction to a published story",
            description = "Proposes a correction with its reason and new text; an editor or copy editor approves "
                    + "and applies it.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR"})
    public Response propose(@PathParam("storyId") long storyId, @Valid @NotNull Proposal p, @Context UriInfo uri) {
        CorrectionView created = corrections.propose(
                storyId,
                p.kind(),
                p.blockKey(),
                p.before(),
                p.after(),
                p.reason(),
                p.notice(),
                p.resolves(),
                user.actor());
        return Response.created(uri.getBaseUriBuilder()
                        .path("corrections")
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @Operation(
            operationId = "listStoryCorrections",
            summary = "List a story's corrections",
            description = "The corrections proposed, applied or rejected on the story, newest first.")
    @GET
    public List<CorrectionView> ofStory(@PathParam("storyId") long storyId) {
        return corrections.ofStory(storyId);
    }
}
