package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.copydesk.domain.sourcing.SourceRepository;

/**
 * The names and aliases of the source registry, as the copy check knows them: it takes them as real
 * names and finds their near misses ("Riverside Trader Association" for a registered "Riverside Traders
 * Association"). At most {@value #LIMIT} names, the most recently registered sources first. Read again
 * once a registration, edit or merge made on this node is committed ({@link RegistryChanged}; forgetting
 * before the commit would let a check in between cache the old names for a minute), and at least once a
 * minute, so a change made on another node of a cluster reaches this node's check within a minute.
 */
@ApplicationScoped
public class RegistryNames {

    static final int LIMIT = 5_000;

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    @Inject
    SourceRepository sources;

    @Inject
    Clock clock;

    private volatile Read read;

    private record Read(List<String> names, Instant at) {}

    public List<String> names() {
        Read current = read;
        Instant now = clock.instant();
        if (current == null || current.at().plus(MAX_AGE).isBefore(now)) {
            current = new Read(List.copyOf(sources.registryNames(LIMIT)), now);
            read = current;
        }
        return current.names();
    }

    /** The registry changed here and the change is committed: the next check reads it again. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryChanged changed) {
        forget();
    }

    void forget() {
        read = null;
    }
}
