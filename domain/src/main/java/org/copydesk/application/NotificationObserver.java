package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns committed changes into notifications: only once a story change, a note, a reader's report or an
 * applied correction is committed (an AFTER_SUCCESS observer), in a transaction of its own, so a failure
 * here never undoes the change.
 * Each notification made is announced as {@link Notified} for the live updates.
 */
@ApplicationScoped
public class NotificationObserver {

    private static final Logger LOG = Logger.getLogger(NotificationObserver.class.getName());

    @Inject
    NotificationService notifications;

    @Inject
    Event<Notified> notified;

    void onStory(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryChanged event) {
        try {
            announce(notifications.forStory(event));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not make the notifications for " + event, e);
        }
    }

    void onRefusedSchedule(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScheduleService.Refused event) {
        try {
            announce(notifications.forRefusedSchedule(event));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not make the notifications for " + event, e);
        }
    }

    void onNote(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoteAdded event) {
        try {
            announce(notifications.forNote(event));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not make the notifications for " + event, e);
        }
    }

    void onReport(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReaderReported event) {
        try {
            announce(notifications.forReport(event));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not make the notifications for " + event, e);
        }
    }

    void onCorrection(@Observes(during = TransactionPhase.AFTER_SUCCESS) CorrectionApplied event) {
        try {
            announce(notifications.forCorrection(event));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not make the notifications for " + event, e);
        }
    }

    private void announce(List<NotificationService.Made> made) {
        for (NotificationService.Made m : made) {
            try {
                notified.fire(new Notified(m.recipient(), m.notification(), m.unread()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not announce a notification to " + m.recipient(), e);
            }
        }
    }
}
