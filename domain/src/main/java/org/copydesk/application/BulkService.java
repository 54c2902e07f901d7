package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.application.BulkResult.Item;
import org.copydesk.application.BulkResult.Status;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.exception.TransitionRefusedException;
import org.copydesk.domain.user.Actor;
import org.copydesk.domain.workflow.StoryState;

/**
 * Bulk actions on many stories. Deliberately not transactional itself: each story goes through the
 * single-story use case in its own transaction, so one refusal or failure never rolls back the others,
 * and every story is checked against its own guards and the actor's rights exactly as a single move.
 */
@ApplicationScoped
public class BulkService {

    /** The most stories one batch may hold. */
    public static final int MAX_BATCH = 200;

    private static final Logger LOG = Logger.getLogger(BulkService.class.getName());

    @Inject
    WorkflowService workflow;

    @Inject
    AssignmentService assignments;

    @Inject
    StoryQueries queries;

    /** Moves each story to the target state. */
    public BulkResult move(List<Long> ids, StoryState target, String note, Actor by) {
        return each("moved", ids, id -> {
            workflow.move(id, target, note, by, null);
            return true;
        });
    }

    /** Assigns each story to the user (null unassigns); an unknown user refuses the whole batch. */
    public BulkResult assign(List<Long> ids, String username, Actor by) {
        if (username != null && !username.isBlank()) {
            assignments.requireUser(username.strip());
        }
        return each("assigned", ids, id -> assignments.assign(id, username, by));
    }

    /** Adds the section to each story; stories that have it already are unchanged. */
    public BulkResult addSection(List<Long> ids, String section, Actor by) {
        assignments.requireSection(section);
        return each("added", ids, id -> assignments.addSection(id, section, by));
    }

    private BulkResult each(String action, List<Long> ids, LongPredicate change) {
        List<Long> distinct = BulkResult.distinct(ids);
        if (distinct.size() > MAX_BATCH) {
            throw new IllegalArgumentException(
                    "At most " + MAX_BATCH + " stories in one batch; this one has " + distinct.size() + ".");
        }
        List<Item> results = new ArrayList<>();
        for (long id : distinct) {
            results.add(one(id, change));
        }
        return BulkResult.of(action, results);
    }

    private Item one(long id, LongPredicate change) {
        try {
            boolean changed = change.test(id);
            StoryDetails after = queries.find(id);
            return new Item(
                    id, after.headline(), changed ? Status.DONE : Status.UNCHANGED, null, List.of(), after.state());
        } catch (StoryNotFoundException e) {
            return new Item(id, null, Status.NOT_FOUND, "No story with id " + id + ".", List.of(), null);
        } catch (TransitionRefusedException e) {
            return refused(id, e.getMessage(), e.reasons());
        } catch (NotPermittedException | IllegalArgumentException | IllegalStateException e) {
            return refused(id, e.getMessage(), List.of());
        } catch (StaleStoryException e) {
            return refused(id, "The story changed meanwhile; try again.", List.of());
        } catch (RuntimeException e) {
            // a lock timeout or another writer's commit: this story only, the batch goes on
            LOG.log(Level.WARNING, "Bulk action on story " + id + " failed", e);
            return refused(
                    id,
                    "The story could not be changed now (it is being changed by someone else); " + "try again.",
                    List.of());
        }
    }

    private Item refused(long id, String reason, List<String> unmet) {
        String headline = null;
        StoryState state = null;
        try {
            StoryDetails story = queries.find(id);
            headline = story.headline();
            state = story.state();
        } catch (RuntimeException gone) {
            // reported with its reason anyway
        }
        return new Item(id, headline, Status.REFUSED, reason, unmet, state);
    }
}
