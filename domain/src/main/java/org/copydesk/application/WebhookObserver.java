package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.domain.delivery.WebhookEvent;
import org.copydesk.domain.workflow.StoryState;

/**
 * Turns committed story changes into webhook deliveries: a move to PUBLISHED is story.published, to RETRACTED
 * story.retracted, a correction story.corrected. Only once the change is committed (AFTER_SUCCESS), and in a
 * transaction of its own ({@link WebhookService#enqueue}), so a failure here never undoes the change; the
 * deliveries queued are announced ({@link DeliveriesQueued}) so that they are sent at once.
 */
@ApplicationScoped
public class WebhookObserver {

    private static final Logger LOG = Logger.getLogger(WebhookObserver.class.getName());

    @Inject
    WebhookService webhooks;

    @Inject
    Event<DeliveriesQueued> queued;

    void onStory(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryChanged changed) {
        if (changed.kind() != StoryChanged.Kind.MOVED) {
            return;
        }
        if (changed.state() == StoryState.PUBLISHED) {
            queue(WebhookEvent.STORY_PUBLISHED, changed.storyId());
        } else if (changed.state() == StoryState.RETRACTED) {
            queue(WebhookEvent.STORY_RETRACTED, changed.storyId());
        }
    }

    void onCorrected(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryCorrected corrected) {
        queue(WebhookEvent.STORY_CORRECTED, corrected.storyId());
    }

    private void queue(WebhookEvent event, long storyId) {
        try {
            List<Long> ids = webhooks.enqueue(event, storyId);
            if (!ids.isEmpty()) {
                queued.fire(new DeliveriesQueued(ids));
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not queue the webhook deliveries of " + event.wireName() + " for story " + storyId,
                    e);
        }
    }
}
