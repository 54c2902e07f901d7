package org.copydesk.web.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.copydesk.application.ScheduleService;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.exception.TransitionRefusedException;
import org.jboss.logging.Logger;

/**
 * Publishes scheduled stories when their time comes. Every node looks once a second for ready stories whose
 * time has passed (a range of one index) and publishes each through {@link ScheduleService#publishIfDue}, which
 * holds the story's row: on a cluster the first node to reach a story publishes it and the others find it
 * published. The first look is a second after deployment, so a story whose time passed while every server
 * was down is published at start-up, late, and the delay is logged. A publication the workflow refuses at
 * the time (a source disputed meanwhile, say) drops the schedule and tells the editor.
 */
@ApplicationScoped
public class SchedulePublisher extends EverySecond {

    private static final Logger LOG = Logger.getLogger(SchedulePublisher.class);
    private static final int BATCH = 20;

    @Inject
    ScheduleService schedules;

    @Override
    protected String what() {
        return "Scheduled stories";
    }

    /** Publishes every story that is due. */
    @Override
    protected void lookOnce() {
        for (long id : schedules.due(BATCH)) {
            publish(id);
        }
    }

    private void publish(long id) {
        try {
            ScheduleService.Published published = schedules.publishIfDue(id);
            if (published != null) {
                if (published.lateMillis() > 5_000) {
                    LOG.warnf(
                            "Published story %d (%s) on schedule %d ms after its time, %s: the server was down "
                                    + "or busy then",
                            id, published.slug(), published.lateMillis(), published.due());
                } else {
                    LOG.infof(
                            "Published story %d (%s) on schedule %d ms after its time",
                            id, published.slug(), published.lateMillis());
                }
            }
        } catch (TransitionRefusedException e) {
            refuse(id, e.reasons().isEmpty() ? List.of(e.getMessage()) : e.reasons());
        } catch (NotPermittedException e) {
            refuse(id, List.of(e.getMessage()));
        } catch (RuntimeException e) {
            // a lock held too long, a database hiccup: this story waits for the next look, the others go on
            LOG.warnf(e, "Story %d could not be published on schedule now; the next look tries again", id);
        }
    }

    private void refuse(long id, List<String> reasons) {
        if (schedules.refuse(id, reasons)) {
            LOG.warnf(
                    "The scheduled publication of story %d was refused, its schedule dropped: %s",
                    id, String.join(" ", reasons));
        }
    }
}
