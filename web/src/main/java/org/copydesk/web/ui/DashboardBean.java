package org.copydesk.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.copydesk.application.StoryQueries;
import org.copydesk.application.StorySummary;
import org.copydesk.domain.story.StoryQuery;
import org.copydesk.domain.story.StoryState;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.user.Role;
import org.copydesk.web.security.CurrentUser;

/** The signed-in user's queues: their own work first, then the rest of the desk. */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A queue: a title, what it holds, and its lazily paged table. */
    public record Queue(String id, String title, String emptyText, PagedModel<StorySummary> model) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    StoryQueries stories;

    @Inject
    CurrentUser user;

    @Inject
    org.copydesk.application.CorrectionService corrections;

    private List<org.copydesk.application.CorrectionView> pending = List.of();

    private List<Queue> queues;

    @PostConstruct
    void init() {
        Actor actor = user.actor();
        queues = new ArrayList<>();
        if (actor.has(Role.REPORTER)) {
            add("mydrafts", "My drafts", "You have no drafts.",
                    new StoryQuery(Set.of(StoryState.DRAFT), actor.username(), null));
            add("myprogress", "My stories on the desk", "None of your stories is with the desk.",
                    new StoryQuery(Set.of(StoryState.SOURCING_REVIEW, StoryState.COPY_EDIT, StoryState.READY),
                            actor.username(), null));
        }
        if (actor.has(Role.EDITOR)) {
            add("sourcing", "Sourcing review", "Nothing waits for sourcing review.",
                    StoryQuery.inState(StoryState.SOURCING_REVIEW));
            add("ready", "Ready to publish", "Nothing is ready to publish.", StoryQuery.inState(StoryState.READY));
        }
        if (actor.has(Role.COPY_EDITOR)) {
            add("copydesk", "Copy desk", "Nothing waits for the copy desk.", StoryQuery.inState(StoryState.COPY_EDIT));
        }
        if (actor.has(Role.EDITOR) || actor.has(Role.ADMIN)) {
            add("drafts", "All drafts", "No drafts.", StoryQuery.inState(StoryState.DRAFT));
        }
        if (!actor.has(Role.EDITOR) && !actor.has(Role.COPY_EDITOR) || actor.has(Role.ADMIN)) {
            add("indesk", "On the desk", "Nothing is on the desk.", new StoryQuery(
                    Set.of(StoryState.SOURCING_REVIEW, StoryState.COPY_EDIT, StoryState.READY), null, null));
        }
        if (actor.has(Role.EDITOR) || actor.has(Role.COPY_EDITOR)) {
            pending = corrections.pending(0, 20).items();
        }
        add("published", "Published", "Nothing is published yet.",
                new StoryQuery(Set.of(StoryState.PUBLISHED, StoryState.RETRACTED), null, null));
    }

    private void add(String id, String title, String emptyText, StoryQuery query) {
        StoryQueries queries = stories;
        queues.add(new Queue(id, title, emptyText, new PagedModel<>((page, size) -> queries.search(query, page, size),
                story -> String.valueOf(story.id()))));
    }

    /** Proposed corrections and reader reports waiting for the desk (editors and copy editors). */
    public List<org.copydesk.application.CorrectionView> getPending() {
        return pending;
    }

    public boolean isDesk() {
        Actor actor = user.actor();
        return actor.has(Role.EDITOR) || actor.has(Role.COPY_EDITOR);
    }

    public List<Queue> getQueues() {
        return queues;
    }
}
