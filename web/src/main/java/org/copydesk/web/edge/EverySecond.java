package org.copydesk.web.edge;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Work every server looks for once a second, from a second after deployment until undeployment (scheduled
 * publications, webhook deliveries): one look at a time on a server, whoever asks for it, and a failed look only
 * waits for the next one. The work itself is safe on a cluster (each item is claimed in the database).
 */
abstract class EverySecond {

    private static final Logger LOG = Logger.getLogger(EverySecond.class);

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicBoolean looking = new AtomicBoolean();
    private volatile ScheduledFuture<?> poll;

    /** One look: whatever is due now. */
    protected abstract void lookOnce();

    /** What is looked for, for the log: "Scheduled stories". */
    protected abstract String what();

    void started(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        poll = scheduler.scheduleWithFixedDelay(this::look, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stopped() {
        if (poll != null) {
            poll.cancel(false);
        }
    }

    /** Looks now, unless a look is already going on on this server. */
    void look() {
        if (!looking.compareAndSet(false, true)) {
            return;
        }
        try {
            lookOnce();
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s could not be looked up now; the next look, in a second, tries again", what());
        } finally {
            looking.set(false);
        }
    }
}
