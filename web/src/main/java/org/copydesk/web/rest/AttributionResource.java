package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.copydesk.application.AttributionView;
import org.copydesk.application.LinkAllResult;
import org.copydesk.application.SourcingService;
import org.copydesk.domain.sourcing.Attribution;
import org.copydesk.domain.sourcing.Source;
import org.copydesk.domain.sourcing.SourceKind;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/stories/{id}/attributions}: the claims of a story and the sources they rest on. */
@Tag(name = "Sourcing")
@Path("stories/{storyId}/attributions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class AttributionResource {

    /**
     * A decision on one attribution: link it to a source ({@code sourceId}, or a new source named by
     * {@code newSourceName}), reject it ({@code action: "REJECT"}), or waive the gate for it
     * ({@code action: "WAIVE"}); reject and waive take a note. A link to an {@code ANONYMOUS} source takes
     * {@code anonymityReason}, why anonymity was granted (10 to 1000 characters once stripped): missing, too short
     * or too long is 400 {@code application/problem+json} saying so; for another kind of source it is ignored.
     */
    public record Decision(
            Long sourceId,
            @Size(max = Source.NAME_MAX) String newSourceName,
            SourceKind newSourceKind,
            Action action,
            @Size(max = 2000) String note,
            String anonymityReason) {}

    /** What a decision does; named apart from the history's actions (AttributionDecision.Action) in the document. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(
            name = "DecisionAction",
            description = "LINK (the default) to a source, REJECT as no claim, or WAIVE with a note.")
    public enum Action {
        LINK,
        REJECT,
        WAIVE
    }

    /** A span the detector missed: a block and the character offsets in its text. */
    public record NewAttribution(@NotBlank @Size(max = 12) String blockKey, @Min(0) int start, @Min(1) int end) {}

    /** A corrected proposal for an undecided claim: who it rests on, before a source is made from it. */
    public record ProposalEdit(
            @Size(max = Source.NAME_MAX) String name, SourceKind kind, @Size(max = Attribution.ROLE_MAX) String role) {}

    @Inject
    SourcingService sourcing;

    @Inject
    CurrentUser user;

    @Operation(
            operationId = "listAttributions",
            summary = "List the claims of a story",
            description = "The story's attributions (claims with their speaker), present and gone, with their "
                    + "sourcing decisions.")
    @GET
    public List<AttributionView> list(@PathParam("storyId") long storyId) {
        return sourcing.attributions(storyId);
    }

    @Operation(
            operationId = "decideAttribution",
            summary = "Decide on a claim",
            description = "Links a claim to a source, waives it with a note, or rejects it as no claim (editors).")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("EDITOR")
    public AttributionView decide(
            @PathParam("storyId") long storyId, @PathParam("id") long id, @Valid @NotNull Decision decision) {
        Action action = decision.action() == null ? Action.LINK : decision.action();
        return switch (action) {
            case REJECT -> sourcing.reject(storyId, id, decision.note(), user.actor());
            case WAIVE -> sourcing.waive(storyId, id, decision.note(), user.actor());
            case LINK -> {
                if (decision.sourceId() != null) {
                    yield sourcing.link(storyId, id, decision.sourceId(), decision.anonymityReason(), user.actor());
                }
                if (decision.newSourceName() != null || decision.newSourceKind() != null) {
                    yield sourcing.linkNew(
                            storyId,
                            id,
                            decision.newSourceName(),
                            decision.newSourceKind(),
                            null,
                            decision.anonymityReason(),
                            user.actor());
                }
                throw new IllegalArgumentException("Say which source: sourceId, or newSourceName for a new one.");
            }
        };
    }

    /** An editor keeps the decision on a claim whose words changed since it was reviewed. */
    @Operation(
            operationId = "confirmAttribution",
            summary = "Confirm a claim whose words changed",
            description = "An editor keeps the decision on a claim whose words changed since it was reviewed.")
    @POST
    @Path("{id}/confirm")
    @RolesAllowed("EDITOR")
    public AttributionView confirm(@PathParam("storyId") long storyId, @PathParam("id") long id) {
        return sourcing.confirm(storyId, id, user.actor());
    }

    /**
     * Edits an undecided claim's proposal (name, kind, role); 400 for a blank or too long name, a missing
     * kind, or a claim already decided.
     */
    @Operation(
            operationId = "editAttributionProposal",
            summary = "Edit a claim's proposed source",
            description = "Edits an undecided claim's proposal (name, kind, role); 400 for a blank or too long "
                    + "name, a missing kind, or a claim already decided.")
    @PUT
    @Path("{id}/proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("EDITOR")
    public AttributionView editProposal(
            @PathParam("storyId") long storyId, @PathParam("id") long id, @Valid @NotNull ProposalEdit edit) {
        return sourcing.editProposal(storyId, id, edit.name(), edit.kind(), edit.role(), user.actor());
    }

    /**
     * Links every undecided claim to the registry source its proposed name matches, or to a new source made
     * from its proposal; answers how many were linked and which were left, and why.
     */
    @Operation(
            operationId = "linkAllAttributions",
            summary = "Link every undecided claim",
            description = "Links every undecided claim to the registry source its proposed name matches, or to a "
                    + "new source made from its proposal; answers how many were linked and which were left, and "
                    + "why.")
    @POST
    @Path("link-all")
    @RolesAllowed("EDITOR")
    public LinkAllResult linkAll(@PathParam("storyId") long storyId) {
        return sourcing.linkAll(storyId, user.actor());
    }

    @APIResponseSchema(value = AttributionView.class, responseCode = "201", responseDescription = "The claim marked.")
    @Operation(
            operationId = "addAttribution",
            summary = "Mark a claim by hand",
            description = "Marks words of the story as a claim the detector missed (editors).")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("EDITOR")
    public Response add(@PathParam("storyId") long storyId, @Valid @NotNull NewAttribution added) {
        AttributionView view = sourcing.add(storyId, added.blockKey(), added.start(), added.end(), user.actor());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
