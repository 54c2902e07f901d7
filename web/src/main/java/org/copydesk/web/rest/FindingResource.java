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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.copydesk.application.CopyDeskService;
import org.copydesk.application.FindingView;
import org.copydesk.application.SweepHit;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/stories/{id}/findings}: the copy check, its findings, and the archive sweep. Its own root
 * path, so that it never competes with {@code stories/{id}} in JAX-RS matching.
 */
@Tag(name = "Copy desk")
@Path("stories/{storyId}/findings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class FindingResource {

    /** Why a finding is dismissed. */
    public record Dismissal(@NotBlank @Size(max = 1000) String reason) {}

    /** The other stories where the same fix applies, answered after a finding is applied. */
    public record Applied(List<FindingView> findings, List<SweepHit> sweep) {}

    /** The same words fixed in the chosen stories. */
    public record Sweep(
            @NotBlank @Size(max = 200) String before,
            @NotBlank @Size(max = 200) String after,
            @NotNull @Size(min = 1, max = 200) List<@NotNull Long> storyIds) {}

    /** How many occurrences the sweep fixed. */
    public record Swept(int fixed) {}

    @Inject
    CopyDeskService desk;

    @Inject
    CurrentUser user;

    @Operation(
            operationId = "listFindings",
            summary = "List the copy-check findings of a story",
            description = "The findings of the last copy check: spelling, names, style and grammar, open, applied "
                    + "or dismissed.")
    @GET
    public List<FindingView> findings(@PathParam("storyId") long storyId) {
        return desk.findings(storyId);
    }

    /** Runs the copy check on the story's current text. */
    @Operation(
            operationId = "checkCopy",
            summary = "Run the copy check",
            description = "Runs the copy check on the story's current text.")
    @POST
    @Path("check")
    @RolesAllowed({"COPY_EDITOR", "EDITOR"})
    public List<FindingView> check(@PathParam("storyId") long storyId) {
        return desk.check(storyId);
    }

    @Operation(
            operationId = "applyFinding",
            summary = "Apply a finding",
            description = "Applies the finding's suggestion to the story's text as a new revision; a claim it "
                    + "touches keeps its sourcing.")
    @POST
    @Path("{id}/apply")
    @RolesAllowed({"COPY_EDITOR", "EDITOR"})
    public Applied apply(@PathParam("storyId") long storyId, @PathParam("id") long id) {
        List<SweepHit> sweep = desk.apply(storyId, id, user.actor());
        return new Applied(desk.findings(storyId), sweep);
    }

    @Operation(
            operationId = "dismissFinding",
            summary = "Dismiss a finding",
            description = "Dismisses the finding with a reason.")
    @POST
    @Path("{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"COPY_EDITOR", "EDITOR"})
    public FindingView dismiss(
            @PathParam("storyId") long storyId, @PathParam("id") long id, @Valid @NotNull Dismissal dismissal) {
        return desk.dismiss(storyId, id, dismissal.reason(), user.actor());
    }

    @Operation(
            operationId = "sweepArchive",
            summary = "Sweep the archive for a spelling",
            description = "Replaces a wrong spelling (before → after) in the chosen stories, each fix a new "
                    + "revision with its reason.")
    @POST
    @Path("sweep")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"COPY_EDITOR", "EDITOR"})
    public Swept sweep(@PathParam("storyId") long storyId, @Valid @NotNull Sweep sweep) {
        return new Swept(desk.sweep(sweep.before(), sweep.after(), sweep.storyIds(), user.actor()));
    }
}
