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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.copydesk.application.CorrectionService;
import org.copydesk.application.CorrectionView;
import org.copydesk.application.Page;
import org.copydesk.domain.correction.Correction;
import org.copydesk.domain.correction.CorrectionKind;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Corrections: {@code /api/corrections/{id}/apply} and {@code …/reject} decide one; {@code GET /api/corrections} lists the applied ones (the log) or, with
 * {@code ?pending=true}, the proposals and reader reports waiting for the desk; {@code …/{reportId}/resolve}
 * links a reader's report to the correction that answers it.
 */
@Tag(name = "Corrections")
@Path("corrections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class CorrectionResource {

    /**
     * Applying: anything given completes or overrides the proposal (a reader's report needs the words);
     * {@code sourceId} is the source of any claim the correction adds (a correction to a published story that
     * adds a claim without one is refused, 409, with the claim listed).
     */
    public record Approval(
            CorrectionKind kind,
            @Size(max = 12) String blockKey,
            @Size(max = Correction.TEXT_MAX) String before,
            @Size(max = Correction.TEXT_MAX) String after,
            @Size(max = Correction.NOTICE_MAX) String notice,
            Long sourceId) {}

    /** Why a correction is rejected. */
    public record Rejection(@NotBlank @Size(max = 2000) String reason) {}

    /** The correction that answers a reader's report. */
    public record Resolution(@NotNull Long correctionId) {}

    @Inject
    CorrectionService corrections;

    @Inject
    CurrentUser user;

    @Operation(
            operationId = "listCorrections",
            summary = "List corrections",
            description = "The corrections log (applied corrections, newest first) or, with pending=true, the "
                    + "proposals and readers' reports awaiting a decision.")
    @GET
    public Page<CorrectionView> list(
            @QueryParam("pending") @DefaultValue("false") boolean pending,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return pending ? corrections.pending(page, size) : corrections.log(page, size);
    }

    @Operation(
            operationId = "getCorrection",
            summary = "Read a correction",
            description = "A correction (or reader's report) with its status, the words it changes and its notice.")
    @GET
    @Path("{id}")
    public CorrectionView find(@PathParam("id") long id) {
        return corrections.find(id);
    }

    @Operation(
            operationId = "applyCorrection",
            summary = "Approve and apply a correction",
            description = "Applies the correction as a new revision of the published story, with its dated notice "
                    + "to readers.")
    @POST
    @Path("{id}/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"EDITOR", "COPY_EDITOR"})
    public CorrectionView apply(@PathParam("id") long id, @Valid Approval a) {
        Approval approval = a == null ? new Approval(null, null, null, null, null, null) : a;
        return corrections.apply(
                id,
                approval.kind(),
                approval.blockKey(),
                approval.before(),
                approval.after(),
                approval.notice(),
                approval.sourceId(),
                user.actor());
    }

    /**
     * Links the reader's report to the correction that answers it: the report is RESOLVED at once if that
     * correction is applied, otherwise when it is (and leaves the queue meanwhile).
     */
    @Operation(
            operationId = "resolveReport",
            summary = "Resolve a reader's report",
            description = "Links the reader's report to the correction that answers it: the report is RESOLVED at "
                    + "once if that correction is applied, otherwise when it is (and leaves the queue meanwhile).")
    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR"})
    public CorrectionView resolve(@PathParam("id") long id, @Valid @NotNull Resolution r) {
        return corrections.resolve(id, r.correctionId(), user.actor());
    }

    @Operation(
            operationId = "rejectCorrection",
            summary = "Reject a correction",
            description = "Rejects the proposed correction (or reader's report) with a reason.")
    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"EDITOR", "COPY_EDITOR"})
    public CorrectionView reject(@PathParam("id") long id, @Valid @NotNull Rejection r) {
        return corrections.reject(id, r.reason(), user.actor());
    }
}
