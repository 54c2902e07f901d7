package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.copydesk.application.BulkResult;
import org.copydesk.application.BulkService;
import org.copydesk.application.ImportResult;
import org.copydesk.application.Page;
import org.copydesk.application.RevisionService;
import org.copydesk.application.RevisionService.DiffView;
import org.copydesk.application.RevisionService.RevisionSummary;
import org.copydesk.application.RevisionService.RevisionView;
import org.copydesk.application.ScheduleService;
import org.copydesk.application.StoryDetails;
import org.copydesk.application.StoryDetails.BlockView;
import org.copydesk.application.StoryQueries;
import org.copydesk.application.StoryService;
import org.copydesk.application.StorySummary;
import org.copydesk.application.TransitionView;
import org.copydesk.application.WorkflowOptionView;
import org.copydesk.application.WorkflowService;
import org.copydesk.application.WorkingCopyService;
import org.copydesk.application.audit.AuditService;
import org.copydesk.application.audit.AuditTrail;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.Draft;
import org.copydesk.domain.story.StoryQuery;
import org.copydesk.domain.workflow.StoryState;
import org.copydesk.engine.importing.DocxStoryReader;
import org.copydesk.web.Formats;
import org.copydesk.web.rest.StoryInput.BlockInput;
import org.copydesk.web.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/stories}: list, create, import, read, save and move stories, and their history. One root
 * resource, so that {@code stories/{id}} and {@code stories/{id}/…} never compete in JAX-RS matching.
 */
@Tag(name = "Stories")
@Path("stories")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class StoryResource {

    /** The import's description in the API document: one operation, three kinds of body. */
    static final String IMPORT = "Imports a story from plain text (text/plain: the first line is the headline, scrape "
            + "debris is removed and listed), HTML (text/html: bold, italic, links, subheadings, lists, "
            + "quotes and captions kept) or a Word document (.docx bytes). 201 with the new draft and the "
            + "debris removed; 409 when the same story was imported before (send allowDuplicate=true to "
            + "import it again).";

    static final String IMPORTED = "The draft imported and the scrape debris removed.";

    /** What an import answers: the story made and the scrape debris removed. */
    public record Imported(StoryDetails story, List<String> debris) {}

    /** A story's place in the budget: its deadline and length target in words (null clears either). */
    public record PlanRequest(
            java.time.Instant deadline,
            @Min(org.copydesk.domain.story.Story.LENGTH_MIN) @Max(org.copydesk.domain.story.Story.LENGTH_MAX)
                    Integer lengthTarget) {}

    /** When to publish a ready story: an instant to come, "2026-12-24T06:00:00Z". */
    public record ScheduleRequest(@NotNull java.time.Instant publishAt) {}

    /** Until when a story is kept back: an instant to come, "2026-12-24T06:00:00Z". */
    public record EmbargoRequest(@NotNull java.time.Instant embargoUntil) {}

    /** A move: the target state and, for returns and retractions, a note. */
    public record TransitionRequest(@NotNull StoryState to, @Size(max = 2000) String note) {}

    @Inject
    StoryService stories;

    @Inject
    StoryQueries queries;

    @Inject
    WorkflowService workflow;

    @Inject
    RevisionService revisions;

    @Inject
    CurrentUser user;

    @Inject
    BulkService bulk;

    @Inject
    ScheduleService schedules;

    @Inject
    Formats formats;

    @Inject
    AuditService audit;

    @Inject
    WorkingCopyService workingCopies;

    /**
     * Unsaved edits to keep as the caller's working copy: the story's fields as typed (a blank headline is
     * allowed; it is not a save). {@code If-Match} names the version they were typed on.
     */
    public record WorkingCopyInput(
            @Size(max = org.copydesk.domain.story.StoryContent.HEADLINE_MAX) String headline,
            @Size(max = org.copydesk.domain.story.StoryContent.STANDFIRST_MAX) String standfirst,
            @Size(max = org.copydesk.domain.story.StoryContent.BYLINE_MAX) String byline,
            @Size(max = 20) List<@Size(max = org.copydesk.domain.story.StoryContent.SECTION_MAX) String> sections,
            @NotNull @Size(max = org.copydesk.domain.story.StoryContent.MAX_BLOCKS)
                    List<@Valid @NotNull BlockInput> blocks) {

        Draft toDraft(List<Block> current) {
            return new Draft(
                    headline,
                    standfirst,
                    byline,
                    sections,
                    blocks.stream().map(b -> b.toBlock(current)).toList());
        }
    }

    /** The caller's working copy as kept: when, on which version, and whether the story was saved since. */
    public record WorkingCopyView(
            String headline,
            String standfirst,
            String byline,
            List<String> sections,
            List<BlockView> blocks,
            long baseVersion,
            java.time.Instant savedAt,
            boolean storyChangedSince) {

        static WorkingCopyView of(WorkingCopyService.Offer offer) {
            Draft d = offer.draft();
            return new WorkingCopyView(
                    d.headline(),
                    d.standfirst(),
                    d.byline(),
                    d.sections(),
                    d.blocks().stream().map(BlockView::of).toList(),
                    offer.baseVersion(),
                    offer.savedAt(),
                    offer.storyChangedSince());
        }
    }

    /** What a kept working copy answers. */
    public record Kept(long baseVersion, java.time.Instant savedAt) {}

    /** A restore: the revision whose content becomes the story's again, and why. */
    public record RestoreRequest(@NotNull @Min(1) Integer revision, @Size(max = 400) String reason) {}

    /** A bulk move: the stories (at most {@value BulkService#MAX_BATCH}), the target state, a note. */
    public record BulkTransitionRequest(
            @NotNull @Size(min = 1, max = BulkService.MAX_BATCH) List<Long> ids,
            @NotNull StoryState to,
            @Size(max = 2000) String note) {}

    /** A bulk assignment: the stories and who gets them (blank or null unassigns). */
    public record BulkAssignmentRequest(
            @NotNull @Size(min = 1, max = BulkService.MAX_BATCH) List<Long> ids, @Size(max = 40) String assignee) {}

    /** Adds a section (from the newsroom's list) to each story. */
    public record BulkSectionRequest(
            @NotNull @Size(min = 1, max = BulkService.MAX_BATCH) List<Long> ids,
            @NotNull @Size(min = 1, max = 60) String section) {}

    @Operation(
            operationId = "listStories",
            summary = "List stories",
            description = "Stories a page at a time, most recently changed first, filtered by state, words, "
                    + "section, reporter, assignee (me: the caller) and the day of their last change (from and "
                    + "to, yyyy-MM-dd, both days included, in the newsroom's time zone).")
    @GET
    public Page<StorySummary> list(
            @QueryParam("state") List<StoryState> states,
            @QueryParam("q") @Size(max = 200) String text,
            @QueryParam("section") @Size(max = 60) String section,
            @QueryParam("reporter") @Size(max = 40) String reporter,
            @QueryParam("assignee") @Size(max = 40) String assignee,
            @Parameter(description = "The first day (yyyy-MM-dd) whose changes are listed.")
                    @QueryParam("from")
                    @Size(max = 10)
                    String from,
            @Parameter(description = "The last day (yyyy-MM-dd) whose changes are listed.")
                    @QueryParam("to")
                    @Size(max = 10)
                    String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Set<StoryState> wanted = states == null || states.isEmpty() ? Set.of() : EnumSet.copyOf(states);
        String assigned = "me".equals(assignee) ? user.actor().username() : assignee;
        Formats.Days days = formats.days(from, to);
        return queries.search(
                new StoryQuery(wanted, reporter, text, assigned, section, days.from(), days.before()), page, size);
    }

    @APIResponseSchema(value = StoryDetails.class, responseCode = "201", responseDescription = "The draft created.")
    @Operation(
            operationId = "createStory",
            summary = "Draft a story",
            description = "Creates a draft from headline, standfirst, byline, sections and blocks; 201 with its "
                    + "location and ETag.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"REPORTER", "EDITOR"})
    public Response create(@Valid @NotNull StoryInput story, @Context UriInfo uri) {
        StoryDetails created = stories.create(story.toContent(), user.actor());
        return Response.created(location(uri, created))
                .tag(etag(created))
                .entity(created)
                .build();
    }

    @APIResponseSchema(value = Imported.class, responseCode = "201", responseDescription = IMPORTED)
    @Operation(operationId = "importStory", summary = "Import a story", description = IMPORT)
    @POST
    @Path("import")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({"REPORTER", "EDITOR"})
    public Response importText(
            @NotNull @Size(max = 500_000) String text,
            @QueryParam("allowDuplicate") @DefaultValue("false") boolean allowDuplicate,
            @Context UriInfo uri) {
        return imported(stories.importText(text, user.actor(), allowDuplicate), uri);
    }

    /**
     * Imports HTML (a web page, a document saved as HTML, a clipboard): bold, italic, links, subheadings,
     * lists, quotes and captions are kept; everything else (scripts, styles, attributes) is dropped.
     */
    @APIResponseSchema(value = Imported.class, responseCode = "201", responseDescription = IMPORTED)
    @Operation(operationId = "importStory", summary = "Import a story", description = IMPORT)
    @POST
    @Path("import")
    @Consumes(MediaType.TEXT_HTML)
    @RolesAllowed({"REPORTER", "EDITOR"})
    public Response importHtml(
            @NotNull @Size(max = (int) BodyLimits.JSON_MAX) String html,
            @QueryParam("allowDuplicate") @DefaultValue("false") boolean allowDuplicate,
            @Context UriInfo uri) {
        return imported(stories.importHtml(html, user.actor(), allowDuplicate), uri);
    }

    /**
     * Imports a Word document (.docx, the file's bytes as the body): bold, italic, links, headings, lists,
     * quotes and captions are kept; images, headers, footers and comments are dropped. A body that is not a
     * .docx is a 400 that says what it is; one over {@link BodyLimits#DOCX_MAX} a 413.
     */
    @APIResponseSchema(value = Imported.class, responseCode = "201", responseDescription = IMPORTED)
    @Operation(operationId = "importStory", summary = "Import a story", description = IMPORT)
    @POST
    @Path("import")
    @Consumes(DocxStoryReader.MEDIA_TYPE)
    @RolesAllowed({"REPORTER", "EDITOR"})
    public Response importDocx(
            @NotNull byte[] docx,
            @QueryParam("allowDuplicate") @DefaultValue("false") boolean allowDuplicate,
            @Context UriInfo uri) {
        return imported(stories.importDocx(docx, user.actor(), allowDuplicate), uri);
    }

    private Response imported(ImportResult result, UriInfo uri) {
        return Response.created(location(uri, result.story()))
                .tag(etag(result.story()))
                .entity(new Imported(result.story(), result.debris()))
                .build();
    }

    /**
     * Moves many stories, each in its own transaction and checked as a single move: 200 with a result per
     * story (done, refused with the reason and unmet guards, not found).
     */
    @Operation(
            operationId = "moveStories",
            summary = "Move many stories",
            description = "Moves many stories, each in its own transaction and checked as a single move: 200 with a "
                    + "result per story (done, refused with the reason and unmet guards, not found).")
    @Tag(name = "Workflow")
    @POST
    @Path("bulk/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public BulkResult bulkMove(@Valid @NotNull BulkTransitionRequest request) {
        return bulk.move(request.ids(), request.to(), request.note(), user.actor());
    }

    /** Assigns many stories to a user (editors and admins). */
    @Operation(
            operationId = "assignStories",
            summary = "Assign many stories",
            description = "Assigns many stories to a user (editors and admins).")
    @Tag(name = "Workflow")
    @POST
    @Path("bulk/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"EDITOR", "ADMIN"})
    public BulkResult bulkAssign(@Valid @NotNull BulkAssignmentRequest request) {
        return bulk.assign(request.ids(), request.assignee(), user.actor());
    }

    /** Adds a section to many stories; those that have it already are unchanged. */
    @Operation(
            operationId = "addSectionToStories",
            summary = "Add a section to many stories",
            description = "Adds a section to many stories; those that have it already are unchanged.")
    @POST
    @Path("bulk/sections")
    @Consumes(MediaType.APPLICATION_JSON)
    public BulkResult bulkSection(@Valid @NotNull BulkSectionRequest request) {
        return bulk.addSection(request.ids(), request.section(), user.actor());
    }

    /**
     * The story's complete audit record, oldest first (editors, admins, the story's reporter). With
     * {@code download=true} it comes as an attachment named after the story.
     */
    @APIResponseSchema(
            value = org.copydesk.application.audit.AuditTrail.class,
            responseDescription = "The audit " + "record.")
    @Operation(
            operationId = "getStoryAudit",
            summary = "Read a story's audit record",
            description = "The story's complete audit record, oldest first (editors, admins, the story's reporter). "
                    + "With download=true it comes as an attachment named after the story.")
    @GET
    @Path("{id}/audit")
    public Response audit(@PathParam("id") long id, @QueryParam("download") @DefaultValue("false") boolean download) {
        AuditTrail trail = audit.trail(id, user.actor());
        Response.ResponseBuilder answer = Response.ok(trail);
        if (download) {
            answer.header("Content-Disposition", "attachment; filename=\"audit-" + trail.slug() + ".json\"");
        }
        return answer.build();
    }

    @APIResponseSchema(value = StoryDetails.class, responseDescription = "The story.")
    @Operation(
            operationId = "getStory",
            summary = "Read a story",
            description = "The story with its blocks, state and version; the ETag header is the version to send "
                    + "back in If-Match.")
    @GET
    @Path("{id}")
    public Response find(@PathParam("id") long id) {
        StoryDetails story = queries.find(id);
        return Response.ok(story).tag(etag(story)).build();
    }

    /** Saves a new version. Needs {@code If-Match} with the ETag read: missing → 428, stale → 412. */
    @APIResponseSchema(value = StoryDetails.class, responseDescription = "The story as saved.")
    @Operation(
            operationId = "updateStory",
            summary = "Save a story",
            description = "Saves a new version. Needs If-Match with the ETag read: missing → 428, stale → 412.")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(
            @PathParam("id") long id,
            @Parameter(description = OpenApiContract.IF_MATCH_REQUIRED, required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull StoryInput story) {
        long expected = Versions.required(ifMatch);
        List<Block> current = queries.find(id).content().blocks();
        StoryDetails saved = stories.update(id, expected, story.toContent(current), user.actor(), story.reason());
        return Response.ok(saved).tag(etag(saved)).build();
    }

    /** Moves the story. {@code If-Match} is optional here; when given, a stale one answers 412. */
    @APIResponseSchema(value = StoryDetails.class, responseDescription = "The story moved.")
    @Operation(
            operationId = "moveStory",
            summary = "Move a story along the workflow",
            description = "Moves the story to another state (submit, approve, sign off, publish, return…). A move "
                    + "the "
                    + "workflow refuses answers 409 with its unmet guards in errors. If-Match is optional here; when "
                    + "given, a stale one answers 412.")
    @Tag(name = "Workflow")
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(
            @PathParam("id") long id,
            @Parameter(description = OpenApiContract.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        StoryDetails moved = workflow.move(id, request.to(), request.note(), user.actor(), Versions.optional(ifMatch));
        return Response.ok(moved).tag(etag(moved)).build();
    }

    @Operation(
            operationId = "listStoryTransitions",
            summary = "List a story's moves",
            description = "Every move of the story, oldest first: who, when, from, to and the note.")
    @Tag(name = "Workflow")
    @GET
    @Path("{id}/transitions")
    public List<TransitionView> log(@PathParam("id") long id) {
        return workflow.log(id);
    }

    /** The moves open to the signed-in user, each with its unmet guards. */
    @Operation(
            operationId = "listWorkflowOptions",
            summary = "List the moves open to me",
            description = "The moves open to the signed-in user, each with its unmet guards.")
    @Tag(name = "Workflow")
    @GET
    @Path("{id}/workflow")
    public List<WorkflowOptionView> options(@PathParam("id") long id) {
        return workflow.options(id, user.actor());
    }

    @Operation(
            operationId = "listRevisions",
            summary = "List a story's revisions",
            description = "The story's revisions, newest first, a page at a time: who saved, when and why.")
    @GET
    @Path("{id}/revisions")
    public Page<RevisionSummary> history(
            @PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return revisions.history(id, page, size);
    }

    @Operation(
            operationId = "getRevision",
            summary = "Read a revision",
            description = "One revision of the story as it was saved: its content, who saved it, when and why.")
    @GET
    @Path("{id}/revisions/{number}")
    public RevisionView revision(@PathParam("id") long id, @PathParam("number") int number) {
        return revisions.revision(id, number);
    }

    /**
     * The caller's unsaved edits of the story, kept by the editor (not a revision; nobody else sees them).
     * 404 when there are none, or they say what the story already says.
     */
    @Operation(
            operationId = "getWorkingCopy",
            summary = "Read my unsaved edits",
            description = "The caller's unsaved edits of the story, kept by the editor (not a revision; nobody else "
                    + "sees them). 404 when there are none, or they say what the story already says.")
    @GET
    @Path("{id}/working-copy")
    public WorkingCopyView workingCopy(@PathParam("id") long id) {
        return workingCopies
                .offer(id, user.actor())
                .map(WorkingCopyView::of)
                .orElseThrow(() -> new org.copydesk.application.NotFoundException(
                        "You have no unsaved changes of story " + id + "."));
    }

    /** Keeps the caller's unsaved edits; {@code If-Match} is the version they were typed on (default: the newest). */
    @Operation(
            operationId = "keepWorkingCopy",
            summary = "Keep my unsaved edits",
            description = "Keeps the caller's unsaved edits; If-Match is the version they were typed on (default: "
                    + "the newest).")
    @PUT
    @Path("{id}/working-copy")
    @Consumes(MediaType.APPLICATION_JSON)
    public Kept keepWorkingCopy(
            @PathParam("id") long id,
            @Parameter(description = OpenApiContract.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull WorkingCopyInput input) {
        Long typedOn = Versions.optional(ifMatch);
        long base = typedOn != null ? typedOn : queries.find(id).version();
        return new Kept(
                base,
                workingCopies.keep(
                        id, base, input.toDraft(queries.find(id).content().blocks()), user.actor()));
    }

    @APIResponse(responseCode = "204", description = "The unsaved edits are forgotten.")
    @Operation(
            operationId = "discardWorkingCopy",
            summary = "Discard my unsaved edits",
            description = "Forgets the caller's unsaved edits of the story.")
    @DELETE
    @Path("{id}/working-copy")
    public Response discardWorkingCopy(@PathParam("id") long id) {
        queries.find(id); // 404 for a story that does not exist
        workingCopies.discard(id, user.actor());
        return Response.noContent().build();
    }

    /**
     * Makes an earlier revision's content the story's again, as a new revision (nothing is lost: the
     * revisions in between stay). {@code If-Match} is optional; when given, a stale one answers 412.
     */
    @APIResponseSchema(value = StoryDetails.class, responseDescription = "The story with the revision restored.")
    @Operation(
            operationId = "restoreRevision",
            summary = "Restore an earlier revision",
            description = "Makes an earlier revision's content the story's again, as a new revision (nothing is "
                    + "lost: the revisions in between stay). If-Match is optional; when given, a stale one answers "
                    + "412.")
    @POST
    @Path("{id}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response restore(
            @PathParam("id") long id,
            @Parameter(description = OpenApiContract.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RestoreRequest request) {
        StoryDetails restored =
                stories.restore(id, request.revision(), Versions.optional(ifMatch), user.actor(), request.reason());
        return Response.ok(restored).tag(etag(restored)).build();
    }

    /** Spikes a draft: out of the desk's way, into the Spiked queue, never deleted (undo: unspike). */
    @APIResponseSchema(value = StoryDetails.class, responseDescription = "The story, spiked.")
    @Operation(
            operationId = "spikeStory",
            summary = "Spike a draft",
            description =
                    "Spikes a draft: out of the desk's way, into the Spiked queue, never deleted (undo: " + "unspike).")
    @Tag(name = "Workflow")
    @POST
    @Path("{id}/spike")
    public Response spike(
            @PathParam("id") long id,
            @Parameter(description = OpenApiContract.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch) {
        StoryDetails moved = workflow.move(id, StoryState.SPIKED, null, user.actor(), Versions.optional(ifMatch));
        return Response.ok(moved).tag(etag(moved)).build();
    }

    /** Brings a spiked story back as a draft. */
    @APIResponseSchema(value = StoryDetails.class, responseDescription = "The story, a draft again.")
    @Operation(
            operationId = "unspikeStory",
            summary = "Bring a spiked story back",
            description = "Brings a spiked story back as a draft.")
    @Tag(name = "Workflow")
    @POST
    @Path("{id}/unspike")
    public Response unspike(
            @PathParam("id") long id,
            @Parameter(description = OpenApiContract.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch) {
        StoryDetails moved = workflow.move(id, StoryState.DRAFT, null, user.actor(), Versions.optional(ifMatch));
        return Response.ok(moved).tag(etag(moved)).build();
    }

    @APIResponseSchema(value = StoryDetails.class, responseDescription = "The story with its publishing time.")
    @Operation(
            operationId = "scheduleStory",
            summary = "Schedule a story's publication",
            description = "Editors: the story, ready to publish, is published at publishAt (an ISO-8601 instant "
                    + "to come, within a year, not before its embargo) by one server of the cluster, within "
                    + "seconds, or at start-up if every server was down then. A new time replaces the old. A "
                    + "story that leaves Ready loses its schedule; a publication the workflow refuses at the "
                    + "time drops it and tells the editor. 409 when the story is not ready or is embargoed "
                    + "past that time; 400 for a time passed.")
    @Tag(name = "Workflow")
    @PUT
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("EDITOR")
    public Response schedule(
            @PathParam("id") long id,
            @Parameter(description = OpenApiContract.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ScheduleRequest request) {
        return withTag(schedules.schedule(id, request.publishAt(), user.actor(), Versions.optional(ifMatch)));
    }

    @APIResponseSchema(value = StoryDetails.class, responseDescription = "The story, no longer scheduled.")
    @Operation(
            operationId = "unscheduleStory",
            summary = "Cancel a story's scheduled publication",
            description = "Editors: the story stays ready and is published only when someone publishes it (or "
                    + "schedules it again). Nothing changes when it was not scheduled.")
    @Tag(name = "Workflow")
    @DELETE
    @Path("{id}/schedule")
    @RolesAllowed("EDITOR")
    public Response unschedule(
            @PathParam("id") long id,
            @Parameter(description = OpenApiContract.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch) {
        return withTag(schedules.unschedule(id, user.actor(), Versions.optional(ifMatch)));
    }

    @APIResponseSchema(value = StoryDetails.class, responseDescription = "The story with its embargo.")
    @Operation(
            operationId = "embargoStory",
            summary = "Embargo a story",
            description = "Editors, or the story's reporter, before it is published: nobody outside the desk "
                    + "sees the story (page, feeds, sitemap, public API) before embargoUntil, because publishing "
                    + "it earlier is refused. 409 when it was published, or is scheduled before the embargo "
                    + "would end (move the schedule first); 400 for a time passed.")
    @Tag(name = "Workflow")
    @PUT
    @Path("{id}/embargo")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"REPORTER", "EDITOR"})
    public Response embargo(
            @PathParam("id") long id,
            @Parameter(description = OpenApiContract.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EmbargoRequest request) {
        return withTag(schedules.embargo(id, request.embargoUntil(), user.actor(), Versions.optional(ifMatch)));
    }

    @APIResponseSchema(value = StoryDetails.class, responseDescription = "The story, no longer embargoed.")
    @Operation(
            operationId = "liftEmbargo",
            summary = "Lift a story's embargo",
            description = "Editors, or the story's reporter, before it is published.")
    @Tag(name = "Workflow")
    @DELETE
    @Path("{id}/embargo")
    @RolesAllowed({"REPORTER", "EDITOR"})
    public Response liftEmbargo(
            @PathParam("id") long id,
            @Parameter(description = OpenApiContract.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch) {
        return withTag(schedules.embargo(id, null, user.actor(), Versions.optional(ifMatch)));
    }

    @APIResponseSchema(
            value = StoryDetails.class,
            responseDescription = "The story with its deadline and length target.")
    @Operation(
            operationId = "planStory",
            summary = "Set a story's deadline and length target",
            description = "Editors: the story's place in the day's budget, its deadline (an ISO-8601 instant) and "
                    + "length target in words (50 to 20,000); null or left out clears either. Logged in the "
                    + "story's audit record.")
    @Tag(name = "Workflow")
    @PUT
    @Path("{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("EDITOR")
    public Response plan(
            @PathParam("id") long id,
            @Parameter(description = OpenApiContract.IF_MATCH_OPTIONAL) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PlanRequest request) {
        return withTag(schedules.plan(
                id, request.deadline(), request.lengthTarget(), user.actor(), Versions.optional(ifMatch)));
    }

    private static Response withTag(StoryDetails story) {
        return Response.ok(story).tag(etag(story)).build();
    }

    /** What changed between two revisions, word by word. */
    @Operation(
            operationId = "diffRevisions",
            summary = "Compare two revisions",
            description = "What changed between two revisions, word by word.")
    @GET
    @Path("{id}/diff")
    public DiffView diff(
            @PathParam("id") long id,
            @QueryParam("from") @NotNull @Min(1) Integer from,
            @QueryParam("to") @NotNull @Min(1) Integer to) {
        return revisions.diff(id, from, to);
    }

    static EntityTag etag(StoryDetails story) {
        return new EntityTag(String.valueOf(story.version()));
    }

    private static URI location(UriInfo uri, StoryDetails story) {
        return uri.getBaseUriBuilder()
                .path(StoryResource.class)
                .path(String.valueOf(story.id()))
                .build();
    }
}
