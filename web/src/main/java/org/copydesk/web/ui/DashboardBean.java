package org.copydesk.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.application.AssignmentService;
import org.copydesk.application.BulkResult;
import org.copydesk.application.BulkService;
import org.copydesk.application.StoryQueries;
import org.copydesk.application.StorySummary;
import org.copydesk.domain.story.StoryQuery;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.domain.workflow.Permission;
import org.copydesk.domain.workflow.Policy;
import org.copydesk.domain.workflow.StoryState;
import org.copydesk.domain.workflow.Transition;
import org.copydesk.web.Formats;
import org.copydesk.web.security.CurrentUser;

/**
 * The signed-in user's queues: their own work first, then the rest of the desk; rows can be selected
 * (across pages and queues) for a bulk move, assignment or section.
 */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A queue's selected rows; kept across the table's pages. */
    public static final class Selection implements Serializable {
        private static final long serialVersionUID = 1L;
        private List<StorySummary> rows = new ArrayList<>();

        public List<StorySummary> getRows() {
            return rows;
        }

        public void setRows(List<StorySummary> rows) {
            this.rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
        }
    }

    /** A queue: a title, what it holds, its lazily paged table and its selection. */
    public record Queue(String id, String title, String emptyText, PagedModel<StorySummary> model, Selection selection)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    StoryQueries stories;

    @Inject
    CurrentUser user;

    @Inject
    org.copydesk.application.CorrectionService corrections;

    @Inject
    BulkService bulk;

    @Inject
    org.copydesk.application.ScheduleService schedules;

    private List<StorySummary> upcoming;

    @Inject
    AssignmentService assignments;

    /** Corrections proposed and readers' reports waiting for the desk, paged like the story queues. */
    private PagedModel<org.copydesk.application.CorrectionView> pending;

    private List<Queue> queues;

    private StoryState target;
    private String note;
    private String assignee;
    private String section;
    private BulkResult result;

    @Inject
    Formats formats;

    /** The search and filters, as the address carries them (a GET form, so a search can be bookmarked). */
    private final Filter filter = new Filter();

    private StoryQuery filterQuery;

    /** The dashboard's search: words, state, section, reporter, assignee and the days of the last change. */
    public static final class Filter implements Serializable {
        private static final long serialVersionUID = 1L;
        private String q;
        private String state;
        private String section;
        private String reporter;
        private String assignee;
        private String from;
        private String to;

        public boolean isEmpty() {
            return java.util.stream.Stream.of(q, state, section, reporter, assignee, from, to)
                    .allMatch(v -> v == null || v.isBlank());
        }

        public String getQ() {
            return q;
        }

        public String getState() {
            return state;
        }

        public String getSection() {
            return section;
        }

        public String getReporter() {
            return reporter;
        }

        public String getAssignee() {
            return assignee;
        }

        public String getFrom() {
            return from;
        }

        public String getTo() {
            return to;
        }
    }

    /** Reads the filters from the address; a bad one is said at the top of the page and left out. */
    private void readFilter() {
        java.util.Map<String, String> params = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap();
        filter.q = clip(params.get("q"), 200);
        filter.state = clip(params.get("state"), 20);
        filter.section = clip(params.get("section"), 60);
        filter.reporter = clip(params.get("reporter"), 40);
        filter.assignee = clip(params.get("assignee"), 40);
        filter.from = clip(params.get("from"), 10);
        filter.to = clip(params.get("to"), 10);
        if (filter.isEmpty()) {
            return;
        }
        Set<StoryState> states = Set.of();
        if (filter.state != null) {
            try {
                states = Set.of(StoryState.valueOf(filter.state));
            } catch (IllegalArgumentException e) {
                Messages.error(null, "There is no state “" + filter.state + "”; every state is shown.");
                filter.state = null;
            }
        }
        Formats.Days days = new Formats.Days(null, null);
        try {
            days = formats.days(filter.from, filter.to);
        } catch (IllegalArgumentException e) {
            Messages.error(null, e.getMessage() + " The days are left out of the search.");
            filter.from = null;
            filter.to = null;
        }
        String assigned = "me".equals(filter.assignee) ? user.actor().username() : filter.assignee;
        filterQuery =
                new StoryQuery(states, filter.reporter, filter.q, assigned, filter.section, days.from(), days.before());
    }

    private static String clip(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }

    @PostConstruct
    void init() {
        Actor actor = user.actor();
        readFilter();
        queues = new ArrayList<>();
        add(
                "assigned",
                "Assigned to me",
                "Nothing is assigned to you.",
                StoryQuery.assignedTo(
                        actor.username(),
                        EnumSet.of(
                                StoryState.DRAFT, StoryState.SOURCING_REVIEW, StoryState.COPY_EDIT, StoryState.READY)));
        if (actor.has(Role.REPORTER)) {
            add(
                    "mydrafts",
                    "My drafts",
                    "You have no drafts.",
                    new StoryQuery(Set.of(StoryState.DRAFT), actor.username(), null));
            add(
                    "myprogress",
                    "My stories on the desk",
                    "None of your stories is with the desk.",
                    new StoryQuery(
                            Set.of(StoryState.SOURCING_REVIEW, StoryState.COPY_EDIT, StoryState.READY),
                            actor.username(),
                            null));
        }
        if (Policy.allows(actor, Permission.RUN_SOURCING_REVIEW)) {
            add(
                    "sourcing",
                    "Sourcing review",
                    "Nothing waits for sourcing review.",
                    StoryQuery.inState(StoryState.SOURCING_REVIEW));
            add("ready", "Ready to publish", "Nothing is ready to publish.", StoryQuery.inState(StoryState.READY));
        }
        // copy editors work the copy desk; editors see it too (they return stories there and publish from it)
        if (Policy.move(actor, Transition.SIGN_OFF, null).isEmpty() || actor.has(Role.EDITOR)) {
            add("copydesk", "Copy desk", "Nothing waits for the copy desk.", StoryQuery.inState(StoryState.COPY_EDIT));
        }
        if (actor.has(Role.EDITOR) || actor.has(Role.ADMIN)) {
            add("drafts", "All drafts", "No drafts.", StoryQuery.inState(StoryState.DRAFT));
        }
        if (!actor.has(Role.EDITOR) && !actor.has(Role.COPY_EDITOR) || actor.has(Role.ADMIN)) {
            add(
                    "indesk",
                    "On the desk",
                    "Nothing is on the desk.",
                    new StoryQuery(
                            Set.of(StoryState.SOURCING_REVIEW, StoryState.COPY_EDIT, StoryState.READY), null, null));
        }
        if (Policy.allows(actor, Permission.DECIDE_FINDINGS)) {
            org.copydesk.application.CorrectionService waiting = corrections;
            pending = new PagedModel<>((page, size) -> waiting.pending(page, size), c -> String.valueOf(c.id()));
        }
        add(
                "published",
                "Published",
                "Nothing is published yet.",
                new StoryQuery(Set.of(StoryState.PUBLISHED, StoryState.RETRACTED), null, null));
        // spiked drafts wait here, never deleted: a reporter sees their own, editors every one
        if (actor.has(Role.EDITOR)) {
            add("spiked", "Spiked", "Nothing is spiked.", StoryQuery.inState(StoryState.SPIKED));
        } else if (actor.has(Role.REPORTER)) {
            add(
                    "spiked",
                    "My spiked drafts",
                    "You have no spiked drafts.",
                    new StoryQuery(Set.of(StoryState.SPIKED), actor.username(), null));
        }
    }

    private void add(String id, String title, String emptyText, StoryQuery queue) {
        StoryQuery query;
        if (filterQuery == null) {
            query = queue;
        } else {
            // the search narrows every queue; a queue whose states the search excludes is left out
            java.util.Optional<StoryQuery> narrowed = queue.narrowedBy(filterQuery);
            if (narrowed.isEmpty()) {
                return;
            }
            query = narrowed.get();
            emptyText = "Nothing here matches the search.";
        }
        StoryQueries queries = stories;
        queues.add(new Queue(
                id,
                title,
                emptyText,
                new PagedModel<>(
                        (page, size) -> queries.search(query, page, size),
                        story -> String.valueOf(story.id()),
                        key -> lookup(queries, key)),
                new Selection()));
    }

    private static StorySummary lookup(StoryQueries queries, String key) {
        try {
            return queries.summary(Long.parseLong(key)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The ids selected in every queue, each once, in queue order. */
    public List<Long> getSelectedIds() {
        Set<Long> ids = new LinkedHashSet<>();
        for (Queue queue : queues) {
            queue.selection().getRows().stream().filter(r -> r != null).forEach(r -> ids.add(r.id()));
        }
        return List.copyOf(ids);
    }

    public void moveSelected() {
        List<Long> ids = selectedOrComplain();
        if (ids == null) {
            return;
        }
        if (target == null) {
            Messages.error(null, "Choose the state to move the stories to.");
            return;
        }
        finish(bulk.move(ids, target, note, user.actor()));
    }

    public void assignSelected() {
        List<Long> ids = selectedOrComplain();
        if (ids == null) {
            return;
        }
        try {
            finish(bulk.assign(ids, assignee, user.actor()));
        } catch (IllegalArgumentException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public void addSectionToSelected() {
        List<Long> ids = selectedOrComplain();
        if (ids == null) {
            return;
        }
        try {
            finish(bulk.addSection(ids, section, user.actor()));
        } catch (IllegalArgumentException e) {
            Messages.error(null, e.getMessage());
        }
    }

    private List<Long> selectedOrComplain() {
        List<Long> ids = getSelectedIds();
        if (ids.isEmpty()) {
            Messages.error(null, "Select stories first (the boxes in the first column).");
            return null;
        }
        if (ids.size() > BulkService.MAX_BATCH) {
            Messages.error(
                    null, "At most " + BulkService.MAX_BATCH + " stories at once; " + ids.size() + " are selected.");
            return null;
        }
        return ids;
    }

    private void finish(BulkResult done) {
        result = done;
        queues.forEach(q -> q.selection().setRows(List.of()));
        Messages.info(done.summary());
    }

    public boolean isMayAssign() {
        return Policy.allows(user.actor(), Permission.ASSIGN);
    }

    public List<StoryState> getStates() {
        return List.of(StoryState.values());
    }

    /**
     * The states this user's role can move a story to (a bulk move offers only those); a move a story's state
     * does not allow is still refused per story, with the reason.
     */
    public List<StoryState> getMoveTargets() {
        Actor actor = user.actor();
        return java.util.Arrays.stream(Transition.values())
                .filter(t -> actor.hasAny(t.roles()))
                .map(Transition::to)
                .distinct()
                .sorted()
                .toList();
    }

    public Filter getFilter() {
        return filter;
    }

    /** Whether a search narrows the queues. */
    public boolean isSearching() {
        return filterQuery != null;
    }

    public List<String> getUsers() {
        return assignments.assignableUsers();
    }

    public List<String> getSections() {
        return assignments.sections();
    }

    /** Proposed corrections and reader reports waiting for the desk (editors and copy editors). */
    public PagedModel<org.copydesk.application.CorrectionView> getPending() {
        return pending;
    }

    public boolean isDesk() {
        return Policy.allows(user.actor(), Permission.DECIDE_FINDINGS);
    }

    /** The stories scheduled or under an embargo still running, soonest first (read once per view). */
    public List<StorySummary> getUpcoming() {
        if (upcoming == null) {
            upcoming = schedules.upcoming(UPCOMING);
        }
        return upcoming;
    }

    /** How many of each kind "Coming up" lists. */
    static final int UPCOMING = 25;

    public List<Queue> getQueues() {
        return queues;
    }

    public BulkResult getResult() {
        return result;
    }

    public StoryState getTarget() {
        return target;
    }

    public void setTarget(StoryState target) {
        this.target = target;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }
}
